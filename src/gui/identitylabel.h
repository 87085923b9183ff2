#pragma once

#include <QLabel>

class SignInSession;

// Who is signed in, and until when: the name in the label, the account and the token's renewal in the
// tooltip. Both are plain text: the name comes from the identity provider.
class IdentityLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityLabel)

public:
    explicit IdentityLabel(QWidget *parent = nullptr);

    void showSession(const SignInSession &session);
};
