#include "numbercolumn.h"

#include "numberstore.h"

#include <array>

namespace {

struct ColumnInfo {
    std::string_view key;
    ColumnKind kind;
    const char *title;
};

constexpr std::array<ColumnInfo, NumberColumnCount> Columns = {{
    {"telephoneNumber", ColumnKind::PhoneNumber, QT_TRANSLATE_NOOP("NumberColumns", "Number")},
    {"umpCustomerFullName", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Service Full Name")},
    {"isoCountryCode", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Country")},
    {"tenantId", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "MS Tenant ID")},
    {"civicAddressId", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Emergency Address")},
    {"ocSipConnectionName", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "OC SIP Connection")},
    {"callingProfileId", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Calling Profile ID")},
    {"source", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Source")},
    {"tnUploadJobId", ColumnKind::UniqueText, QT_TRANSLATE_NOOP("NumberColumns", "MS Job ID")},
    {"assignmentStatus", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Assignment")},
    {"acquiredOn", ColumnKind::DateTime, QT_TRANSLATE_NOOP("NumberColumns", "Acquired Date")},
    {"acquiredCapabilities", ColumnKind::Capabilities,
     QT_TRANSLATE_NOOP("NumberColumns", "Acquired Capabilities")},
    {"availableCapabilities", ColumnKind::Capabilities,
     QT_TRANSLATE_NOOP("NumberColumns", "Available Capabilities")},
    {"sbcList", ColumnKind::SbcList, QT_TRANSLATE_NOOP("NumberColumns", "SBCs")},
    {"acquiredNumberStatus", ColumnKind::Status, QT_TRANSLATE_NOOP("NumberColumns", "Status")},
    {"locationId", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Location ID")},
    {"whenCreated", ColumnKind::DateTime, QT_TRANSLATE_NOOP("NumberColumns", "Created")},
    {"id", ColumnKind::Integer, QT_TRANSLATE_NOOP("NumberColumns", "ID")},
    {"uploadTelephoneNumberEntryId", ColumnKind::Integer,
     QT_TRANSLATE_NOOP("NumberColumns", "Upload Entry ID")},
    {"uploadToAccountJobId", ColumnKind::Integer, QT_TRANSLATE_NOOP("NumberColumns", "Upload Job ID")},
    {"msCompanyName", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Company Name")},
    {"umpCustomerGuid", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Customer GUID")},
    {"ocSipConnectionDescription", ColumnKind::PooledText,
     QT_TRANSLATE_NOOP("NumberColumns", "OC SIP Connection Description")},
    {"tenantCallingProfileId", ColumnKind::PooledText,
     QT_TRANSLATE_NOOP("NumberColumns", "Tenant Calling Profile ID")},
    {"ovocChannelId", ColumnKind::Integer, QT_TRANSLATE_NOOP("NumberColumns", "Channel ID")},
    {"consentedOn", ColumnKind::DateTime, QT_TRANSLATE_NOOP("NumberColumns", "Consented On")},
    {"aslcht", ColumnKind::DateTime, QT_TRANSLATE_NOOP("NumberColumns", "Assignment Checked")},
    {"aslsct", ColumnKind::DateTime, QT_TRANSLATE_NOOP("NumberColumns", "Assignment Changed")},
    {"asticks", ColumnKind::DateTime, QT_TRANSLATE_NOOP("NumberColumns", "Assignment Sync")},
    {"aslvCode", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "Verification Code")},
}};

const ColumnInfo &info(NumberColumn column)
{
    return Columns[static_cast<std::size_t>(column)];
}

} // namespace

ColumnKind NumberColumns::kind(NumberColumn column)
{
    return info(column).kind;
}

std::string_view NumberColumns::key(NumberColumn column)
{
    return info(column).key;
}

std::optional<NumberColumn> NumberColumns::fromKey(std::string_view key)
{
    for (std::size_t i = 0; i < Columns.size(); ++i) {
        if (Columns[i].key == key)
            return static_cast<NumberColumn>(i);
    }
    return std::nullopt;
}

QString NumberColumns::title(NumberColumn column)
{
    return tr(info(column).title);
}

void NumberColumns::appendText(const NumberStore &store, std::size_t row, NumberColumn column,
                               std::string &out, std::string_view listSeparator)
{
    const NumberRecord &r = store.record(row);
    switch (column) {
    case NumberColumn::TelephoneNumber:
        out += store.unique(r.telephoneNumber);
        break;
    case NumberColumn::ServiceFullName:
        out += store.pooled(r.umpCustomerFullName);
        break;
    case NumberColumn::Country:
        out += store.pooled(r.isoCountryCode);
        break;
    case NumberColumn::TenantId:
        out += store.pooled(r.tenantId);
        break;
    case NumberColumn::EmergencyAddress:
        out += store.pooled(r.civicAddressId);
        break;
    case NumberColumn::OcSipConnection:
        out += store.pooled(r.ocSipConnectionName);
        break;
    case NumberColumn::CallingProfileId:
        out += store.pooled(r.callingProfileId);
        break;
    case NumberColumn::Source:
        out += store.pooled(r.sourceText);
        break;
    case NumberColumn::MsJobId:
        out += store.unique(r.tnUploadJobId);
        break;
    case NumberColumn::Assignment:
        out += store.pooled(r.assignmentText);
        break;
    case NumberColumn::AcquiredOn:
        store.appendTimestamp(out, r.acquiredOn);
        break;
    case NumberColumn::AcquiredCapabilities:
        store.appendCapabilityNames(out, r.acquiredCapabilities, listSeparator);
        break;
    case NumberColumn::AvailableCapabilities:
        store.appendCapabilityNames(out, r.availableCapabilities, listSeparator);
        break;
    case NumberColumn::Sbcs: {
        bool first = true;
        for (const Sbc &sbc : store.sbcList(r.sbcList)) {
            if (!first)
                out += listSeparator;
            first = false;
            out += store.pooled(sbc.name);
        }
        break;
    }
    case NumberColumn::Status:
        if (r.status == NumberStatus::Unknown)
            out += store.pooled(r.statusText);
        else
            out += statusName(r.status);
        break;
    case NumberColumn::LocationId:
        out += store.pooled(r.locationId);
        break;
    case NumberColumn::WhenCreated:
        store.appendTimestamp(out, r.whenCreated);
        break;
    case NumberColumn::Id:
        store.appendFlexibleId(out, r.id);
        break;
    case NumberColumn::UploadEntryId:
        store.appendFlexibleId(out, r.uploadTelephoneNumberEntryId);
        break;
    case NumberColumn::UploadJobId:
        store.appendFlexibleId(out, r.uploadToAccountJobId);
        break;
    case NumberColumn::CompanyName:
        out += store.pooled(r.msCompanyName);
        break;
    case NumberColumn::CustomerGuid:
        out += store.pooled(r.umpCustomerGuid);
        break;
    case NumberColumn::OcSipConnectionDescription:
        out += store.pooled(r.ocSipConnectionDescription);
        break;
    case NumberColumn::TenantCallingProfileId:
        out += store.pooled(r.tenantCallingProfileId);
        break;
    case NumberColumn::ChannelId:
        store.appendFlexibleId(out, r.ovocChannelId);
        break;
    case NumberColumn::ConsentedOn:
        store.appendTimestamp(out, r.consentedOn);
        break;
    case NumberColumn::AssignmentCheckedOn:
        store.appendTimestamp(out, r.aslcht);
        break;
    case NumberColumn::AssignmentSyncedOn:
        store.appendTimestamp(out, r.aslsct);
        break;
    case NumberColumn::AssignmentTicks:
        store.appendTimestamp(out, r.asticks);
        break;
    case NumberColumn::AssignmentVerificationCode:
        out += store.pooled(r.aslvCode);
        break;
    case NumberColumn::Count:
        break;
    }
}
