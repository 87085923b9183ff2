#pragma once

#include <memory>
#include <QMainWindow>

class NumberStore;
class NumbersTableModel;
namespace Ui {
class MainWindow;
}

// The application window: the number table with its search field and counts.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows numbers; origin says where they came from (shown in the title and status bar).
    void setNumbers(std::unique_ptr<NumberStore> store, const QString &origin);
    NumbersTableModel *model() const { return m_model; }

private:
    void applySearch();
    void updateCounts();
    void setInitialColumnWidths();

    std::unique_ptr<Ui::MainWindow> m_ui;
    NumbersTableModel *m_model = nullptr;
};
