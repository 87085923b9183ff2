#pragma once

#include <QComboBox>

// Where the customer's tenant ID is typed or picked from the recent ones ("id — customer name").
class TenantCombo final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantCombo)

public:
    explicit TenantCombo(QWidget *parent = nullptr);

    // The GUID in the text, lower-cased; empty when there is none.
    QString tenantId() const;
    // Offers tenants (IDs, most recent first) with their customer names where known (customers[i] may be
    // empty). Keeps the typed tenant, or shows the first when none was typed.
    void setTenants(const QStringList &tenants, const QStringList &customers);
    void showTenant(const QString &tenant);
};
