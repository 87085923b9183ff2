#include "signinsession.h"

#include "client/networkpolicy.h"
#include "client/secrets/secretstore.h"
#include "core/jwt.h"
#include "core/logprotection.h"
#include "core/terminaltext.h"
#include "interactivetokensource.h"
#include "tokensourcefactory.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSignIn, "ocnumbers.signin", QtInfoMsg)

namespace {

LoadError signInError(const QString &message)
{
    LoadError error;
    error.kind = LoadError::Kind::SignIn;
    error.message = message;
    return error;
}

// An app registration's token names the app, not a person.
QString appIdentity(const QByteArray &token, const QString &clientId)
{
    const auto claims = Jwt::claims(token);
    const QString name = claims ? claims->value(u"app_displayname"_s).toString() : QString();
    return name.isEmpty() ? SignInSession::tr("App registration %1").arg(clientId)
                          : SignInSession::tr("App registration %1 (%2)").arg(name, clientId);
}

} // namespace

SignInSession::SignInSession(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    NetworkPolicy::secure(m_nam); // the window's manager: sign-in, loads and the connection test
}

SignInSession::~SignInSession() = default;

void SignInSession::setProfile(const ConnectionProfile &profile, SecretStore *secrets)
{
    ++m_attempt;
    m_waitingForSecret = false;
    m_secretToStore.clear();
    m_source.reset();
    m_profile = profile;
    m_secrets = secrets;
    m_identity.clear();
    setState(State::SignedOut);
}

QDateTime SignInSession::expiresAt() const
{
    return m_source && m_state == State::SignedIn ? m_source->expiresAt() : QDateTime();
}

TokenSource *SignInSession::tokens() const
{
    return m_state == State::SignedIn ? m_source.get() : nullptr;
}

void SignInSession::createSource(const QString &secret)
{
    m_source = TokenSourceFactory::create(m_profile, {m_nam, m_secrets, secret, m_openBrowser});
    if (auto *interactive = qobject_cast<InteractiveTokenSource *>(m_source.get())) {
        connect(interactive, &InteractiveTokenSource::authorizationUrlReady, this,
                &SignInSession::authorizationUrlReady);
        connect(interactive, &InteractiveTokenSource::userCodeReady, this, &SignInSession::userCodeReady);
        connect(interactive, &InteractiveTokenSource::signedIn, this, &SignInSession::succeeded);
        connect(interactive, &InteractiveTokenSource::signInFailed, this, &SignInSession::failed);
    }
}

void SignInSession::signIn(bool interactive)
{
    if (!hasProfile() || m_state == State::SigningIn)
        return;
    const quint64 attempt = ++m_attempt;
    setState(State::SigningIn);
    // A profile read from a hand-edited or tampered settings file is checked here too: its secret goes
    // nowhere until the profile is fixed.
    if (const QStringList problems = m_profile.problems(); !problems.isEmpty()) {
        failed(signInError(tr("The connection \"%1\" is not signed in to anything until it is fixed: %2")
                               .arg(m_profile.name, problems.join(u' '))));
        return;
    }
    if (m_profile.signIn != ConnectionProfile::SignIn::AppRegistration) {
        if (!m_source)
            createSource({});
        silent(interactive);
        return;
    }
    if (const QString held = m_sessionSecrets.value(m_profile.secretKey()); !held.isEmpty()) {
        createSource(held);
        silent(false);
        return;
    }
    if (!m_secrets) {
        askForSecret(interactive,
                     tr("No keychain is available for the client secret of \"%1\".").arg(m_profile.name));
        return;
    }
    m_secrets->read(m_profile.secretKey(),
                    [this, attempt, interactive](const QString &secret, const QString &error) {
                        if (attempt != m_attempt)
                            return;
                        if (secret.isEmpty()) {
                            askForSecret(interactive, error);
                            return;
                        }
                        createSource(secret);
                        silent(false);
                    });
}

void SignInSession::askForSecret(bool interactive, const QString &keychainError)
{
    const QString reason = keychainError.isEmpty()
                               ? tr("No client secret is stored for \"%1\".").arg(m_profile.name)
                               : keychainError;
    if (!interactive) { // at start: nothing to sign in with, and nobody asked yet
        setState(State::SignedOut);
        return;
    }
    if (!isSignalConnected(QMetaMethod::fromSignal(&SignInSession::secretNeeded))) {
        failed(signInError(keychainError.isEmpty()
                               ? tr("No client secret is stored for \"%1\". Edit the connection and enter "
                                    "the app registration's secret.")
                                     .arg(m_profile.name)
                               : keychainError));
        return;
    }
    m_waitingForSecret = true;
    emit secretNeeded(reason, m_secrets && keychainError.isEmpty());
}

void SignInSession::provideSecret(const QString &secret, bool storeInKeychain)
{
    if (!m_waitingForSecret || m_state != State::SigningIn)
        return;
    m_waitingForSecret = false;
    if (secret.isEmpty()) {
        cancelSignIn();
        return;
    }
    LogProtection::addKnownSecret(secret);
    m_sessionSecrets.insert(m_profile.secretKey(), secret);
    m_secretToStore = storeInKeychain && m_secrets ? secret : QString();
    createSource(secret);
    silent(false);
}

void SignInSession::rememberSecret(const ConnectionProfile &profile, const QString &secret)
{
    if (secret.isEmpty())
        return;
    LogProtection::addKnownSecret(secret);
    m_sessionSecrets.insert(profile.secretKey(), secret);
}

void SignInSession::storeAcceptedSecret()
{
    const QString secret = std::exchange(m_secretToStore, QString());
    if (secret.isEmpty() || !m_secrets)
        return;
    const QString name = m_profile.name;
    m_secrets->write(m_profile.secretKey(), secret, [self = QPointer(this), name](const QString &error) {
        if (self && !error.isEmpty())
            emit self->notice(
                tr("The client secret of \"%1\" is used until OC Numbers closes but was not stored "
                   "in the keychain. %2")
                    .arg(name, error));
    });
}

void SignInSession::silent(bool interactiveAfter)
{
    const quint64 attempt = m_attempt;
    const auto answer = [this, attempt](const QByteArray &token, const LoadError &error,
                                        const std::function<void(const LoadError &)> &onError) {
        if (attempt != m_attempt)
            return;
        if (!error.isError())
            succeeded(m_profile.signIn == ConnectionProfile::SignIn::AppRegistration
                          ? appIdentity(token, m_profile.clientId)
                          : Jwt::identity(token));
        else
            onError(error);
    };
    if (m_profile.signIn == ConnectionProfile::SignIn::AppRegistration) {
        m_source->token(false, [answer, this](const QByteArray &token, const LoadError &error) {
            answer(token, error, [this](const LoadError &e) {
                // A refused secret is not offered again: the next sign-in asks for it.
                if (e.kind == LoadError::Kind::SignIn)
                    m_sessionSecrets.remove(m_profile.secretKey());
                m_secretToStore.clear();
                failed(e);
            });
        });
        return;
    }
    if (!m_secrets) {
        if (interactiveAfter)
            interactive();
        else
            setState(State::SignedOut);
        return;
    }
    m_secrets->read(m_profile.refreshTokenKey(), [=, this](const QString &stored, const QString &) {
        if (attempt != m_attempt)
            return;
        if (stored.isEmpty()) { // never signed in with this profile, or signed out
            if (interactiveAfter)
                interactive();
            else
                setState(State::SignedOut);
            return;
        }
        m_source->token(false, [=, this](const QByteArray &token, const LoadError &error) {
            answer(token, error, [=, this](const LoadError &refused) {
                // Entra no longer accepts the stored sign-in (the source has dropped it): say why and
                // sign in interactively. Anything else (the network) is reported, not papered over.
                m_secrets->read(m_profile.refreshTokenKey(),
                                [=, this](const QString &still, const QString &) {
                                    if (attempt != m_attempt)
                                        return;
                                    if (still.isEmpty() && interactiveAfter) {
                                        emit notice(refused.message);
                                        interactive();
                                    } else {
                                        failed(refused);
                                    }
                                });
            });
        });
    });
}

void SignInSession::interactive()
{
    if (auto *source = qobject_cast<InteractiveTokenSource *>(m_source.get()))
        source->startSignIn();
}

void SignInSession::cancelSignIn()
{
    if (m_state != State::SigningIn)
        return;
    if (auto *source = qobject_cast<InteractiveTokenSource *>(m_source.get())) {
        source->cancelSignIn(); // reports the cancellation through signInFailed, if one was under way
        if (m_state != State::SigningIn)
            return;
    }
    ++m_attempt;
    const bool noSecret = std::exchange(m_waitingForSecret, false);
    LoadError error = signInError(
        noSecret ? tr("Not signed in: no client secret was entered for \"%1\".").arg(m_profile.name)
                 : tr("The sign-in was cancelled."));
    error.kind = LoadError::Kind::Cancelled;
    failed(error);
}

void SignInSession::signOut()
{
    ++m_attempt;
    m_waitingForSecret = false;
    m_secretToStore.clear();
    m_sessionSecrets.remove(m_profile.secretKey()); // signing out forgets what was typed too
    if (m_source)
        m_source->signOut();
    else if (m_secrets && m_profile.signIn != ConnectionProfile::SignIn::AppRegistration)
        m_secrets->remove(m_profile.refreshTokenKey(), [](const QString &) {});
    m_source.reset();
    m_identity.clear();
    setState(State::SignedOut);
}

void SignInSession::succeeded(const QString &identity)
{
    m_identity = identity;
    storeAcceptedSecret();
    setState(State::SignedIn);
}

void SignInSession::failed(const LoadError &error)
{
    if (m_state == State::SignedIn && error.kind != LoadError::Kind::Cancelled)
        return; // a late answer of an attempt already finished
    setState(State::SignedOut);
    // For support: what the window shows, in the log too (never a token: the redacting handler sees it).
    qCInfo(lcSignIn).noquote() << "Sign-in to" << m_profile.authority.host()
                               << "failed:" << terminalSafe(error.message);
    emit signInFailed(error);
}

void SignInSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
