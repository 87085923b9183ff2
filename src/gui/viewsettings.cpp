#include "viewsettings.h"

#include "core/numberenums.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

ViewSettings::ViewSettings(QSettings *settings)
    : m_settings(settings)
{}

QString ViewSettings::profileKey(const QString &profile, const QString &key) const
{
    // Profile names may hold '/', which QSettings reads as a group separator.
    return u"connections/"_s + QString::fromLatin1(QUrl::toPercentEncoding(profile)) + u'/' + key;
}

QByteArray ViewSettings::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

QByteArray ViewSettings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

QByteArray ViewSettings::splitterState() const
{
    return m_settings->value(u"window/splitter"_s).toByteArray();
}

void ViewSettings::saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
    m_settings->setValue(u"window/state"_s, state);
    m_settings->setValue(u"window/splitter"_s, splitter);
}

QString ViewSettings::lastProfile() const
{
    return m_settings->value(u"lastProfile"_s).toString();
}

void ViewSettings::setLastProfile(const QString &name)
{
    m_settings->setValue(u"lastProfile"_s, name);
}

QStringList ViewSettings::recentTenants(const QString &profile) const
{
    return m_settings->value(profileKey(profile, u"recentTenants"_s)).toStringList();
}

void ViewSettings::addRecentTenant(const QString &profile, const QString &tenant)
{
    QStringList recent = recentTenants(profile);
    recent.removeAll(tenant);
    recent.prepend(tenant);
    while (recent.size() > MaxRecentTenants)
        recent.removeLast();
    m_settings->setValue(profileKey(profile, u"recentTenants"_s), recent);
}

QString ViewSettings::customerName(const QString &profile, const QString &tenant) const
{
    return m_settings->value(profileKey(profile, u"customers/"_s + tenant)).toString();
}

void ViewSettings::setCustomerName(const QString &profile, const QString &tenant, const QString &name)
{
    m_settings->setValue(profileKey(profile, u"customers/"_s + tenant), name);
}

QByteArray ViewSettings::header(const QString &profile) const
{
    return m_settings->value(profileKey(profile, u"header"_s)).toByteArray();
}

void ViewSettings::setHeader(const QString &profile, const QByteArray &state)
{
    m_settings->setValue(profileKey(profile, u"header"_s), state);
}

NumberFilter ViewSettings::filter(const QString &profile) const
{
    return filterFromMap(m_settings->value(profileKey(profile, u"filter"_s)).toMap());
}

void ViewSettings::setFilter(const QString &profile, const NumberFilter &filter)
{
    NumberFilter choices = filter;
    choices.text.clear();
    const QString key = profileKey(profile, u"filter"_s);
    if (choices.isEmpty())
        m_settings->remove(key);
    else if (filterFromMap(m_settings->value(key).toMap()) != choices)
        m_settings->setValue(key, filterToMap(choices));
}

QStringList ViewSettings::viewNames(const QString &profile) const
{
    QStringList names = m_settings->value(profileKey(profile, u"viewNames"_s)).toStringList();
    names.sort(Qt::CaseInsensitive);
    return names;
}

ViewSettings::View ViewSettings::view(const QString &profile, const QString &name) const
{
    const QVariantMap stored = m_settings->value(profileKey(profile, u"views"_s)).toMap().value(name).toMap();
    return {filterFromMap(stored.value(u"filter"_s).toMap()), stored.value(u"header"_s).toByteArray()};
}

void ViewSettings::saveView(const QString &profile, const QString &name, const View &view)
{
    QVariantMap views = m_settings->value(profileKey(profile, u"views"_s)).toMap();
    views.insert(name, QVariantMap{{u"filter"_s, filterToMap(view.filter)}, {u"header"_s, view.header}});
    m_settings->setValue(profileKey(profile, u"views"_s), views);
    QStringList names = m_settings->value(profileKey(profile, u"viewNames"_s)).toStringList();
    if (!names.contains(name))
        names.append(name);
    m_settings->setValue(profileKey(profile, u"viewNames"_s), names);
}

void ViewSettings::removeView(const QString &profile, const QString &name)
{
    QVariantMap views = m_settings->value(profileKey(profile, u"views"_s)).toMap();
    views.remove(name);
    m_settings->setValue(profileKey(profile, u"views"_s), views);
    QStringList names = m_settings->value(profileKey(profile, u"viewNames"_s)).toStringList();
    names.removeAll(name);
    m_settings->setValue(profileKey(profile, u"viewNames"_s), names);
}

CsvOptions ViewSettings::exportOptions() const
{
    CsvOptions options;
    options.excelSafe = m_settings->value(u"export/excelSafe"_s, true).toBool();
    options.byteOrderMark = m_settings->value(u"export/byteOrderMark"_s, false).toBool();
    return options;
}

QString ViewSettings::exportFolder() const
{
    return m_settings->value(u"export/folder"_s).toString();
}

void ViewSettings::saveExport(const CsvOptions &options, const QString &folder)
{
    m_settings->setValue(u"export/excelSafe"_s, options.excelSafe);
    m_settings->setValue(u"export/byteOrderMark"_s, options.byteOrderMark);
    m_settings->setValue(u"export/folder"_s, folder);
}

bool ViewSettings::exportXlsx() const
{
    return m_settings->value(u"export/format"_s).toString() == u"xlsx"_s;
}

bool ViewSettings::exportDatesAsText() const
{
    return m_settings->value(u"export/datesAsText"_s, false).toBool();
}

void ViewSettings::saveExportFormat(bool xlsx, bool datesAsText)
{
    m_settings->setValue(u"export/format"_s, xlsx ? u"xlsx"_s : u"csv"_s);
    m_settings->setValue(u"export/datesAsText"_s, datesAsText);
}

void ViewSettings::forgetProfile(const QString &profile)
{
    m_settings->remove(u"connections/"_s + QString::fromLatin1(QUrl::toPercentEncoding(profile)));
}

QString ViewSettings::openFolder() const
{
    return m_settings->value(u"open/folder"_s).toString();
}

void ViewSettings::setOpenFolder(const QString &folder)
{
    m_settings->setValue(u"open/folder"_s, folder);
}

QString ViewSettings::language() const
{
    return m_settings->value(u"language"_s).toString();
}

void ViewSettings::setLanguage(const QString &language)
{
    m_settings->setValue(u"language"_s, language);
}

QVariantMap ViewSettings::filterToMap(const NumberFilter &filter)
{
    QStringList statuses;
    for (const NumberStatus status : filter.statuses)
        statuses.append(QString::fromUtf8(statusName(status)));
    return {{u"text"_s, filter.text},
            {u"statuses"_s, statuses},
            {u"assignments"_s, filter.assignments},
            {u"countries"_s, filter.countries},
            {u"sources"_s, filter.sources},
            {u"sbcs"_s, filter.sbcs},
            {u"capabilities"_s, filter.requiredCapabilities},
            {u"available"_s, filter.availableNotAcquired}};
}

NumberFilter ViewSettings::filterFromMap(const QVariantMap &map)
{
    NumberFilter filter;
    filter.text = map.value(u"text"_s).toString();
    for (const QString &status : map.value(u"statuses"_s).toStringList()) {
        const NumberStatus s = statusFromText(status.toStdString());
        if (s != NumberStatus::Unknown && s != NumberStatus::None)
            filter.statuses.append(s);
    }
    filter.assignments = map.value(u"assignments"_s).toStringList();
    filter.countries = map.value(u"countries"_s).toStringList();
    filter.sources = map.value(u"sources"_s).toStringList();
    filter.sbcs = map.value(u"sbcs"_s).toStringList();
    filter.requiredCapabilities = map.value(u"capabilities"_s).toStringList();
    filter.availableNotAcquired = map.value(u"available"_s).toStringList();
    return filter;
}
