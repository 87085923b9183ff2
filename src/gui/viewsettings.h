#pragma once

#include "core/export/csvwriter.h"
#include "core/numberfilter.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

class QSettings;

// What the window remembers between runs, in QSettings: window layout, the last connection and tenant,
// and per connection its recent tenants (with customer names seen), table columns and sort, and saved
// views (a filter with a column set).
class ViewSettings final {
public:
    struct View {
        NumberFilter filter;
        QByteArray header; // QHeaderView::saveState: column order, widths, visibility, sort
    };

    explicit ViewSettings(QSettings *settings);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);

    QString lastProfile() const;
    void setLastProfile(const QString &name);

    // Most recent first, at most MaxRecentTenants.
    QStringList recentTenants(const QString &profile) const;
    void addRecentTenant(const QString &profile, const QString &tenant);
    QString customerName(const QString &profile, const QString &tenant) const;
    void setCustomerName(const QString &profile, const QString &tenant, const QString &name);

    QByteArray header(const QString &profile) const;
    void setHeader(const QString &profile, const QByteArray &state);

    // The filter bar's choices as last left (the search text is not kept: it belongs to one question).
    NumberFilter filter(const QString &profile) const;
    void setFilter(const QString &profile, const NumberFilter &filter);

    QStringList viewNames(const QString &profile) const;
    View view(const QString &profile, const QString &name) const;
    void saveView(const QString &profile, const QString &name, const View &view);
    void removeView(const QString &profile, const QString &name);

    CsvOptions exportOptions() const;
    QString exportFolder() const;
    void saveExport(const CsvOptions &options, const QString &folder);
    // The last export's format (.xlsx or CSV) and its .xlsx dates choice.
    bool exportXlsx() const;
    bool exportDatesAsText() const;
    void saveExportFormat(bool xlsx, bool datesAsText);

    // Where the last saved response was opened from (File › Open).
    QString openFolder() const;
    void setOpenFolder(const QString &folder);
    // The settings this view was made with, for parts that keep their own (snapshots).
    QSettings *settings() const { return m_settings; }

    void forgetProfile(const QString &profile);

    // The interface language chosen in the window ("de", "fr", ...); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);

    static constexpr int MaxRecentTenants = 12;
    static QVariantMap filterToMap(const NumberFilter &filter);
    static NumberFilter filterFromMap(const QVariantMap &map);

private:
    QString profileKey(const QString &profile, const QString &key) const;

    QSettings *m_settings;
};
