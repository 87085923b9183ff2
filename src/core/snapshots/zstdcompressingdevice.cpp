#include "zstdcompressingdevice.h"

#include <zstd.h>

ZstdCompressingDevice::ZstdCompressingDevice(QIODevice &target, int level)
    : m_target(target)
    , m_context(ZSTD_createCCtx())
    , m_output(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized)
{
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_checksumFlag, 1);
    open(QIODevice::WriteOnly);
}

ZstdCompressingDevice::~ZstdCompressingDevice()
{
    ZSTD_freeCCtx(m_context);
}

bool ZstdCompressingDevice::finish()
{
    return compress(nullptr, 0, true);
}

qint64 ZstdCompressingDevice::writeData(const char *data, qint64 size)
{
    return compress(data, std::size_t(size), false) ? size : -1;
}

bool ZstdCompressingDevice::compress(const char *data, std::size_t size, bool end)
{
    ZSTD_inBuffer input{data, size, 0};
    const ZSTD_EndDirective directive = end ? ZSTD_e_end : ZSTD_e_continue;
    for (;;) {
        ZSTD_outBuffer output{m_output.data(), std::size_t(m_output.size()), 0};
        const std::size_t remaining = ZSTD_compressStream2(m_context, &output, &input, directive);
        if (ZSTD_isError(remaining)) {
            setErrorString(QString::fromLatin1(ZSTD_getErrorName(remaining)));
            return false;
        }
        if (output.pos > 0 &&
            m_target.write(m_output.constData(), qint64(output.pos)) != qint64(output.pos)) {
            setErrorString(m_target.errorString());
            return false;
        }
        const bool done = end ? remaining == 0 : input.pos == input.size;
        if (done)
            return true;
    }
}
