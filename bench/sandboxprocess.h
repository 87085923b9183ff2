#pragma once

#include <cstdio>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

// An ocnumbers-sandbox process with one large tenant, and what its banner says about it.
struct SandboxProcess {
    QProcess process;
    QUrl base;
    QUrl authority;
    QString directory;
    QString clientId;
    QString secret;
    QString tenant; // the large tenant

    // Starts the sandbox with a tenant of `count` numbers (and any further options); false (with a message
    // on stderr) when it did not.
    bool start(const QString &program, std::uint64_t count, const QStringList &options = {})
    {
        process.start(program, QStringList{QStringLiteral("--numbers"), QString::number(count),
                                           QStringLiteral("--tenants"), QStringLiteral("2")} +
                                   options);
        QByteArray banner;
        QElapsedTimer wait;
        wait.start();
        const QByteArray largeTenantLine = "  " + QByteArray::number(qulonglong(count)) + "  ";
        while (!banner.contains("Tenants") || !banner.contains(largeTenantLine)) {
            if (!process.waitForReadyRead(30000) || wait.elapsed() > 60000) {
                std::fprintf(stderr, "the sandbox did not start: %s\n",
                             process.readAllStandardError().constData());
                return false;
            }
            banner += process.readAllStandardOutput();
        }
        const QString text = QString::fromUtf8(banner);
        const auto capture = [&](const QString &pattern) {
            return QRegularExpression(pattern).match(text).captured(1);
        };
        base = QUrl(capture(QStringLiteral("base URL: (\\S+)")));
        authority = QUrl(capture(QStringLiteral("authority: +(\\S+)")));
        directory = capture(QStringLiteral("Directory \\(tenant\\) id: +(\\S+)"));
        clientId = capture(QStringLiteral("client id (\\S+),"));
        secret = capture(QStringLiteral("secret (\\S+) "));
        tenant =
            capture(QStringLiteral("\\n  (\\S+)  \\d+  ") + QString::number(count) + QStringLiteral("  "));
        return true;
    }

    ~SandboxProcess()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};
