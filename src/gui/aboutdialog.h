#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class AboutDialog;
}

// The version this build is, and the licences of what it is built with.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
