#include "numberjsonwriter.h"

#include "core/numberstore.h"

#include <QIODevice>

QString NumberJsonWriter::write(QIODevice &device, const NumberStore &store,
                                std::span<const std::uint32_t> rows)
{
    std::string buffer;
    buffer.reserve(1 << 20);
    const auto flush = [&]() {
        const bool ok = device.write(buffer.data(), static_cast<qint64>(buffer.size())) ==
                        static_cast<qint64>(buffer.size());
        buffer.clear();
        return ok;
    };
    buffer += "[";
    bool first = true;
    for (const std::uint32_t row : rows) {
        buffer += first ? "\n" : ",\n";
        first = false;
        buffer += store.rawJson(row);
        if (buffer.size() >= (1 << 20) && !flush())
            return tr("could not write: %1").arg(device.errorString());
    }
    buffer += first ? "]\n" : "\n]\n";
    if (!flush())
        return tr("could not write: %1").arg(device.errorString());
    return {};
}
