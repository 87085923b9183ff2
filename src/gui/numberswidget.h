#pragma once

#include "core/rowstext.h"

#include <memory>
#include <QWidget>

class DetailPane;
class FilterBar;
class NumbersTableModel;
class NumbersTableView;
class QAction;
class ViewSettings;
struct NumberFacets;
struct NumberFilter;
namespace Ui {
class NumbersWidget;
}

// The numbers as the window shows them: the filter bar, the table and the detail pane of its current row,
// with what acts on them: copy, SBC routing, export, saved views and each connection's table layout.
class NumbersWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersWidget)

public:
    // The window's actions on the numbers.
    struct Actions {
        QAction *copy = nullptr;
        QAction *copyRaw = nullptr;
        QAction *copyNumber = nullptr;
        QAction *copyJson = nullptr;
        QAction *exportSelected = nullptr;
        QAction *exportShown = nullptr;
        QAction *routing = nullptr;
        QAction *find = nullptr;
        QAction *clearFilters = nullptr;
        QAction *saveView = nullptr;
        QAction *deleteView = nullptr;
        QAction *resetColumns = nullptr;
    };

    explicit NumbersWidget(QWidget *parent = nullptr);
    ~NumbersWidget() override;

    // The numbers to show, and where layouts, views and export choices are remembered. Called once.
    void setUp(NumbersTableModel *model, ViewSettings *view);
    // Wires the actions to the numbers, enables them as the numbers, selection and load allow, and offers
    // them in the table's context menu. Called once, after setUp.
    void setActions(const Actions &actions);
    FilterBar *filterBar() const;

    void setFacets(const NumberFacets &facets);
    void selectFirstRow();
    bool hasSelection() const;
    bool hasCurrent() const;
    // While the numbers are being loaded, routing and export wait: the load's first batch replaces them.
    void setBusy(bool busy);
    // Where the numbers came from (a tenant ID); names the export file.
    void setOrigin(const QString &origin) { m_origin = origin; }

    // What the table area says while no row is shown.
    void setPlaceholderText(const QString &text);

    // Saves the shown connection's table layout and shows the one of profile.
    void showProfile(const QString &profile);
    void saveLayout();
    // The shown connection was removed: its layout is not saved.
    void forgetProfile() { m_profile.clear(); }
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

    void copyRows(RowsText::Cells cells);
    void copyNumber();
    void copyJson();
    void openRouting(int viewRow);
    void openCurrentRouting();
    // Makes a number current and selected, clearing the filters when they hide it.
    void goToStoreRow(std::uint32_t storeRow);
    void exportRows(bool selectedOnly);

    QStringList viewNames() const;
    void showView(const QString &name);
    void saveView();
    void deleteView();

signals:
    void selectionChanged();
    void statusMessage(const QString &text, int timeout);
    void message(const QString &text, bool isError);
    void exportFinished(const QString &error);

private:
    void applyFilter(const NumberFilter &filter);
    // From the search field to the table: its current row, or the first.
    void focusResults();
    void resetColumns();
    void currentRowChanged();
    void showMenu(const QPoint &position);
    void updateActions();

    std::unique_ptr<Ui::NumbersWidget> m_ui;
    DetailPane *m_detailPane;
    NumbersTableModel *m_model = nullptr;
    ViewSettings *m_view = nullptr;
    Actions m_actions{};
    QList<QAction *> m_menuActions;
    QString m_profile;
    QString m_origin;
    bool m_busy = false;
};
