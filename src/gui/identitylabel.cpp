#include "identitylabel.h"

#include "client/auth/signinsession.h"
#include "plaintooltips.h"

#include <QLocale>

using namespace Qt::StringLiterals;

IdentityLabel::IdentityLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

void IdentityLabel::showSession(const SignInSession &session)
{
    QString text;
    switch (session.state()) {
    case SignInSession::State::SignedOut:
        text = tr("Not signed in");
        break;
    case SignInSession::State::SigningIn:
        text = tr("Signing in…");
        break;
    case SignInSession::State::SignedIn: {
        const QDateTime expires = session.expiresAt().toLocalTime();
        // The name only; the tooltip has the account too.
        const QString name = session.identity().section(u" <"_s, 0, 0);
        text = expires.isValid()
                   ? tr("%1 · until %2").arg(name, QLocale().toString(expires.time(), QLocale::ShortFormat))
                   : name;
        break;
    }
    }
    setText(fontMetrics().elidedText(text, Qt::ElideMiddle, 300));
    setToolTip(PlainToolTips::escaped(
        session.state() == SignInSession::State::SignedIn
            ? tr("Signed in as %1; the access token is renewed before %2.")
                  .arg(session.identity(),
                       QLocale().toString(session.expiresAt().toLocalTime(), QLocale::LongFormat))
            : QString()));
}
