#pragma once

#include "sandboxconfig.h"
#include "sandboxtenant.h"

#include <optional>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <string>

class NumberGenerator;

// The numbers the sandbox serves, made on demand from the generator (deterministic for a seed) plus the
// vendor's example records; nothing is held in memory but the tenants and an index of numbers.
class SandboxData final {
public:
    explicit SandboxData(const SandboxConfig &config);
    ~SandboxData();

    const QList<SandboxTenant> &tenants() const { return m_tenants; }
    const SandboxTenant *tenant(const QString &id) const;
    std::uint64_t size(const SandboxTenant &tenant) const;

    // Record i of a tenant as pretty-printed JSON (the vendor records first where the tenant has them).
    void appendRecord(std::string &out, const SandboxTenant &tenant, std::uint64_t index, int indent,
                      bool v3) const;
    // The acquiredNumberStatus code of record i in a v3 response (-1: none, as the vendor records).
    int statusCode(const SandboxTenant &tenant, std::uint64_t index) const;

    struct Location {
        const SandboxTenant *tenant;
        std::uint64_t index;
    };
    std::optional<Location> find(const QByteArray &e164) const;

    // A v3 generator's view of a tenant (v2 and v3 responses share the numbers).
    const NumberGenerator &generator(const SandboxTenant &tenant, bool v3) const;

private:
    QList<SandboxTenant> m_tenants;
    QList<QByteArray> m_vendorRecords; // verbatim text of each example record
    QList<NumberGenerator *> m_v2Generators;
    QList<NumberGenerator *> m_v3Generators;
    void indexNumbers() const;

    mutable QHash<QByteArray, Location> m_numbers; // every number's tenant and index, on first find()
};
