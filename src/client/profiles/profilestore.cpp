#include "profilestore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// Names may hold any character; QSettings keys may not.
QString keyFor(const QString &name)
{
    return u"profiles/"_s + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

ProfileStore::ProfileStore()
    : m_settings(qEnvironmentVariableIsEmpty("OCNUMBERS_PROFILES_FILE")
                     ? std::make_unique<QSettings>(u"ocnumbers"_s, u"ocnumbers"_s)
                     : std::make_unique<QSettings>(qEnvironmentVariable("OCNUMBERS_PROFILES_FILE"),
                                                   QSettings::IniFormat))
{}

ProfileStore::ProfileStore(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(u"profiles"_s);
    QStringList names;
    for (const QString &key : m_settings->childKeys())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ConnectionProfile> ProfileStore::load(const QString &name) const
{
    const QByteArray json = m_settings->value(keyFor(name)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    QString error;
    // Limits are not checked here: a hand-edited profile opens with its problems shown (problems()).
    auto profile = ConnectionProfile::fromJson(QJsonDocument::fromJson(json).object(), &error, false);
    if (profile)
        profile->name = name;
    return profile;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    m_settings->setValue(keyFor(profile.name),
                         QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(keyFor(name));
    m_settings->sync();
}
