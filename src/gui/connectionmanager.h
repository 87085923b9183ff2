#pragma once

#include <QObject>
#include <QPointer>

class ProfileStore;
class QNetworkAccessManager;
class QWidget;
class SecretStore;
class SignInSession;
class ViewSettings;
struct ConnectionProfile;

// Adds, edits and removes the stored connections: opens the connection dialog over the window, saves the
// profile, and removes the keychain entries (client secret, refresh token) that a removed, renamed or
// re-pointed connection leaves behind, signing the session out first.
class ConnectionManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    // window: the dialogs' parent, and this object's.
    ConnectionManager(ProfileStore *profiles, SecretStore *secrets, SignInSession *session,
                      ViewSettings *view, QNetworkAccessManager *nam, QWidget *window);
    ~ConnectionManager() override;

    void add();
    // name: the stored connection's name; the demo's (empty) cannot be edited.
    void edit(const QString &name);
    void remove(const QString &name);

signals:
    // The stored connections changed; select names the one to show.
    void changed(const QString &select);
    // The connection was removed with its secrets and remembered layout.
    void removed(const QString &name);
    void statusMessage(const QString &text, int timeout);
    // A notice for the message banner.
    void message(const QString &text);

private:
    // Removes every keychain entry of the profile (its secret and refresh token).
    void removeSecrets(const ConnectionProfile &profile);

    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    SignInSession *m_session;
    ViewSettings *m_view;
    QNetworkAccessManager *m_nam;
    QWidget *m_window;
};
