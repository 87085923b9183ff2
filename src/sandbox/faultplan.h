#pragma once

#include "sandboxfault.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

// The faults a sandbox is told to inject, from `--faults` or its test API, e.g.
//   numbers-v3:429=2:times=1          the next v3 page request gets 429 with Retry-After: 2
//   numbers-v2:reset                  every v2 list is cut by a connection reset
//   numbers-v3:expire-token:after=2   the third and later page requests get 401
//   api:redirect=http://127.0.0.2:8080/x   every Live Platform request is redirected there
// Routes: any, authorize, token, api (every Live Platform route), numbers-v2, numbers-v3, number. Faults:
// latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, truncate, malformed, unterminated, content-type,
// expire-token, empty-page, total-changes=N, redirect=URL.
class FaultPlan final {
    Q_DECLARE_TR_FUNCTIONS(FaultPlan)

public:
    // Adds faults written as above, several separated by ';'. Returns an error message or an empty string.
    QString add(const QString &specification);
    void add(const SandboxFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }

    // The fault that hits this request, if any (counting it against its times and after).
    std::optional<SandboxFault> take(SandboxRoute route);

private:
    QList<SandboxFault> m_faults;
};
