#pragma once

#include "client/profiles/connectionprofile.h"
#include "sandbox/sandboxserver.h"

// A connection profile for a running sandbox: its app registration, or its public client for user sign-in.
inline ConnectionProfile
sandboxProfile(const SandboxServer &server, const QString &name,
               ConnectionProfile::SignIn signIn = ConnectionProfile::SignIn::AppRegistration)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = server.baseUrl();
    profile.authority = server.authorityUrl();
    profile.directory = server.config().directory;
    profile.clientId = signIn == ConnectionProfile::SignIn::AppRegistration ? server.config().appClientId
                                                                            : server.config().publicClientId;
    profile.scope = server.config().apiScope;
    profile.signIn = signIn;
    return profile;
}
