#include "snapshotsettings.h"

#include <algorithm>
#include <QSettings>

using namespace Qt::StringLiterals;

SnapshotSettings SnapshotSettings::load(const QSettings &settings)
{
    const SnapshotSettings defaults;
    SnapshotSettings loaded;
    loaded.enabled = settings.value(u"snapshots/enabled"_s, defaults.enabled).toBool();
    loaded.perTenant = std::clamp(settings.value(u"snapshots/perTenant"_s, defaults.perTenant).toInt(),
                                  MinPerTenant, MaxPerTenant);
    loaded.maxTotalMegabytes =
        std::clamp(settings.value(u"snapshots/maxTotalMegabytes"_s, defaults.maxTotalMegabytes).toInt(),
                   MinTotalMegabytes, MaxTotalMegabytes);
    return loaded;
}

void SnapshotSettings::save(QSettings &settings) const
{
    settings.setValue(u"snapshots/enabled"_s, enabled);
    settings.setValue(u"snapshots/perTenant"_s, perTenant);
    settings.setValue(u"snapshots/maxTotalMegabytes"_s, maxTotalMegabytes);
}

SnapshotLimits SnapshotSettings::limits() const
{
    return {perTenant, qint64(maxTotalMegabytes) << 20};
}
