#include "helpviewer.h"

#include <QDialogButtonBox>
#include <QImage>
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
    // Loaded as a source, so that the guide's relative image paths resolve beside it in the resources.
    m_text->setSource(QUrl(u"qrc:/doc/docs/user-guide.md"_s), QTextDocument::MarkdownResource);
    fitImages();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(900, 640);
}

QImage HelpViewer::image(const QTextDocument &document, const QString &name)
{
    const QVariant resource = document.resource(QTextDocument::ImageResource, QUrl(name));
    if (resource.canConvert<QImage>())
        return resource.value<QImage>();
    return QImage::fromData(resource.toByteArray());
}

void HelpViewer::fitImages()
{
    // Screenshots are made at full screen size: shown at most this wide, they fit the window.
    constexpr int Widest = 820;
    QTextDocument *document = m_text->document();
    struct Fit {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Fit> fits;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage picture = image(*document, format.name());
            if (picture.isNull() || picture.width() <= Widest)
                continue;
            format.setWidth(Widest);
            format.setHeight(double(picture.height()) * Widest / picture.width());
            fits.append({fragment.position(), fragment.length(), format});
        }
    }
    for (const Fit &fit : std::as_const(fits)) {
        QTextCursor cursor(document);
        cursor.setPosition(fit.position);
        cursor.setPosition(fit.position + fit.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(fit.format);
    }
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
