#include "connectionmanager.h"

#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"
#include "profiledialog.h"
#include "viewsettings.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

ConnectionManager::ConnectionManager(ProfileStore *profiles, SecretStore *secrets, SignInSession *session,
                                     ViewSettings *view, QNetworkAccessManager *nam, QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_session(session)
    , m_view(view)
    , m_nam(nam)
    , m_window(window)
{}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::add()
{
    ProfileDialog dialog(ConnectionProfile{}, m_profiles->names(), m_secrets, m_nam, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles->save(dialog.profile());
    m_session->rememberSecret(dialog.profile(), dialog.unstoredSecret());
    emit changed(dialog.profile().name);
}

void ConnectionManager::edit(const QString &name)
{
    const auto profile = m_profiles->load(name);
    if (!profile) {
        emit statusMessage(tr("The demo connection cannot be edited."), 5000);
        return;
    }
    QStringList others = m_profiles->names();
    others.removeAll(name);
    ProfileDialog dialog(*profile, others, m_secrets, m_nam, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile edited = dialog.profile();
    const bool moved = !edited.sameAddresses(*profile);
    if (edited.secretKey() != profile->secretKey()) {
        // Renamed (the dialog copied the secret to the new name) or pointed at other addresses (the
        // secret and refresh token were issued for the old ones): the old keychain entries go.
        m_session->signOut();
        removeSecrets(*profile);
    }
    if (edited.name != name) {
        m_profiles->remove(name);
        m_view->forgetProfile(name);
    }
    m_profiles->save(edited);
    m_session->rememberSecret(edited, dialog.unstoredSecret());
    emit changed(edited.name);
    if (moved)
        emit message(
            tr("\"%1\" now signs in at other addresses, so the client secret and saved sign-in stored "
               "for the old ones were removed.")
                .arg(edited.name));
}

void ConnectionManager::remove(const QString &name)
{
    if (name.isEmpty() || !m_profiles->load(name))
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove connection"),
                    tr("Remove the connection \"%1\"? Its saved sign-in and client secret are removed "
                       "from the keychain as well.")
                        .arg(name),
                    QMessageBox::Yes | QMessageBox::No, m_window);
    ask.setObjectName(u"removeConnectionBox"_s);
    ask.setTextFormat(Qt::PlainText); // the name is the settings file's
    if (ask.exec() != QMessageBox::Yes)
        return;
    const auto profile = m_profiles->load(name);
    m_session->signOut();
    removeSecrets(*profile);
    m_profiles->remove(name);
    m_view->forgetProfile(name);
    emit removed(name);
}

void ConnectionManager::removeSecrets(const ConnectionProfile &profile)
{
    if (!m_secrets)
        return;
    for (const QString &key : profile.keychainKeys())
        m_secrets->remove(key, [](const QString &) {});
}
