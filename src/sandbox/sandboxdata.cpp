#include "sandboxdata.h"

#include "numbergenerator.h"

#include <QFile>
#include <simdjson.h>

namespace {

const char *const CustomerNames[] = {"Contoso Ltd",   "Fabrikam Müller GmbH", "Northwind Traders",
                                     "Tailspin Toys", "Woodgrove Bank",       "Adatum Corporation",
                                     "Litware Inc.",  "Proseware, Inc.",      "Wide World Importers"};

// The vendor's published list example, each record's text exactly as published.
QList<QByteArray> vendorRecords()
{
    QFile file(QStringLiteral(":/data/vendor-v2-list.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray json = file.readAll();
    simdjson::padded_string padded(json.constData(), static_cast<std::size_t>(json.size()));
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    simdjson::ondemand::array array;
    QList<QByteArray> records;
    if (parser.iterate(padded).get(document) != simdjson::SUCCESS ||
        document.get_array().get(array) != simdjson::SUCCESS)
        return {};
    for (auto item : array) {
        simdjson::ondemand::object object;
        std::string_view text;
        if (item.get_object().get(object) != simdjson::SUCCESS ||
            object.raw_json().get(text) != simdjson::SUCCESS)
            return {};
        while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r'))
            text.remove_suffix(1);
        records.append(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    }
    return records;
}

} // namespace

SandboxData::SandboxData(const SandboxConfig &config)
    : m_vendorRecords(vendorRecords())
{
    const int count = std::max(1, config.tenants);
    std::uint64_t firstIndex = 0;
    for (int i = 0; i < count; ++i) {
        SandboxTenant tenant;
        const bool large = i == count - 1 && count > 1;
        if (i == 0) {
            tenant.id = QStringLiteral("f94238e5-4f2c-4e1b-8125-2d27122ca75f"); // the vendor examples' tenant
            tenant.vendorRecords = true;
            tenant.generated = 250;
        } else {
            char id[40];
            std::snprintf(
                id, sizeof id, "%08x-%04x-4%03x-8%03x-%012llx", 0x1a2b0000u + unsigned(i),
                unsigned(config.seed & 0xffff), unsigned(i * 7 & 0xfff), unsigned(i * 13 & 0xfff),
                static_cast<unsigned long long>(0xc0ffee000000ULL + config.seed * 977 + unsigned(i)));
            tenant.id = QString::fromLatin1(id);
            tenant.generated = large ? config.largeTenantNumbers : 400 + 900 * std::uint64_t(i);
        }
        tenant.customerName = QString::fromUtf8(CustomerNames[i % std::size(CustomerNames)]);
        tenant.channelId = 1 + i % 3;
        tenant.firstIndex = firstIndex;
        firstIndex += tenant.generated;
        m_tenants.append(tenant);
    }
    for (const SandboxTenant &tenant : std::as_const(m_tenants)) {
        for (const bool v3 : {false, true}) {
            NumberGenerator::Options options;
            options.seed = config.seed;
            options.tenantId = tenant.id;
            options.customerName = tenant.customerName;
            options.firstIndex = tenant.firstIndex;
            options.ids = config.ids;
            options.flavour = v3 ? NumberGenerator::Flavour::V3 : NumberGenerator::Flavour::V2;
            (v3 ? m_v3Generators : m_v2Generators).append(new NumberGenerator(options));
        }
    }
}

SandboxData::~SandboxData()
{
    qDeleteAll(m_v2Generators);
    qDeleteAll(m_v3Generators);
}

const SandboxTenant *SandboxData::tenant(const QString &id) const
{
    for (const SandboxTenant &t : m_tenants) {
        if (t.id.compare(id, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

std::uint64_t SandboxData::size(const SandboxTenant &tenant) const
{
    return tenant.generated + (tenant.vendorRecords ? std::uint64_t(m_vendorRecords.size()) : 0);
}

const NumberGenerator &SandboxData::generator(const SandboxTenant &tenant, bool v3) const
{
    const qsizetype i = &tenant - m_tenants.constData();
    return *(v3 ? m_v3Generators : m_v2Generators)[i];
}

void SandboxData::appendRecord(std::string &out, const SandboxTenant &tenant, std::uint64_t index, int indent,
                               bool v3) const
{
    if (tenant.vendorRecords && index < std::uint64_t(m_vendorRecords.size())) {
        // Re-indented as a whole (the example stands at an indent of 4); the text itself is the vendor's.
        const QByteArray &record = m_vendorRecords[qsizetype(index)];
        const std::string pad(static_cast<std::size_t>(std::max(0, indent - 4)), ' ');
        int dropSpaces = 0;
        for (const char c : record) {
            if (dropSpaces > 0 && c == ' ') {
                --dropSpaces;
                continue;
            }
            dropSpaces = 0;
            out.push_back(c);
            if (c == '\n') {
                out += pad;
                dropSpaces = std::max(0, 4 - indent);
            }
        }
        return;
    }
    const std::uint64_t generated =
        index - (tenant.vendorRecords ? std::uint64_t(m_vendorRecords.size()) : 0);
    generator(tenant, v3).appendRecord(out, generated, indent);
}

int SandboxData::statusCode(const SandboxTenant &tenant, std::uint64_t index) const
{
    if (tenant.vendorRecords && index < std::uint64_t(m_vendorRecords.size()))
        return -1;
    return generator(tenant, true)
        .statusCode(index - (tenant.vendorRecords ? std::uint64_t(m_vendorRecords.size()) : 0));
}

void SandboxData::indexNumbers() const
{
    for (const SandboxTenant &tenant : std::as_const(m_tenants)) {
        const NumberGenerator &numbers = generator(tenant, false);
        for (std::uint64_t i = 0; i < tenant.generated; ++i)
            m_numbers.insert(
                QByteArray::fromStdString(numbers.telephoneNumber(i)),
                {&tenant, i + (tenant.vendorRecords ? std::uint64_t(m_vendorRecords.size()) : 0)});
    }
    const SandboxTenant &vendorTenant = m_tenants.front();
    for (qsizetype i = 0; i < m_vendorRecords.size(); ++i) {
        const qsizetype at = m_vendorRecords[i].indexOf("\"telephoneNumber\": \"");
        if (at >= 0) {
            const qsizetype start = at + 20;
            m_numbers.insert(m_vendorRecords[i].mid(start, m_vendorRecords[i].indexOf('"', start) - start),
                             {&vendorTenant, std::uint64_t(i)});
        }
    }
}

std::optional<SandboxData::Location> SandboxData::find(const QByteArray &e164) const
{
    // Built on the first look-up: only the single-number route needs it, and for a large tenant it takes
    // a while.
    if (m_numbers.isEmpty())
        indexNumbers();
    const auto it = m_numbers.constFind(e164);
    if (it == m_numbers.constEnd())
        return std::nullopt;
    return *it;
}
