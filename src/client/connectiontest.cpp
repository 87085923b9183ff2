#include "connectiontest.h"

#include "client/auth/clientcredentialstokensource.h"
#include "client/auth/entraendpoint.h"
#include "client/auth/tokensourcefactory.h"
#include "client/liveplatform/liveplatformapi.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// What a test request got back: enough to judge it, never more than the start of the body.
struct ConnectionTest::Answer {
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray contentType;
    QByteArray body;
    bool bodyCut = false;
    QByteArray wwwAuthenticate;
};

namespace {

// A test needs only the first part of an answer; a misdirected address may serve something large.
constexpr qsizetype MaxTestBody = 64 * 1024;
// A tenant id no customer has: the test request proves the address and the token without reading data.
const QString NoTenant = u"00000000-0000-0000-0000-000000000000"_s;

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

QString unreachable(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url,
                    int timeoutSeconds)
{
    const QString where = hostAndPort(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ConnectionTest::tr(
                   "Nothing answers at %1: the connection was refused. Check the host name and "
                   "port.")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return ConnectionTest::tr("The host %1 is not known. Check the address for typing errors.")
            .arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
        return ConnectionTest::tr(
                   "%1 did not answer within %Ln seconds. Check the address, and that no proxy "
                   "or firewall blocks it.",
                   nullptr, timeoutSeconds)
            .arg(where);
    case QNetworkReply::InsecureRedirectError: // a redirect, which the test does not follow
        return errorString;
    case QNetworkReply::SslHandshakeFailedError:
        return ConnectionTest::tr(
                   "The secure connection to %1 failed: %2. Check the address; if it is right, "
                   "this computer does not trust the server's certificate.")
            .arg(where, errorString);
    default:
        return ConnectionTest::tr("Cannot reach %1: %2.").arg(where, errorString);
    }
}

// Live Platform's own words in an error body, with its ticket.
QString serverSays(const QByteArray &body)
{
    const LivePlatformApi::Problem problem = LivePlatformApi::problem(body);
    QString text = problem.title.isEmpty()    ? problem.detail
                   : problem.detail.isEmpty() ? problem.title
                                              : problem.title + u": "_s + problem.detail;
    if (!problem.errorTicket.isEmpty())
        text += u" "_s + ConnectionTest::tr("(error ticket %1)").arg(problem.errorTicket);
    return text;
}

QString apiName(bool paged)
{
    return paged ? u"v3"_s : u"v2"_s;
}

} // namespace

ConnectionTest::ConnectionTest(const ConnectionProfile &profile, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_nam(nam)
{
    NetworkPolicy::secure(m_nam);
}

ConnectionTest::~ConnectionTest()
{
    for (const QPointer<QNetworkReply> &reply : std::exchange(m_replies, {})) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QString ConnectionTest::startText() const
{
    if (m_profile.signIn == ConnectionProfile::SignIn::AppRegistration)
        return tr("Signing in at %1…").arg(hostAndPort(m_profile.authority));
    return tr("Asking %1 and %2…").arg(hostAndPort(m_profile.authority), hostAndPort(m_profile.baseUrl));
}

void ConnectionTest::start(const QString &clientSecret, const QString &secretProblem)
{
    m_checks.clear();
    m_pending = 2; // sign-in (or the sign-in service), then Live Platform
    if (m_profile.signIn != ConnectionProfile::SignIn::AppRegistration) {
        checkAuthority(m_profile);
        checkLivePlatform(m_profile, {});
        return;
    }
    if (clientSecret.isEmpty()) {
        report({0, false, secretProblem});
        checkLivePlatform(m_profile, {});
        return;
    }
    signInWith(m_profile, clientSecret);
}

void ConnectionTest::signInWith(const ConnectionProfile &p, const QString &secret)
{
    m_tokens = TokenSourceFactory::create(p, {m_nam, nullptr, secret, {}});
    m_tokens->token(false, [this, p](const QByteArray &token, const LoadError &error) {
        if (error.isError()) {
            QString text = tr("Sign-in failed: %1").arg(error.message);
            // The first sentence, with the AADSTS code support staff search for.
            if (QString detail = error.detail; !detail.isEmpty()) {
                if (const qsizetype end = detail.indexOf(u". "_s); end > 0)
                    detail.truncate(end + 1);
                text += u" "_s + tr("Entra says: %1").arg(detail);
            }
            report({0, false, text});
            checkLivePlatform(p, {});
            return;
        }
        report({0, true,
                tr("Signed in: %1 gave app registration %2 a token.")
                    .arg(hostAndPort(p.authority), p.clientId)});
        checkLivePlatform(p, token);
    });
}

void ConnectionTest::checkAuthority(const ConnectionProfile &p)
{
    const QUrl url = entraMetadata(p.authority, p.directory);
    get(url, p, {}, NetworkPolicy::Service::SignIn, [this, p](const Answer &answer) {
        const QString where = hostAndPort(p.authority);
        if (answer.status == 0) {
            report({0, false,
                    tr("Sign-in service: %1 Check the authority (https://login.microsoftonline.com for "
                       "Microsoft Entra ID).")
                        .arg(unreachable(answer.error, answer.errorString, p.authority, p.timeoutSeconds))});
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        if (json.contains(u"error_codes"_s)) {
            const LoadError error = ClientCredentialsTokenSource::describeEntraError(
                answer.status, answer.body, p.directory, p.clientId);
            report({0, false, tr("The sign-in service at %1 answers, but: %2").arg(where, error.message)});
        } else if (answer.status == 200 && json.contains(u"token_endpoint"_s)) {
            report({0, true, tr("The sign-in service at %1 knows directory %2.").arg(where, p.directory)});
        } else {
            report({0, true, tr("The sign-in service at %1 answers.").arg(where)});
        }
    });
}

void ConnectionTest::checkLivePlatform(const ConnectionProfile &p, const QByteArray &token)
{
    const QUrl url = LivePlatformApi::numbersUrl(
        p.baseUrl, NoTenant,
        p.paged ? std::optional(LivePlatformApi::Page{1, 1, p.pageNumberKey, p.pageSizeKey, p.statusKey, {}})
                : std::nullopt);
    const bool signedIn = !token.isEmpty();
    get(url, p, token, NetworkPolicy::Service::LivePlatform, [this, p, signedIn](const Answer &answer) {
        const QString where = hostAndPort(p.baseUrl);
        const QString api = apiName(p.paged);
        const QString says = serverSays(answer.body);
        if (answer.status == 0) {
            report({1, false,
                    tr("Live Platform: %1")
                        .arg(unreachable(answer.error, answer.errorString, p.baseUrl, p.timeoutSeconds))});
        } else if (!signedIn) {
            report({1, true,
                    answer.status == 401
                        ? tr("Live Platform at %1 answers and asks for a sign-in, as expected.").arg(where)
                        : tr("Live Platform at %1 answers (HTTP %2; without a sign-in 401 was expected). If "
                             "loading fails, check the address.")
                              .arg(where)
                              .arg(answer.status)});
        } else if (answer.status == 401) {
            const QRegularExpression description(u"error_description=\"([^\"]*)\""_s);
            const QString reason = description.match(QString::fromLatin1(answer.wwwAuthenticate)).captured(1);
            report({1, false,
                    tr("Live Platform at %1 did not accept the token%2. The sign-in worked, so Live Platform "
                       "trusts another app registration or expects another API: check the client id, the "
                       "directory and the scope.")
                        .arg(where, reason.isEmpty() ? QString() : u" ("_s + reason + u')')});
        } else if (answer.status == 200) {
            const QJsonDocument json = QJsonDocument::fromJson(answer.body);
            const bool isJson = answer.contentType.contains("json");
            const bool shaped =
                answer.bodyCut ||
                (p.paged ? json.isObject() && json.object().contains(u"data"_s) : json.isArray());
            if (!isJson)
                report({1, false,
                        tr("%1 answered with a web page (%2), not the Live Platform API. Check the address: "
                           "it ends with /tenantui, like https://live.example.com/tenantui.")
                            .arg(where, QString::fromLatin1(answer.contentType))});
            else if (!shaped)
                report({1, false,
                        tr("Live Platform at %1 answered, but not like the %2 API. Check the API version.")
                            .arg(where, api)});
            else
                report(
                    {1, true,
                     tr("Live Platform at %1 accepted the token and answered the %2 API.").arg(where, api)});
        } else if (answer.status == 400 || answer.status == 403 ||
                   (answer.status == 404 && LivePlatformApi::problem(answer.body).isProblemDetails)) {
            // The test asks for a tenant nobody has: a refusal in Live Platform's own words is expected.
            report({1, true,
                    tr("Live Platform at %1 accepted the token (it refused the test's made-up tenant with "
                       "HTTP %2%3, as it may).")
                        .arg(where)
                        .arg(answer.status)
                        .arg(says.isEmpty() ? QString() : u": "_s + says)});
        } else if (answer.status == 404) {
            report({1, false,
                    tr("%1 has no %2 API at %3 (HTTP 404). Check that the address ends with /tenantui, and "
                       "the API version.")
                        .arg(where, api, p.baseUrl.path())});
        } else {
            report({1, false,
                    tr("Live Platform at %1 answered HTTP %2%3. It may be having trouble: try again later.")
                        .arg(where)
                        .arg(answer.status)
                        .arg(says.isEmpty() ? QString() : u" ("_s + says + u')')});
        }
    });
}

void ConnectionTest::get(const QUrl &url, const ConnectionProfile &p, const QByteArray &token,
                         NetworkPolicy::Service service, ReplyHandler handler)
{
    const QNetworkRequest request = LivePlatformApi::request(
        url, token, service == NetworkPolicy::Service::LivePlatform ? p.channelId : std::nullopt,
        p.timeoutSeconds * 1000);
    QNetworkReply *reply = m_nam->get(request);
    m_replies.append(reply);
    auto answer = std::make_shared<Answer>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, answer] {
        answer->body += reply->read(MaxTestBody - answer->body.size());
        if (reply->bytesAvailable() > 0) {
            answer->bodyCut = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, answer, service, handler = std::move(handler)] {
                m_replies.removeAll(reply);
                reply->deleteLater();
                answer->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer->error = answer->bodyCut ? QNetworkReply::NoError : reply->error();
                answer->errorString = reply->errorString();
                answer->contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                answer->wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
                // A redirect is an answer of its own: never followed, so the token stays where it was sent.
                if (NetworkPolicy::isRedirect(answer->status)) {
                    const auto problem = NetworkPolicy::transportProblem(reply, 0, service);
                    answer->status = 0;
                    answer->error = QNetworkReply::InsecureRedirectError;
                    answer->errorString = problem ? problem->message : QString();
                }
                if (!answer->bodyCut)
                    answer->body += reply->read(MaxTestBody - answer->body.size());
                handler(*answer);
            });
}

void ConnectionTest::report(const Check &check)
{
    m_checks.append(check);
    if (--m_pending > 0)
        return;
    std::sort(m_checks.begin(), m_checks.end(),
              [](const Check &a, const Check &b) { return a.order < b.order; });
    Result result;
    result.checks = m_checks;
    result.works = std::all_of(m_checks.begin(), m_checks.end(), [](const Check &c) { return c.ok; });
    result.signIn = m_profile.signIn;
    emit finished(result);
}

QString ConnectionTest::Result::headline() const
{
    const bool userSignIn = signIn != ConnectionProfile::SignIn::AppRegistration;
    return !works       ? tr("The connection does not work yet.")
           : userSignIn ? tr("Both services answer.")
                        : tr("The connection works.");
}

QString ConnectionTest::Result::note() const
{
    if (!works || signIn == ConnectionProfile::SignIn::AppRegistration)
        return {};
    return tr("Your own sign-in (%1) is checked when you first load numbers.")
        .arg(signIn == ConnectionProfile::SignIn::Browser ? tr("in the browser") : tr("with a device code"));
}
