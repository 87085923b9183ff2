#pragma once

#include "client/networkpolicy.h"
#include "client/profiles/connectionprofile.h"

#include <functional>
#include <memory>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class TokenSource;

// Whether a connection works, before any number is loaded: for an app registration it signs in and asks
// Live Platform with the token; for a user sign-in it checks that the sign-in service knows the directory
// and that Live Platform answers. Each check says what worked and what to fix. No redirect is followed,
// and only the start of an answer is read. Used by the connection editor and `ocnumbers-cli profile test`.
class ConnectionTest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    struct Check {
        int order = 0; // 0: sign-in, 1: Live Platform
        bool ok = false;
        QString text;
    };
    struct Result {
        Q_DECLARE_TR_FUNCTIONS(ConnectionTest)

    public:
        QList<Check> checks;
        bool works = false;
        ConnectionProfile::SignIn signIn = ConnectionProfile::SignIn::AppRegistration;
        QString headline() const;
        QString note() const; // for user sign-ins: what the test cannot check
    };

    ConnectionTest(const ConnectionProfile &profile, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionTest() override; // stops what is under way; finished() is not emitted then

    // What the test is doing, to show while it runs.
    QString startText() const;
    // clientSecret: the app registration's; when empty, secretProblem says why and the sign-in check
    // fails with it. User sign-ins ignore both.
    void start(const QString &clientSecret = {}, const QString &secretProblem = {});

signals:
    void finished(const ConnectionTest::Result &result);

private:
    struct Answer;
    using ReplyHandler = std::function<void(const Answer &answer)>;

    void signInWith(const ConnectionProfile &p, const QString &secret);
    void checkAuthority(const ConnectionProfile &p);
    void checkLivePlatform(const ConnectionProfile &p, const QByteArray &token);
    void get(const QUrl &url, const ConnectionProfile &p, const QByteArray &token,
             NetworkPolicy::Service service, ReplyHandler handler);
    void report(const Check &check);

    ConnectionProfile m_profile;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<TokenSource> m_tokens;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<Check> m_checks;
    int m_pending = 0;
};
