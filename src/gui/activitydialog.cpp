#include "activitydialog.h"

#include "activitytablemodel.h"
#include "client/activity/activitylog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActivityDialog::ActivityDialog(ActivityLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new ActivityTableModel(log, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"activityDialog"_s);
    setWindowTitle(tr("Activity"));
    setModal(false);

    auto *intro =
        new QLabel(tr("Every request this window made, newest last: where it went, how it ended and "
                      "the server's error ticket. No token, secret or code is kept."),
                   this);
    intro->setObjectName(u"activityIntroLabel"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_table->setObjectName(u"activityTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Requests"));

    m_summary->setObjectName(u"activitySummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyActivityButton"_s);
    copy->setToolTip(tr("Copies every request as tab-separated text, for a support case"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateSummary();
        m_table->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityDialog::updateSummary);
    updateSummary();
    m_table->resizeColumnsToContents();
    resize(1000, 420);
}

QString ActivityDialog::text() const
{
    return m_log ? m_log->text() : QString();
}

void ActivityDialog::updateSummary()
{
    m_summary->setText(tr("%n request(s)", nullptr, m_model->rowCount()));
}
