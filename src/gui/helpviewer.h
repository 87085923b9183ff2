#pragma once

#include <QDialog>

class QImage;
class QTextBrowser;
class QTextDocument;

// The user guide (docs/user-guide.md and its screenshots, built in) in a window of its own, opened at a
// section.
class HelpViewer final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpViewer)

public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Opens a viewer of its own (deleted when closed) at heading.
    static void open(QWidget *parent, const QString &heading);

    // Scrolls to the first heading whose text starts with heading.
    void showSection(const QString &heading);

    // An image the document names (e.g. in a QTextImageFormat), as the viewer loads it; null if missing.
    static QImage image(const QTextDocument &document, const QString &name);

private:
    void fitImages();

    QTextBrowser *m_text;
};
