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
    {"tnUploadJobId", ColumnKind::PooledText, QT_TRANSLATE_NOOP("NumberColumns", "MS Job ID")},
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

StringPool::Id NumberRecord::*NumberColumns::pooledMember(NumberColumn column)
{
    switch (column) {
    case NumberColumn::ServiceFullName:
        return &NumberRecord::umpCustomerFullName;
    case NumberColumn::Country:
        return &NumberRecord::isoCountryCode;
    case NumberColumn::TenantId:
        return &NumberRecord::tenantId;
    case NumberColumn::EmergencyAddress:
        return &NumberRecord::civicAddressId;
    case NumberColumn::MsJobId:
        return &NumberRecord::tnUploadJobId;
    case NumberColumn::OcSipConnection:
        return &NumberRecord::ocSipConnectionName;
    case NumberColumn::CallingProfileId:
        return &NumberRecord::callingProfileId;
    case NumberColumn::Source:
        return &NumberRecord::sourceText;
    case NumberColumn::Assignment:
        return &NumberRecord::assignmentText;
    case NumberColumn::LocationId:
        return &NumberRecord::locationId;
    case NumberColumn::CompanyName:
        return &NumberRecord::msCompanyName;
    case NumberColumn::CustomerGuid:
        return &NumberRecord::umpCustomerGuid;
    case NumberColumn::OcSipConnectionDescription:
        return &NumberRecord::ocSipConnectionDescription;
    case NumberColumn::TenantCallingProfileId:
        return &NumberRecord::tenantCallingProfileId;
    case NumberColumn::AssignmentVerificationCode:
        return &NumberRecord::aslvCode;
    default:
        return nullptr;
    }
}

Timestamp NumberRecord::*NumberColumns::timestampMember(NumberColumn column)
{
    switch (column) {
    case NumberColumn::AcquiredOn:
        return &NumberRecord::acquiredOn;
    case NumberColumn::WhenCreated:
        return &NumberRecord::whenCreated;
    case NumberColumn::ConsentedOn:
        return &NumberRecord::consentedOn;
    case NumberColumn::AssignmentCheckedOn:
        return &NumberRecord::aslcht;
    case NumberColumn::AssignmentSyncedOn:
        return &NumberRecord::aslsct;
    case NumberColumn::AssignmentTicks:
        return &NumberRecord::asticks;
    default:
        return nullptr;
    }
}

FlexibleId NumberRecord::*NumberColumns::idMember(NumberColumn column)
{
    switch (column) {
    case NumberColumn::Id:
        return &NumberRecord::id;
    case NumberColumn::UploadEntryId:
        return &NumberRecord::uploadTelephoneNumberEntryId;
    case NumberColumn::UploadJobId:
        return &NumberRecord::uploadToAccountJobId;
    case NumberColumn::ChannelId:
        return &NumberRecord::ovocChannelId;
    default:
        return nullptr;
    }
}

void NumberColumns::appendText(const NumberStore &store, std::size_t row, NumberColumn column,
                               std::string &out, std::string_view listSeparator)
{
    const NumberRecord &r = store.record(row);
    switch (kind(column)) {
    case ColumnKind::PooledText:
        out += store.pooled(r.*pooledMember(column));
        return;
    case ColumnKind::DateTime:
        store.appendTimestamp(out, r.*timestampMember(column));
        return;
    case ColumnKind::Integer:
        store.appendFlexibleId(out, r.*idMember(column));
        return;
    case ColumnKind::PhoneNumber:
        out += store.unique(r.telephoneNumber);
        return;
    case ColumnKind::Capabilities:
        store.appendCapabilityNames(out,
                                    column == NumberColumn::AcquiredCapabilities ? r.acquiredCapabilities
                                                                                 : r.availableCapabilities,
                                    listSeparator);
        return;
    case ColumnKind::SbcList: {
        bool first = true;
        for (const Sbc &sbc : store.sbcList(r.sbcList)) {
            if (!first)
                out += listSeparator;
            first = false;
            out += store.pooled(sbc.name);
        }
        return;
    }
    case ColumnKind::Status:
        if (r.status == NumberStatus::Unknown)
            out += store.pooled(r.statusText);
        else
            out += statusName(r.status);
        return;
    }
}
