#pragma once

#include "client/loaderror.h"
#include "client/profiles/connectionprofile.h"

#include <functional>
#include <memory>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class SecretStore;
class TokenSource;

// Who is signed in to the current profile, and the token source loads use. Picks the sign-in the profile
// names (app registration, browser, device code); tries the stored refresh token first and opens a
// browser or shows a device code only when that cannot work.
class SignInSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInSession)

public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    SignInSession(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SignInSession() override;

    // Switches profile: the previous one's tokens are dropped from memory (its keychain entries stay).
    void setProfile(const ConnectionProfile &profile, SecretStore *secrets);
    const ConnectionProfile &profile() const { return m_profile; }
    bool hasProfile() const { return !m_profile.name.isEmpty(); }
    // How the browser sign-in opens the authorize URL (the system browser, or the demo's in-process one).
    void setBrowser(std::function<bool(const QUrl &)> openBrowser) { m_openBrowser = std::move(openBrowser); }

    // interactive false: only silently, with a stored refresh token or secret (at start; never opens a
    // port or a browser). interactive true: silently if possible, else the profile's interactive sign-in.
    void signIn(bool interactive);
    void cancelSignIn();
    // The answer to secretNeeded: signs in with secret, which is held in memory for the rest of this run;
    // storeInKeychain also writes it to the keychain once Entra has accepted it.
    void provideSecret(const QString &secret, bool storeInKeychain);
    // A secret for profile's app registration that was typed elsewhere (e.g. the connection editor when
    // the keychain refused it): held in memory for the rest of this run, never stored.
    void rememberSecret(const ConnectionProfile &profile, const QString &secret);
    bool isWaitingForSecret() const { return m_waitingForSecret; }
    // Forgets the tokens in memory and the profile's stored refresh token.
    void signOut();

    State state() const { return m_state; }
    QString identity() const { return m_identity; }
    QDateTime expiresAt() const;
    // The source loads take tokens from; null when signed out.
    TokenSource *tokens() const;

signals:
    void stateChanged(SignInSession::State state);
    void authorizationUrlReady(const QUrl &url, bool browserOpened);
    void userCodeReady(const QString &userCode, const QUrl &verificationUri, const QString &message,
                       int expiresIn);
    // Something the user should read while signing in goes on (e.g. why a saved sign-in was not used).
    void notice(const QString &message);
    void signInFailed(const LoadError &error);
    // An interactive app-registration sign-in has no secret (none stored, or no keychain): ask for one and
    // answer with provideSecret() or cancelSignIn(). reason says why it is asked; canStore is true when a
    // keychain answered, so the secret could be kept there. Without a receiver the sign-in fails instead.
    void secretNeeded(const QString &reason, bool canStore);

private:
    void createSource(const QString &secret);
    void askForSecret(bool interactive, const QString &keychainError);
    void storeAcceptedSecret();
    void silent(bool interactiveAfter);
    void interactive();
    void setState(State state);
    void succeeded(const QString &identity);
    void failed(const LoadError &error);

    QNetworkAccessManager *m_nam;
    QPointer<SecretStore> m_secrets;
    ConnectionProfile m_profile;
    std::unique_ptr<TokenSource> m_source;
    std::function<bool(const QUrl &)> m_openBrowser;
    QString m_identity;
    QHash<QString, QString> m_sessionSecrets; // secret key → secret typed this run; memory only
    QString m_secretToStore;                  // typed, to go to the keychain once Entra has accepted it
    bool m_waitingForSecret = false;
    State m_state = State::SignedOut;
    quint64 m_attempt = 0; // answers of an abandoned attempt are ignored
};
