#include "fetchcommand.h"

#include "client/liveplatform/loadsettings.h"
#include "client/liveplatform/numbersload.h"
#include "client/networkpolicy.h"
#include "client/profiles/profilestore.h"
#include "commandline.h"
#include "commandlinesignin.h"
#include "core/identifiers.h"
#include "core/numberenums.h"
#include "core/numberstore.h"
#include "core/terminaltext.h"
#include "numbersoutput.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString DefaultAuthority = ConnectionProfile{}.authority.toString();
const QString DefaultScope = ConnectionProfile{}.scope;

CliExitCode exitCodeFor(LoadError::Kind kind)
{
    switch (kind) {
    case LoadError::Kind::SignIn:
        return CliExitCode::SignIn;
    case LoadError::Kind::BadData:
        return CliExitCode::BadData;
    case LoadError::Kind::None:
        return CliExitCode::Ok;
    default:
        return CliExitCode::Server;
    }
}

} // namespace

CliExitCode FetchCommand::run(const QStringList &arguments, QTextStream &err)
{
    const QString command = u"ocnumbers-cli fetch"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Signs in with the service provider's app registration (client credentials), loads a tenant's "
        "numbers "
        "from Live Platform and writes them as CSV or normalized JSON. The client secret is read from the "
        "OCNUMBERS_CLIENT_SECRET environment variable, or from standard input with --client-secret-stdin."));
    const QCommandLineOption profileOption(
        u"profile"_s,
        tr("A saved connection profile (the application's, or OCNUMBERS_PROFILES_FILE); options given here "
           "override its settings, and its secret comes from the keychain unless given as below."),
        u"name"_s);
    const QCommandLineOption tenant(
        u"tenant"_s, tr("The customer's Microsoft tenant id (msTenantId, a GUID)."), u"GUID"_s);
    const QCommandLineOption number(
        u"number"_s, tr("Look up one number (E.164, e.g. +442074996300) instead of a tenant's list."),
        u"E164"_s);
    const QCommandLineOption baseUrl(u"base-url"_s,
                                     tr("Live Platform address with its /tenantui segment, e.g. "
                                        "https://lp.example.net/tenantui."),
                                     u"url"_s);
    const QCommandLineOption authority(u"authority"_s,
                                       tr("Entra authority (default %1).").arg(DefaultAuthority), u"url"_s,
                                       DefaultAuthority);
    const QCommandLineOption directory(u"directory"_s, tr("The service provider's directory (tenant) id."),
                                       u"id"_s);
    const QCommandLineOption clientId(u"client-id"_s, tr("The app registration's client id."), u"id"_s);
    const QCommandLineOption scope(u"scope"_s, tr("Scope (default %1).").arg(DefaultScope), u"scope"_s,
                                   DefaultScope);
    const QCommandLineOption api(u"api"_s, tr("v2 (one list, default) or v3 (pages)."), u"v2|v3"_s, u"v2"_s);
    const QCommandLineOption pageSize(u"page-size"_s, tr("v3 page size (default 1000)."), u"N"_s, u"1000"_s);
    const QCommandLineOption status(u"status"_s, tr("v3 only: numbers with this status (name or code 0-3)."),
                                    u"status"_s);
    const QCommandLineOption channel(u"channel"_s, tr("Send X-Ovoc-Channel-Id: restrict to one channel."),
                                     u"N"_s);
    const QCommandLineOption deviceCodeOption(
        u"device-code"_s,
        tr("Sign in as a user with a device code (the code and URL are printed) instead of the app "
           "registration; "
           "--client-id is then the public client. With --profile the sign-in is kept in the keychain."));
    const QCommandLineOption secretStdin(u"client-secret-stdin"_s,
                                         tr("Read the client secret from the first line of standard input."));
    const QCommandLineOption timeout(
        u"timeout"_s, tr("Seconds without data before a request fails (default 60)."), u"seconds"_s, u"60"_s);
    parser.addOptions({profileOption, tenant, number, baseUrl, authority, directory, clientId, scope, api,
                       pageSize, status, channel, secretStdin, deviceCodeOption, timeout});
    NumbersOutput output(parser);
    const auto usage = [&](const QString &message) { return CommandLine::usage(err, command, message); };
    if (const auto stop = CommandLine::parse(parser, arguments, command, err))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    ConnectionProfile profile;
    if (parser.isSet(profileOption)) {
        const ProfileStore store;
        const auto saved = store.load(parser.value(profileOption));
        if (!saved) {
            const QStringList names = store.names();
            return usage(names.isEmpty() ? tr("there is no profile named \"%1\" (no profiles are saved)")
                                               .arg(parser.value(profileOption))
                                         : tr("there is no profile named \"%1\"; profiles: %2")
                                               .arg(parser.value(profileOption), names.join(u", "_s)));
        }
        profile = *saved;
        if (profile.signIn == ConnectionProfile::SignIn::Browser && !parser.isSet(deviceCodeOption))
            return usage(tr("profile \"%1\" signs in through a browser, which ocnumbers-cli cannot open; "
                            "pass --device-code "
                            "to sign in with a code instead")
                             .arg(profile.name));
    }
    // Options override the profile (or the defaults without one); the load is then the profile's.
    const auto setting = [&](const QCommandLineOption &option, const QString &fromProfile) {
        return parser.isSet(option) ? parser.value(option) : fromProfile;
    };
    profile.baseUrl = QUrl(setting(baseUrl, profile.baseUrl.toString()));
    profile.authority = QUrl(setting(authority, profile.authority.toString()));
    profile.directory = setting(directory, profile.directory);
    profile.clientId = setting(clientId, profile.clientId);
    profile.scope = setting(scope, profile.scope);
    if (parser.isSet(tenant) == parser.isSet(number))
        return usage(tr("give either --tenant GUID (a tenant's numbers) or --number E164 (one number)"));
    for (const auto &[option, value] :
         {std::pair{&baseUrl, profile.baseUrl.toString()}, std::pair{&directory, profile.directory},
          std::pair{&clientId, profile.clientId}}) {
        if (value.isEmpty())
            return usage(tr("missing --%1 (or a --profile that has it)").arg(option->names().constFirst()));
    }
    if (const QString error = output.read(parser); !error.isEmpty())
        return usage(error);

    if (parser.isSet(tenant) && !isGuid(parser.value(tenant)))
        return usage(tr("--tenant \"%1\" is not a tenant id: it must be a GUID").arg(parser.value(tenant)));
    const QString apiName = parser.isSet(api) ? parser.value(api).toLower()
                            : profile.paged   ? u"v3"_s
                                              : u"v2"_s;
    if (apiName != u"v2"_s && apiName != u"v3"_s)
        return usage(tr("--api must be v2 or v3, not \"%1\"").arg(apiName));
    profile.paged = apiName == u"v3"_s;
    bool ok = true;
    if (parser.isSet(pageSize) || !parser.isSet(profileOption))
        profile.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || profile.pageSize < 1 || profile.pageSize > 5000)
        return usage(tr("--page-size must be a whole number from 1 to 5000"));
    std::optional<int> statusFilter;
    if (parser.isSet(status)) {
        const NumberStatus s = statusFromText(parser.value(status).toStdString());
        if (s == NumberStatus::Unknown || s == NumberStatus::None)
            return usage(
                tr("unknown --status \"%1\"; use Active, \"Release Requested\", \"Marked For Removal\", "
                   "\"Ready For Removal\" or a code 0-3")
                    .arg(parser.value(status)));
        if (!profile.paged)
            return usage(tr("--status needs --api v3 (the v2 list cannot be filtered by the server); use "
                            "--filter status=... to filter after loading"));
        statusFilter = static_cast<int>(s);
    }
    if (parser.isSet(channel)) {
        profile.channelId = parser.value(channel).toInt(&ok);
        if (!ok)
            return usage(tr("--channel must be a whole number"));
    }
    if (parser.isSet(timeout) || !parser.isSet(profileOption))
        profile.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || profile.timeoutSeconds < 1)
        return usage(tr("--timeout must be a whole number of seconds"));
    if (parser.isSet(profileOption)) {
        // Checked as used: a hand-edited settings file gets no secret sent anywhere.
        if (const QStringList problems = profile.problems(); !problems.isEmpty())
            return usage(tr("profile \"%1\" cannot be used until it is fixed: %2")
                             .arg(terminalSafe(profile.name), terminalSafe(problems.join(u' '))));
    }
    NumbersLoad::Settings load = loadSettingsFor(profile, parser.value(tenant), statusFilter);
    load.number = parser.value(number);
    for (const QUrl &url : {profile.baseUrl, profile.authority}) {
        if (const QString error = NetworkPolicy::checkUrl(url); !error.isEmpty())
            return usage(error);
    }

    QNetworkAccessManager nam;
    NetworkPolicy::secure(&nam);
    if (parser.isSet(deviceCodeOption))
        profile.signIn = ConnectionProfile::SignIn::DeviceCode;
    CommandLineSignIn signIn(&nam, command, err);
    const auto signedIn =
        signIn.signIn(profile, {parser.isSet(profileOption), parser.isSet(secretStdin), output.quiet()});
    if (const auto *stop = std::get_if<CliExitCode>(&signedIn))
        return *stop;
    TokenSource *tokenSource = std::get<TokenSource *>(signedIn);
    NumbersLoad numbersLoad(load, &nam, tokenSource);
    NumberStore store;
    LoadError ending;
    QEventLoop loop;
    const bool showProgress = !output.quiet() && isatty(fileno(stderr));
    std::vector<ParseIssue> issues;
    std::size_t issueCount = 0;
    QObject::connect(&numbersLoad, &NumbersLoad::batchReady, &loop,
                     [&](const std::shared_ptr<NumberStore> &batch) { store.append(std::move(*batch)); });
    QObject::connect(&numbersLoad, &NumbersLoad::sizeEstimated, &loop,
                     [&](qint64 records) { store.reserve(std::size_t(records)); });
    QObject::connect(&numbersLoad, &NumbersLoad::warningsFound, &loop,
                     [&](const std::vector<ParseIssue> &found, std::size_t count) {
                         issues.insert(issues.end(), found.begin(), found.end());
                         issueCount += count;
                     });
    QObject::connect(
        &numbersLoad, &NumbersLoad::progress, &loop, [&](qint64 bytes, qint64 records, qint64 total) {
            if (!showProgress)
                return;
            err << '\r' << tr("%1 MB, %2 numbers").arg(double(bytes) / 1e6, 0, 'f', 1).arg(records)
                << (total > 0 ? u" "_s + tr("of %1").arg(total) : QString()) << "   ";
            err.flush();
        });
    QObject::connect(&numbersLoad, &NumbersLoad::finished, &loop, [&](const LoadError &error) {
        ending = error;
        loop.quit();
    });
    numbersLoad.start();
    loop.exec();
    if (showProgress)
        err << '\n';
    if (ending.isError()) {
        err << command << ": " << terminalSafe(ending.message) << '\n';
        if (!store.isEmpty())
            err << tr("%1 numbers had arrived; nothing was written because the list is incomplete.")
                       .arg(store.size())
                << '\n';
        return exitCodeFor(ending.kind);
    }
    if (const CliExitCode code = output.reportWarnings(issues, issueCount, load.baseUrl.host(), err, command);
        code != CliExitCode::Ok)
        return code;
    return output.write(store, err, command);
}
