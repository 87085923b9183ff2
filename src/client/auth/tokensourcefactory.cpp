#include "tokensourcefactory.h"

#include "browsertokensource.h"
#include "clientcredentialstokensource.h"
#include "devicecodetokensource.h"

std::unique_ptr<TokenSource> TokenSourceFactory::create(const ConnectionProfile &profile,
                                                        const Context &context)
{
    const int timeoutMs = profile.timeoutSeconds * 1000;
    switch (profile.signIn) {
    case ConnectionProfile::SignIn::AppRegistration:
        return std::make_unique<ClientCredentialsTokenSource>(
            ClientCredentialsTokenSource::Settings{profile.authority, profile.directory, profile.clientId,
                                                   context.clientSecret, profile.scope, timeoutMs},
            context.nam);
    case ConnectionProfile::SignIn::Browser: {
        auto browser = std::make_unique<BrowserTokenSource>(
            BrowserTokenSource::Settings{profile.authority, profile.directory, profile.clientId,
                                         profile.scope, profile.refreshTokenKey()},
            context.nam, context.secrets);
        browser->setBrowser(context.openBrowser);
        return browser;
    }
    case ConnectionProfile::SignIn::DeviceCode:
        return std::make_unique<DeviceCodeTokenSource>(
            DeviceCodeTokenSource::Settings{profile.authority, profile.directory, profile.clientId,
                                            profile.scope, profile.refreshTokenKey(), timeoutMs},
            context.nam, context.secrets);
    }
    return nullptr;
}
