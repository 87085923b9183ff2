#pragma once

#include <QOAuth2AuthorizationCodeFlow>

// Qt 6.4's flow leaves its status stuck after a failed token request (no signal, "already in progress"
// afterwards); this subclass only opens setStatus() so a failed attempt can be reset.
class EntraAuthorizationFlow final : public QOAuth2AuthorizationCodeFlow {
    Q_OBJECT

public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    void resetStatus(Status status) { setStatus(status); }
};
