#include "helpviewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HelpViewer::HelpViewer(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("OC Numbers help"));
    setObjectName(u"helpViewer"_s);
    m_text->setObjectName(u"helpText"_s);
    m_text->setOpenExternalLinks(true);
    QFile readme(u":/doc/README.md"_s);
    if (readme.open(QIODevice::ReadOnly))
        m_text->setMarkdown(QString::fromUtf8(readme.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(900, 640);
}

void HelpViewer::open(QWidget *parent, const QString &heading)
{
    auto *viewer = new HelpViewer(parent);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    viewer->showSection(heading);
}

void HelpViewer::showSection(const QString &heading)
{
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().startsWith(heading)) {
            // From the end back up to the heading: it lands at the top of the view.
            QTextCursor end(m_text->document());
            end.movePosition(QTextCursor::End);
            m_text->setTextCursor(end);
            m_text->ensureCursorVisible();
            m_text->setTextCursor(QTextCursor(block));
            m_text->ensureCursorVisible();
            return;
        }
    }
}
