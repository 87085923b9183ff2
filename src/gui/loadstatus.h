#pragma once

#include <QWidget>

struct LoadError;
class QLabel;
class QProgressBar;

// The status bar's account of a load: "Loading… N of M numbers" with a bar while it runs, then how it
// ended and how long it took.
class LoadStatus final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatus)

public:
    explicit LoadStatus(QWidget *parent = nullptr);

    void showStarted();
    // Nothing loaded (another connection was chosen).
    void clear();
    void showProgress(qint64 bytes, qint64 records, qint64 total); // total -1: unknown
    // A request failed and is tried again after delayMs; httpStatus 0: the network failed.
    void showRetry(int httpStatus, qint64 delayMs, int attempt, int maxAttempts);
    void showFinished(const LoadError &error, qsizetype count, qint64 milliseconds);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};
