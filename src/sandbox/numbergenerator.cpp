#include "numbergenerator.h"

#include "core/jsontext.h"
#include "core/timestamp.h"

#include <array>
#include <cstdio>

namespace {

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Deterministic values for one record: draw(k) is the k-th independent value for (seed, index).
struct Draw {
    std::uint64_t seed;
    std::uint64_t index;
    std::uint64_t operator()(std::uint64_t k, std::uint64_t range) const { return raw(k) % range; }
    std::uint64_t raw(std::uint64_t k) const { return mix(seed * 0x100000001b3ULL ^ mix(index * 64 + k)); }
};

// Draw keys of the ids a record has to itself with Ids::Many, apart from the keys of the other draws.
enum OwnId : std::uint64_t { OwnProfile = 40, OwnUploadJob, OwnLocation, OwnCivicAddress };

std::string guid(std::uint64_t a)
{
    const std::uint64_t x = mix(a), y = mix(a ^ 0xabcdef);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(x >> 32),
                  static_cast<unsigned>(x >> 16 & 0xffff), static_cast<unsigned>(x & 0xfff),
                  static_cast<unsigned>(0x8000 | (y >> 48 & 0x3fff)),
                  static_cast<unsigned long long>(y & 0xffffffffffffULL));
    return buf;
}

struct Country {
    const char *iso;
    std::array<const char *, 3> prefixes; // country code + area, before the 7-digit subscriber part
    std::uint64_t weight;
};

constexpr std::array<Country, 9> Countries = {{
    {"US", {"+1212", "+1415", "+1617"}, 30},
    {"GB", {"+44207", "+44161", "+44800"}, 18},
    {"AU", {"+6129", "+6139", "+611800"}, 10},
    {"DE", {"+4930", "+4989", "+4940"}, 12},
    {"FR", {"+3314", "+3344", "+3380"}, 8},
    {"NL", {"+3120", "+3110", "+3130"}, 6},
    {"ES", {"+3491", "+3493", "+3490"}, 6},
    {"CA", {"+1416", "+1604", "+1514"}, 6},
    {"IE", {"+3531", "+35321", "+35391"}, 4},
}};

struct CapabilityMix {
    const char *available;
    const char *acquired;
    std::uint64_t weight;
};

constexpr std::array<CapabilityMix, 6> Mixes = {{
    {R"("Office365","InboundCalling","OutboundCalling","UserAssignment","Mobile")",
     R"("Office365","InboundCalling","OutboundCalling","UserAssignment")", 45},
    {R"("Geographic","UserAssignment","InboundCalling","OutboundCalling","Office365")",
     R"("Geographic","UserAssignment","InboundCalling","OutboundCalling","Office365")", 20},
    {R"("TollFree","FirstPartyAppAssignment","Office365","InboundCalling","OutboundCalling")",
     R"("TollFree","FirstPartyAppAssignment","Office365","InboundCalling","OutboundCalling")", 8},
    {R"("ConferenceAssignment","InboundCalling","OutboundCalling","Office365")",
     R"("ConferenceAssignment","InboundCalling","Office365")", 9},
    {R"("VoiceApplicationAssignment","FirstPartyAppAssignment","InboundCalling","OutboundCalling","Office365")",
     R"("VoiceApplicationAssignment","InboundCalling","OutboundCalling","Office365")", 12},
    {R"("TeamsPhoneMobile","UserAssignment","InboundCalling","OutboundCalling","Mobile")",
     R"("TeamsPhoneMobile","UserAssignment","InboundCalling","OutboundCalling")", 6},
}};

constexpr std::array<const char *, 6> Sbcs = {
    "oc1.sandbox2.example.net [20.102.51.206]",  "oc2.sandbox2.example.net [20.102.51.207]",
    "sbc-fra1.voice.example.net [51.116.99.14]", "sbc-ams1.voice.example.net [20.50.2.41]",
    "sbc-syd1.voice.example.net [20.211.64.8]",  "sbc-lon1.voice.example.net [51.140.18.203]"};

template <typename T, std::size_t N>
const T &weighted(const std::array<T, N> &items, std::uint64_t roll)
{
    std::uint64_t total = 0;
    for (const T &item : items)
        total += item.weight;
    roll %= total;
    for (const T &item : items) {
        if (roll < item.weight)
            return item;
        roll -= item.weight;
    }
    return items.back();
}

void appendTimestamp(std::string &out, std::uint64_t secondsSince2023, std::uint64_t fraction)
{
    // 2023-01-01T00:00:00Z plus the given seconds, with 7 fraction digits, as the server writes them.
    Timestamp ts;
    ts.setValue((1672531200 + static_cast<std::int64_t>(secondsSince2023)) * Timestamp::TicksPerSecond +
                static_cast<std::int64_t>(fraction % Timestamp::TicksPerSecond));
    ts.fractionDigits = 7;
    ts.state = Timestamp::State::Valid;
    ts.zone = Timestamp::Zone::Offset;
    out.push_back('"');
    ts.appendIso(out);
    out.push_back('"');
}

class Pretty {
public:
    Pretty(std::string &out, int indent)
        : m_out(out)
        , m_indent(indent)
    {}
    void open()
    {
        m_out += "{";
        m_indent += 4;
        m_first = true;
    }
    void close()
    {
        m_indent -= 4;
        newline();
        m_out += "}";
    }
    void key(const char *k)
    {
        if (!m_first)
            m_out += ",";
        m_first = false;
        newline();
        m_out += '"';
        m_out += k;
        m_out += "\": ";
    }
    void raw(const char *k, std::string_view value)
    {
        key(k);
        m_out += value;
    }
    void string(const char *k, std::string_view value)
    {
        key(k);
        appendJsonString(m_out, value);
    }
    void integer(const char *k, std::uint64_t value) { raw(k, std::to_string(value)); }
    // A pretty array of pre-rendered items (strings already quoted).
    void list(const char *k, std::string_view commaSeparated)
    {
        key(k);
        m_out += "[";
        m_indent += 4;
        std::size_t start = 0;
        bool first = true;
        while (start < commaSeparated.size()) {
            auto end = commaSeparated.find("\",\"", start);
            end = end == std::string_view::npos ? commaSeparated.size() : end + 1;
            if (!first)
                m_out += ",";
            first = false;
            newline();
            m_out += commaSeparated.substr(start, end - start);
            start = end + 1;
        }
        m_indent -= 4;
        newline();
        m_out += "]";
    }
    void newline()
    {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_indent), ' ');
    }
    std::string &out() { return m_out; }
    int indent() const { return m_indent; }

private:
    std::string &m_out;
    int m_indent;
    bool m_first = true;
};

} // namespace

NumberGenerator::NumberGenerator(Options options)
    : m_options(std::move(options))
    , m_tenant(m_options.tenantId.toStdString())
    , m_customer(m_options.customerName.toStdString())
{}

std::string NumberGenerator::telephoneNumber(std::uint64_t index) const
{
    const std::uint64_t i = index + m_options.firstIndex;
    const Draw draw{m_options.seed, i};
    const Country &country = weighted(Countries, draw(1, 1 << 20));
    const char *prefix = country.prefixes[draw(2, 3)];
    // An affine map modulo 8*10^6 is a bijection, so numbers never repeat for fewer than 8 million records;
    // the subscriber part starts with 2-9 as real numbering plans (NANP exchanges, for one) require.
    const std::uint64_t subscriber = 2000000 + (i * 7919 + m_options.seed * 104729) % 8000000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%07llu", prefix, static_cast<unsigned long long>(subscriber));
    return buf;
}

void NumberGenerator::appendRecord(std::string &out, std::uint64_t index, int indent) const
{
    const std::uint64_t i = index + m_options.firstIndex;
    const Draw draw{m_options.seed, i};
    const bool v3 = m_options.flavour == Flavour::V3;
    const Country &country = weighted(Countries, draw(1, 1 << 20));
    const CapabilityMix &mix = weighted(Mixes, draw(3, 1 << 20));
    const bool many = m_options.ids == Ids::Many;
    const std::uint64_t job = many ? i : i / 50;
    const std::uint64_t created = 10'000'000 + i * 97 + draw(4, 3600);

    Pretty p(out, indent);
    p.open();
    p.integer("uploadTelephoneNumberEntryId", 324930 + i);
    const std::uint64_t sourceRoll = draw(5, 100);
    p.string("source", sourceRoll < 85 ? "webapi" : sourceRoll < 95 ? "webui" : "ocsync");

    const std::uint64_t sbcCount = 1 + draw(6, 10) / 5 + (draw(7, 10) == 0 ? 1 : 0); // 1-3, mostly 1-2
    const std::uint64_t firstSbc = draw(8, Sbcs.size());
    std::string sbcArray;
    p.key("sbcList");
    out += "[";
    for (std::uint64_t s = 0; s < sbcCount; ++s) {
        const std::uint64_t which = (firstSbc + s) % Sbcs.size();
        if (s > 0)
            out += ",";
        p.newline();
        out += "    {";
        p.newline();
        out += "        \"sbcName\": ";
        appendJsonString(out, Sbcs[which]);
        out += ",";
        p.newline();
        const std::string sbcId = std::to_string(8 + which);
        out += "        \"sbcId\": ";
        out += sbcId;
        p.newline();
        out += "    }";
        if (s > 0)
            sbcArray += ',';
        sbcArray += "{\"sbcName\":";
        appendJsonString(sbcArray, Sbcs[which]);
        sbcArray += ",\"sbcId\":";
        sbcArray += sbcId;
        sbcArray += '}';
    }
    p.newline();
    out += "]";

    p.integer("id", 125336 + i);
    p.integer("uploadToAccountJobId", 3103 + job);
    p.key("whenCreated");
    appendTimestamp(out, created, draw(9, 10000000));
    if (v3) {
        p.integer("acquiredNumberStatus", static_cast<std::uint64_t>(statusCode(index)));
    } else {
        p.raw("acquiredNumberStatus", "null");
    }
    p.string("telephoneNumber", telephoneNumber(index));
    const std::string profile = guid(many ? draw.raw(OwnProfile) : m_options.seed * 31 + draw(11, 3) + 7);
    p.string("callingProfileId", profile);
    p.list("acquiredCapabilities", mix.acquired);
    p.list("availableCapabilities", mix.available);
    p.key("acquiredOn");
    appendTimestamp(out, created - 120 - draw(12, 200), draw(13, 10000000));
    p.string("isoCountryCode", country.iso);
    p.string("tnUploadJobId", guid(many ? draw.raw(OwnUploadJob) : m_options.seed * 1000003 + job));
    const bool located = draw(14, 10) < 3;
    if (located) {
        p.string("locationId", guid(many ? draw.raw(OwnLocation) : m_options.seed * 17 + draw(15, 8) + 100));
        p.string("civicAddressId",
                 guid(many ? draw.raw(OwnCivicAddress) : m_options.seed * 19 + draw(15, 8) + 200));
    } else {
        p.raw("locationId", "null");
        p.raw("civicAddressId", "null");
    }
    const std::uint64_t assignmentRoll = draw(16, 100);
    const char *assignment = !v3 && assignmentRoll < 70 ? nullptr
                             : assignmentRoll < 50      ? "UserAssigned"
                             : assignmentRoll < 75      ? "Unassigned"
                             : assignmentRoll < 85      ? "ConferenceAssigned"
                                                        : "VoiceApp";
    if (assignment)
        p.string("assignmentStatus", assignment);
    else
        p.raw("assignmentStatus", "null");
    p.string("tenantId", m_tenant);
    const bool synced = draw(17, 4) == 0;
    if (synced) {
        p.key("aslcht");
        appendTimestamp(out, created + 86400 + draw(18, 86400), draw(19, 10000000));
        p.key("aslsct");
        appendTimestamp(out, created + 3600, draw(20, 10000000));
        p.string("aslvCode", "200");
        p.key("asticks");
        appendTimestamp(out, created + 7200, draw(21, 10000000));
    } else {
        p.raw("aslcht", "null");
        p.raw("aslsct", "null");
        p.raw("aslvCode", "null");
        p.raw("asticks", "null");
    }
    if (v3) {
        p.string("umpCustomerGuid", guid(m_options.seed * 23 + 1));
        p.string("umpCustomerFullName", m_customer);
        p.string("msCompanyName", m_customer);
        p.string("ocSipConnectionName", std::string("OC-") + country.iso + "-Trunk");
        p.string("ocSipConnectionDescription", std::string("Operator Connect trunk for ") + country.iso);
        p.string("tenantCallingProfileId", profile);
        p.integer("ovocChannelId", 1 + m_options.seed % 5);
        p.key("consentedOn");
        appendTimestamp(out, 5'000'000, 1234567);
        p.string("sbcListJson", "[" + sbcArray + "]");
    }
    p.close();
}

int NumberGenerator::statusCode(std::uint64_t index) const
{
    const std::uint64_t roll = Draw{m_options.seed, index + m_options.firstIndex}(10, 100);
    return roll < 88 ? 0 : roll < 93 ? 1 : roll < 97 ? 2 : 3;
}

QByteArray NumberGenerator::v2Array(std::uint64_t count) const
{
    std::string out;
    out.reserve(count * 1300 + 8);
    out += "[";
    for (std::uint64_t i = 0; i < count; ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        appendRecord(out, i, 4);
    }
    out += count == 0 ? "]" : "\n]";
    return {out.data(), static_cast<qsizetype>(out.size())};
}

QByteArray NumberGenerator::v3Page(std::uint64_t totalRecords, std::uint64_t pageNumber,
                                   std::uint64_t pageSize) const
{
    const std::uint64_t first = (pageNumber - 1) * pageSize;
    const std::uint64_t last = std::min(totalRecords, first + pageSize);
    const std::uint64_t totalPages = pageSize == 0 ? 0 : (totalRecords + pageSize - 1) / pageSize;
    std::string out;
    out += "{\n    \"currentPage\": " + std::to_string(pageNumber) +
           ",\n    \"pageSize\": " + std::to_string(pageSize) +
           ",\n    \"totalPages\": " + std::to_string(totalPages) +
           ",\n    \"totalRecords\": " + std::to_string(totalRecords) + ",\n    \"data\": [";
    for (std::uint64_t i = first; i < last; ++i) {
        out += i == first ? "\n        " : ",\n        ";
        appendRecord(out, i, 8);
    }
    out += first < last ? "\n    ]\n}" : "]\n}";
    return {out.data(), static_cast<qsizetype>(out.size())};
}
