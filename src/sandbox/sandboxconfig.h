#pragma once

#include "numbergenerator.h"

#include <cstdint>
#include <QString>

// How a sandbox behaves. The defaults are what `ocnumbers-sandbox` and the demo use; tests shorten the
// lifetimes. Ids and the secret are the sandbox's own, printed at start; none is a real credential.
struct SandboxConfig final {
    quint16 port = 0; // 0: any free port
    std::uint64_t largeTenantNumbers = 100000;
    int tenants = 4; // the vendor's example tenant, smaller customers, and the large one last
    std::uint64_t seed = 1;
    NumberGenerator::Ids ids = NumberGenerator::Ids::Few;
    // Keep the last list rendered (one tenant, v2 or v3) in memory, so that asking again is served at
    // memory speed: for load benchmarks, where generating a million numbers would take longer than sending.
    bool cacheLists = false;
    int accessTokenLifetimeSeconds = 3900; // Entra hands out 60-90 minutes
    int authorizationCodeLifetimeSeconds = 600;
    bool denyConsent = false; // the authorize endpoint answers error=access_denied
    bool signInPage = false;  // authorize shows a sign-in page with a button instead of approving at once
    int deviceCodeLifetimeSeconds = 900;
    int deviceCodeIntervalSeconds = 5; // polling faster than this gets slow_down
    QString directory = QStringLiteral("5ad1b0e1-7c3f-4e2a-9b8d-0c6f1e2a3b4c");
    QString publicClientId = QStringLiteral("7f3c9a2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c");
    QString appClientId = QStringLiteral("3e9d7c5b-2a1f-4e8d-b7c6-5a4f3e2d1c0b");
    QString appClientSecret = QStringLiteral("sandbox~secret.not-a-real-credential");
    QString apiScope = QStringLiteral("api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default");

    // The audience the API expects: the scope's resource, without "/.default".
    QString apiAudience() const { return apiScope.left(apiScope.lastIndexOf(QLatin1Char('/'))); }
};
