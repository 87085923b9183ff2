#pragma once

#include <QDialog>

class QTextBrowser;

// The user guide (the README, built in) in a window of its own, opened at a section.
class HelpViewer final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpViewer)

public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Opens a viewer of its own (deleted when closed) at heading.
    static void open(QWidget *parent, const QString &heading);

    // Scrolls to the first heading whose text starts with heading.
    void showSection(const QString &heading);

private:
    QTextBrowser *m_text;
};
