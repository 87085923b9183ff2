#include "logprotection.h"

#include <cstdio>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

QMutex knownSecretsMutex;
QSet<QString> &knownSecrets()
{
    static QSet<QString> secrets;
    return secrets;
}

bool isNetworkAuth(const char *category)
{
    return category && qstrncmp(category, "qt.networkauth", 14) == 0;
}

void filterCategories(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (isNetworkAuth(category->categoryName())) {
        for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, false);
    }
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Whatever the logging rules say: Qt NetworkAuth prints token replies and callback URLs.
    if (isNetworkAuth(context.category) && type != QtFatalMsg)
        return;
    const QString safe = LogProtection::redact(message);
    if (previousHandler) {
        previousHandler(type, context, safe);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, safe).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

namespace LogProtection {

void install()
{
    static bool installed = false;
    if (std::exchange(installed, true))
        return;
    previousFilter = QLoggingCategory::installFilter(filterCategories);
    previousHandler = qInstallMessageHandler(redactingHandler);
}

QString redact(const QString &text)
{
    static const QRegularExpression patterns[] = {
        // JWTs (a header starting {" is eyJ in base64url), whole or cut short.
        QRegularExpression(u"eyJ[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*){0,2}"_s),
        // Bearer and Basic credentials in headers.
        QRegularExpression(u"\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{8,}"_s,
                           QRegularExpression::CaseInsensitiveOption),
        // Parameters that carry secrets, in URLs, forms and JSON.
        QRegularExpression(
            u"(?<![A-Za-z0-9_])(access_token|refresh_token|id_token|client_secret|code|code_verifier|"
            "device_code|user_code|state|assertion|password|client_assertion)"
            "(=|\"\\s*:\\s*\")([^\"&\\s,;}]+)"_s,
            QRegularExpression::CaseInsensitiveOption),
        // Long opaque tokens (refresh tokens, secrets) that have no other shape.
        QRegularExpression(u"(?<![A-Za-z0-9._~-])(?=[A-Za-z0-9._~-]*[0-9])(?=[A-Za-z0-9._~-]*[A-Za-z])"
                           "[A-Za-z0-9._~-]{40,}"_s),
    };
    QString safe = text;
    {
        const QMutexLocker lock(&knownSecretsMutex);
        for (const QString &secret : std::as_const(knownSecrets()))
            safe.replace(secret, u"[redacted]"_s);
    }
    safe.replace(patterns[0], u"[redacted]"_s);
    safe.replace(patterns[1], u"\\1 [redacted]"_s);
    safe.replace(patterns[2], u"\\1\\2[redacted]"_s);
    safe.replace(patterns[3], u"[redacted]"_s);
    return safe;
}

void addKnownSecret(const QString &secret)
{
    if (secret.size() < 6) // too short to tell from ordinary words
        return;
    const QMutexLocker lock(&knownSecretsMutex);
    knownSecrets().insert(secret);
}

} // namespace LogProtection
