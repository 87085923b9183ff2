#pragma once

#include "client/loaderror.h"

#include <functional>
#include <memory>
#include <QDialog>
#include <QPointer>

class DetailPane;
class NumberStore;
class NumbersLoad;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class SignInSession;

// Numbers › Find a number: looks one E.164 number up on the chosen connection's Live Platform (no tenant
// needed), shows its fields and the tenant and customer it belongs to, and offers to load that tenant.
// Signs in first when needed. A number that is not E.164 is refused before anything is sent.
class FindNumberDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindNumberDialog)

public:
    FindNumberDialog(SignInSession *session, QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~FindNumberDialog() override;

    // The customer name known for a tenant (Live Platform's answer for one number has none).
    void setKnownCustomers(std::function<QString(const QString &tenant)> customerOf)
    {
        m_customerOf = std::move(customerOf);
    }
    // Looks typed up, as if it had been typed and Find pressed.
    void find(const QString &typed);
    // The tenant of the number shown; empty when none is shown.
    QString tenant() const { return m_tenant; }

signals:
    // "Load this tenant" was pressed.
    void loadTenantRequested(const QString &tenant);
    // A look-up ended: found (no error) or not.
    void lookupFinished(const LoadError &error);

private:
    void findTyped();
    void lookUp();
    void sessionChanged();
    void lookupEnded(const LoadError &error);
    void showMessage(const QString &text, bool isError);
    void clearNumber();

    SignInSession *m_session;
    QNetworkAccessManager *m_nam;
    QLineEdit *m_numberEdit;
    QPushButton *m_findButton;
    QLabel *m_messageLabel;
    QLabel *m_tenantValue;
    QLabel *m_customerValue;
    QPushButton *m_loadTenantButton;
    DetailPane *m_detailPane;
    std::function<QString(const QString &)> m_customerOf;
    QPointer<NumbersLoad> m_load;
    std::shared_ptr<NumberStore> m_found;
    QString m_number;     // being looked up or shown
    QString m_tenant;     // of the number shown
    QString m_connection; // the number shown was found on
    bool m_lookUpAfterSignIn = false;
};
