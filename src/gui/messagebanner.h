#pragma once

#include <memory>
#include <QFrame>

struct LoadError;
namespace Ui {
class MessageBanner;
}

// A line above the numbers that says what went wrong or what happened, with Retry where trying again can
// help. The text is shown as plain text: it often holds a server's own words.
class MessageBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    void showMessage(const QString &text, bool isError, bool offerRetry);
    // A load that ended without the tenant's full list (cancelled, or failed with the server's words), with
    // Retry; shown: the numbers it left in the table.
    void showLoadFailure(const LoadError &error, qsizetype shown);

signals:
    void retryRequested();

private:
    std::unique_ptr<Ui::MessageBanner> m_ui;
};
