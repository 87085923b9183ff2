#include "faultplan.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

std::optional<SandboxRoute> routeNamed(const QString &name)
{
    static const QList<QPair<QString, SandboxRoute>> routes = {{u"any"_s, SandboxRoute::Any},
                                                               {u"authorize"_s, SandboxRoute::Authorize},
                                                               {u"token"_s, SandboxRoute::Token},
                                                               {u"api"_s, SandboxRoute::Api},
                                                               {u"numbers-v2"_s, SandboxRoute::NumbersV2},
                                                               {u"numbers-v3"_s, SandboxRoute::NumbersV3},
                                                               {u"number"_s, SandboxRoute::Number}};
    for (const auto &[key, route] : routes) {
        if (key == name)
            return route;
    }
    return std::nullopt;
}

struct KindInfo {
    const char *name;
    SandboxFault::Kind kind;
    int defaultValue;
};

constexpr KindInfo Kinds[] = {
    {"latency", SandboxFault::Kind::Latency, 1000},
    {"drip", SandboxFault::Kind::Drip, 50},
    {"429", SandboxFault::Kind::TooManyRequests, 1},
    {"500", SandboxFault::Kind::ServerError, 0},
    {"502", SandboxFault::Kind::BadGateway, 0},
    {"503", SandboxFault::Kind::ServiceUnavailable, 1},
    {"reset", SandboxFault::Kind::Reset, 0},
    {"truncate", SandboxFault::Kind::Truncate, 0},
    {"malformed", SandboxFault::Kind::Malformed, 0},
    {"unterminated", SandboxFault::Kind::Unterminated, 0},
    {"content-type", SandboxFault::Kind::WrongContentType, 0},
    {"expire-token", SandboxFault::Kind::ExpiredToken, 0},
    {"empty-page", SandboxFault::Kind::EmptyPage, 0},
    {"total-changes", SandboxFault::Kind::ChangingTotal, 1},
    {"redirect", SandboxFault::Kind::Redirect, 0},
};

bool isLivePlatform(SandboxRoute route)
{
    return route == SandboxRoute::NumbersV2 || route == SandboxRoute::NumbersV3 ||
           route == SandboxRoute::Number;
}

} // namespace

QString FaultPlan::add(const QString &specification)
{
    QList<SandboxFault> parsed;
    for (const QString &part : specification.split(u';', Qt::SkipEmptyParts)) {
        QStringList fields = part.trimmed().split(u':');
        // A redirect's URL has colons of its own: it runs up to the options.
        if (fields.size() > 2 && fields[1].startsWith(u"redirect="_s)) {
            qsizetype options = fields.size();
            while (options > 2 && (fields[options - 1].startsWith(u"times="_s) ||
                                   fields[options - 1].startsWith(u"after="_s)))
                --options;
            fields[1] = fields.mid(1, options - 1).join(u':');
            fields = QStringList{fields[0], fields[1]} + fields.mid(options);
        }
        if (fields.size() < 2) {
            return tr("fault \"%1\" is not ROUTE:FAULT[=VALUE][:times=N][:after=N]").arg(part.trimmed());
        }
        SandboxFault fault;
        const auto route = routeNamed(fields[0]);
        if (!route) {
            return tr("unknown route \"%1\" in fault \"%2\"; routes: any, authorize, token, api, numbers-v2, "
                      "numbers-v3, number")
                .arg(fields[0], part.trimmed());
        }
        fault.route = *route;
        const QString kindName = fields[1].section(u'=', 0, 0);
        const KindInfo *info = nullptr;
        for (const KindInfo &k : Kinds) {
            if (kindName == QLatin1String(k.name))
                info = &k;
        }
        if (!info) {
            return tr("unknown fault \"%1\"; faults: latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, "
                      "truncate, malformed, unterminated, content-type, expire-token, empty-page, "
                      "total-changes=N, "
                      "redirect=URL")
                .arg(kindName);
        }
        fault.kind = info->kind;
        fault.value = info->defaultValue;
        bool ok = true;
        if (fault.kind == SandboxFault::Kind::Redirect) {
            fault.target = fields[1].section(u'=', 1);
            const QUrl target(fault.target, QUrl::StrictMode);
            if (!target.isValid() || target.scheme().isEmpty() || target.host().isEmpty())
                return tr("fault \"%1\" needs redirect=URL with an absolute URL").arg(part.trimmed());
        } else if (fields[1].contains(u'=')) {
            fault.value = fields[1].section(u'=', 1).toInt(&ok);
        }
        for (qsizetype i = 2; ok && i < fields.size(); ++i) {
            const QString key = fields[i].section(u'=', 0, 0);
            const int value = fields[i].section(u'=', 1).toInt(&ok);
            if (key == u"times"_s)
                fault.times = value;
            else if (key == u"after"_s)
                fault.after = value;
            else
                ok = false;
        }
        if (!ok || fault.value < 0 || fault.after < 0)
            return tr("fault \"%1\" has a value that is not a whole number, or an unknown option")
                .arg(part.trimmed());
        parsed.append(fault);
    }
    m_faults += parsed;
    return {};
}

std::optional<SandboxFault> FaultPlan::take(SandboxRoute route)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        const bool matches = fault.route == SandboxRoute::Any || fault.route == route ||
                             (fault.route == SandboxRoute::Api && isLivePlatform(route));
        if (!matches)
            continue;
        if (fault.after > 0) {
            --fault.after;
            continue;
        }
        const SandboxFault hit = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}
