#include "tenantcombo.h"

#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

TenantCombo::TenantCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    lineEdit()->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    lineEdit()->setClearButtonEnabled(true);
}

QString TenantCombo::tenantId() const
{
    static const QRegularExpression guid(
        u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s);
    const QRegularExpressionMatch match = guid.match(currentText());
    return match.hasMatch() ? match.captured().toLower() : QString();
}

void TenantCombo::setTenants(const QStringList &tenants, const QStringList &customers)
{
    const QString current = tenantId();
    clear();
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        const QString &customer = customers.at(i);
        addItem(customer.isEmpty() ? tenants.at(i) : tr("%1 — %2").arg(tenants.at(i), customer),
                tenants.at(i));
    }
    setCurrentIndex(-1);
    showTenant(current.isEmpty() && !tenants.isEmpty() ? tenants.first() : current);
}

void TenantCombo::showTenant(const QString &tenant)
{
    setEditText(tenant);
    lineEdit()->setCursorPosition(0);
}
