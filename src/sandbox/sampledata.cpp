#include "sampledata.h"

#include "core/numberparser.h"
#include "core/numberstore.h"
#include "numbergenerator.h"

#include <QFile>

std::unique_ptr<NumberStore> SampleData::load(std::size_t generatedCount, ParseResult *vendorResult)
{
    auto store = std::make_unique<NumberStore>();
    QFile vendor(QStringLiteral(":/data/vendor-v2-list.json"));
    if (vendor.open(QIODevice::ReadOnly)) {
        const ParseResult result = NumberParser::parse(vendor.readAll(), *store);
        if (vendorResult)
            *vendorResult = result;
    }
    NumberGenerator::Options options;
    options.tenantId = QStringLiteral("f94238e5-4f2c-4e1b-8125-2d27122ca75f"); // the vendor examples' tenant
    options.flavour = NumberGenerator::Flavour::V3;
    NumberStore generated;
    NumberParser::parse(NumberGenerator(options).v3Page(generatedCount, 1, generatedCount), generated);
    store->append(generated);
    return store;
}
