#pragma once

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
