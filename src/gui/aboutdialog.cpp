#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->versionLabel->setText(tr("Version %1 · built with Qt %2, running on Qt %3")
                                    .arg(QStringLiteral(OCNUMBERS_VERSION), QStringLiteral(QT_VERSION_STR),
                                         QString::fromLatin1(qVersion())));
    const auto entry = [](const QString &name, const QString &licence, const QString &url) -> QString {
        return u"<p><b>"_s + name + u"</b> — "_s + licence + u"<br><a href=\""_s + url + u"\">"_s + url +
               u"</a></p>"_s;
    };
    m_ui->licencesText->setHtml(
        u"<p>"_s + tr("OC Numbers is free software under the MIT licence. It is built with:") + u"</p>"_s +
        entry(u"Qt 6"_s, tr("GNU LGPL version 3 (Qt Base, Network, Network Authorization, HTTP Server)"),
              u"https://www.qt.io/licensing/open-source-lgpl-obligations"_s) +
        entry(u"QtKeychain"_s, tr("BSD 3-Clause licence"),
              u"https://github.com/frankosterfeld/qtkeychain"_s) +
        entry(u"simdjson"_s, tr("Apache License 2.0 or MIT licence"),
              u"https://github.com/simdjson/simdjson"_s) +
        u"<p>"_s +
        tr("Microsoft, Teams and Entra are trademarks of Microsoft Corporation; AudioCodes and Live Platform "
           "are trademarks of AudioCodes Ltd. OC Numbers is not affiliated with either.") +
        u"</p>"_s);
}

AboutDialog::~AboutDialog() = default;
