#pragma once

#include "client/liveplatform/numbersload.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/sandboxserver.h"

#include <memory>
#include <QtGlobal>

// A sandbox for one test on a free loopback port: its largest tenant has largeTenantNumbers numbers, and
// user sign-ins poll for device codes every second. adjust changes anything else before it starts.
template <typename Adjust = void (*)(SandboxConfig &)>
std::unique_ptr<SandboxServer> startTestSandbox(
    std::uint64_t largeTenantNumbers, Adjust adjust = [](SandboxConfig &) {})
{
    SandboxConfig config;
    config.largeTenantNumbers = largeTenantNumbers;
    config.deviceCodeIntervalSeconds = 1;
    adjust(config);
    auto server = std::make_unique<SandboxServer>(config);
    if (const QString error = server->start(); !error.isEmpty())
        qFatal("the test sandbox did not start: %s", qPrintable(error));
    return server;
}

// A load of one of the sandbox's tenants in pages of 100 (v3) or as one list (v2), retrying quickly.
inline NumbersLoad::Settings testLoadSettings(const SandboxServer &server, int tenant, bool paged)
{
    NumbersLoad::Settings s;
    s.baseUrl = server.baseUrl();
    s.tenantId = server.data().tenants().at(tenant).id;
    s.paged = paged;
    s.pageSize = 100;
    s.retry.baseDelay = std::chrono::milliseconds(10);
    s.retry.maxDelay = std::chrono::milliseconds(2000);
    return s;
}
