#pragma once

#include <memory>
#include <QDialog>
#include <QStringList>

class NumberStore;
class QTableWidget;
class SbcSharingModel;
struct SbcRouting;
namespace Ui {
class SbcRoutingDialog;
}

// How one number is routed: its SBCs, calling profile and calling capabilities, and every other loaded
// number routed through the same SBCs. The store must outlive the dialog.
class SbcRoutingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SbcRoutingDialog)

public:
    SbcRoutingDialog(const NumberStore &store, std::size_t row, QWidget *parent = nullptr);
    ~SbcRoutingDialog() override;

signals:
    // The user asked to show, in the main table, only numbers routed through this SBC (its full name, "fqdn
    // [ip]").
    void filterToSbcRequested(const QString &sbcName);
    // The user double-clicked (or pressed Enter on) another number through the same SBC: go to it.
    void numberRequested(std::uint32_t storeRow);

private:
    void showHeader(const SbcRouting &routing);
    void showRoutes(const SbcRouting &routing);
    void showSharing(const SbcRouting &routing, const NumberStore &store);
    void updateFilterButton();
    void requestFilter();

    std::unique_ptr<Ui::SbcRoutingDialog> m_ui;
    SbcSharingModel *m_sharingModel = nullptr;
    QStringList m_routeNames;
};
