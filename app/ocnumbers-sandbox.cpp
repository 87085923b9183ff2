#include "core/logprotection.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LogProtection::install();
    QCoreApplication::setApplicationName(u"ocnumbers-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OCNUMBERS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "sandbox",
        "A local stand-in for Microsoft Entra ID and AudioCodes Live Platform, listening on 127.0.0.1 "
        "only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        u"port"_s, QCoreApplication::translate("sandbox", "Port (default: any free one)."), u"N"_s, u"0"_s);
    const QCommandLineOption numbers(u"numbers"_s,
                                     QCoreApplication::translate("sandbox", "Numbers of the large tenant."),
                                     u"N"_s, u"100000"_s);
    const QCommandLineOption tenants(
        u"tenants"_s, QCoreApplication::translate("sandbox", "Number of tenants."), u"N"_s, u"4"_s);
    const QCommandLineOption seed(
        u"seed"_s, QCoreApplication::translate("sandbox", "Seed of the generated data."), u"S"_s, u"1"_s);
    const QCommandLineOption ids(
        u"ids"_s,
        QCoreApplication::translate("sandbox",
                                    "Ids of the numbers: few (they share calling profiles, upload jobs and "
                                    "locations; default) or many (every number has its own)."),
        u"few|many"_s, u"few"_s);
    const QCommandLineOption cache(
        u"cache"_s,
        QCoreApplication::translate("sandbox", "Keep the last list rendered in memory, so that asking for it "
                                               "again is served at memory speed (for load benchmarks)."));
    const QCommandLineOption tokenLifetime(
        u"token-lifetime"_s, QCoreApplication::translate("sandbox", "Access token lifetime in seconds."),
        u"seconds"_s, u"3900"_s);
    const QCommandLineOption signInPage(
        u"sign-in-page"_s,
        QCoreApplication::translate(
            "sandbox", "Sign-in shows a page with Accept/Decline instead of approving at once."));
    const QCommandLineOption deny(
        u"deny-consent"_s, QCoreApplication::translate("sandbox", "Sign-in ends with error=access_denied."));
    const QCommandLineOption faults(
        u"faults"_s,
        QCoreApplication::translate("sandbox",
                                    "Faults to inject: ROUTE:FAULT[=VALUE][:times=N][:after=N], several "
                                    "separated by ';' (see the README)."),
        u"spec"_s);
    const QCommandLineOption verbose(u"verbose"_s,
                                     QCoreApplication::translate("sandbox", "Log one line per request."));
    parser.addOptions(
        {port, numbers, tenants, seed, ids, cache, tokenLifetime, signInPage, deny, faults, verbose});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto number = [&](const QCommandLineOption &option, qulonglong min, qulonglong max,
                            qulonglong *value) {
        bool ok = false;
        *value = parser.value(option).toULongLong(&ok);
        if (!ok || *value < min || *value > max) {
            err << "ocnumbers-sandbox: --" << option.names().constFirst() << " "
                << QCoreApplication::translate("sandbox", "must be a whole number from %1 to %2")
                       .arg(min)
                       .arg(max)
                << '\n';
            return false;
        }
        return true;
    };
    SandboxConfig config;
    qulonglong value = 0;
    if (!number(port, 0, 65535, &value))
        return 2;
    config.port = static_cast<quint16>(value);
    if (!number(numbers, 0, 8'000'000, &value))
        return 2;
    config.largeTenantNumbers = value;
    if (!number(tenants, 1, 9, &value))
        return 2;
    config.tenants = static_cast<int>(value);
    if (!number(seed, 0, 1'000'000'000, &value))
        return 2;
    config.seed = value;
    if (parser.value(ids) == u"many"_s) {
        config.ids = NumberGenerator::Ids::Many;
    } else if (parser.value(ids) != u"few"_s) {
        err << "ocnumbers-sandbox: --ids "
            << QCoreApplication::translate("sandbox", "must be few or many, not \"%1\"")
                   .arg(parser.value(ids))
            << '\n';
        return 2;
    }
    config.cacheLists = parser.isSet(cache);
    if (!number(tokenLifetime, 1, 86400, &value))
        return 2;
    config.accessTokenLifetimeSeconds = static_cast<int>(value);
    config.denyConsent = parser.isSet(deny);
    config.signInPage = parser.isSet(signInPage);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(u"ocnumbers.sandbox.info=false"_s);

    SandboxServer server(config);
    if (const QString error = server.faults().add(parser.value(faults)); !error.isEmpty()) {
        err << "ocnumbers-sandbox: --faults: " << error << '\n';
        return 2;
    }
    if (const QString error = server.start(); !error.isEmpty()) {
        err << "ocnumbers-sandbox: " << error << '\n';
        return 1;
    }
    out << "Live Platform base URL: " << server.baseUrl().toString() << '\n'
        << "Entra authority:        " << server.authorityUrl().toString() << '\n'
        << "Directory (tenant) id:  " << config.directory << '\n'
        << "App registration:       client id " << config.appClientId << ", secret " << config.appClientSecret
        << " (sandbox only)\n"
        << "Public client (browser/device sign-in): " << config.publicClientId << '\n'
        << "Scope:                  " << config.apiScope << '\n'
        << "Tenants (msTenantId, channel, numbers, customer):\n";
    for (const SandboxTenant &tenant : server.data().tenants()) {
        out << "  " << tenant.id << "  " << tenant.channelId << "  " << server.data().size(tenant) << "  "
            << tenant.customerName << '\n';
    }
    out.flush();
    return QCoreApplication::exec();
}
