#include "loadsettings.h"

NumbersLoad::Settings loadSettingsFor(const ConnectionProfile &profile, const QString &tenantId,
                                      std::optional<int> status)
{
    NumbersLoad::Settings settings;
    settings.baseUrl = profile.baseUrl;
    settings.tenantId = tenantId;
    settings.paged = profile.paged;
    settings.status = profile.paged ? status : std::nullopt;
    settings.pageSize = profile.pageSize;
    settings.pageNumberKey = profile.pageNumberKey;
    settings.pageSizeKey = profile.pageSizeKey;
    settings.statusKey = profile.statusKey;
    settings.channelId = profile.channelId;
    settings.transferTimeoutMs = profile.timeoutSeconds * 1000;
    settings.maxBodyBytes = qint64(profile.maxBodyMegabytes) * 1024 * 1024;
    return settings;
}
