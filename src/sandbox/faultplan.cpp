#include "faultplan.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

std::optional<SandboxRoute> routeNamed(const QString &name)
{
    static const QList<QPair<QString, SandboxRoute>> routes = {{u"any"_s, SandboxRoute::Any},
                                                               {u"authorize"_s, SandboxRoute::Authorize},
                                                               {u"token"_s, SandboxRoute::Token},
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
    {"content-type", SandboxFault::Kind::WrongContentType, 0},
    {"expire-token", SandboxFault::Kind::ExpiredToken, 0},
    {"empty-page", SandboxFault::Kind::EmptyPage, 0},
    {"total-changes", SandboxFault::Kind::ChangingTotal, 1},
};

} // namespace

QString FaultPlan::add(const QString &specification)
{
    QList<SandboxFault> parsed;
    for (const QString &part : specification.split(u';', Qt::SkipEmptyParts)) {
        const QStringList fields = part.trimmed().split(u':');
        if (fields.size() < 2) {
            return tr("fault \"%1\" is not ROUTE:FAULT[=VALUE][:times=N][:after=N]").arg(part.trimmed());
        }
        SandboxFault fault;
        const auto route = routeNamed(fields[0]);
        if (!route) {
            return tr("unknown route \"%1\" in fault \"%2\"; routes: any, authorize, token, numbers-v2, "
                      "numbers-v3, "
                      "number")
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
                      "truncate, "
                      "malformed, content-type, expire-token, empty-page, total-changes=N")
                .arg(kindName);
        }
        fault.kind = info->kind;
        fault.value = info->defaultValue;
        bool ok = true;
        if (fields[1].contains(u'='))
            fault.value = fields[1].section(u'=', 1).toInt(&ok);
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
        if (fault.route != SandboxRoute::Any && fault.route != route)
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
