#include "parsewarningsdialog.h"

#include "core/export/formulaguard.h"
#include "core/numberstore.h"
#include "core/utf8view.h"

#include <algorithm>
#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum WarningColumn { RecordColumn, PhoneColumn, FieldColumn, ProblemColumn, ColumnCount };

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QString guarded(const QString &cell)
{
    const QByteArray utf8 = cell.toUtf8();
    return needsFormulaGuard(std::string_view(utf8.constData(), std::size_t(utf8.size()))) ? u"'"_s + cell
                                                                                           : cell;
}

} // namespace

ParseWarningsDialog::ParseWarningsDialog(const std::vector<ParseIssue> &issues, std::size_t count,
                                         const NumberStore &store, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(issues.size()), ColumnCount, this))
{
    setObjectName(u"parseWarningsDialog"_s);
    setWindowTitle(tr("Warnings about the loaded numbers"));
    auto *summary = new QLabel(this);
    summary->setObjectName(u"summaryLabel"_s);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setText(count > issues.size()
                         ? tr("The numbers were loaded, but %1 things in them were odd; the first %2 are "
                              "listed. Each record "
                              "is kept, and a value that could not be read is kept in its raw JSON.")
                               .arg(count)
                               .arg(issues.size())
                         : tr("The numbers were loaded, but %n thing(s) in them were odd. Each record is "
                              "kept, and a value "
                              "that could not be read is kept in its raw JSON.",
                              nullptr, int(count)));

    m_table->setObjectName(u"warningsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Number"), tr("Field"), tr("What was wrong")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // "[15].sbcList": record 15 of the list, field sbcList; "[2]": the whole record; anything else (an
    // envelope's field) is shown as it is.
    static const QRegularExpression recordPath(u"^\\[(\\d+)\\]\\.?(.*)$"_s);
    for (int row = 0; row < int(issues.size()); ++row) {
        const ParseIssue &issue = issues[std::size_t(row)];
        const QRegularExpressionMatch match = recordPath.match(issue.path);
        QString record;
        QString number;
        QString field = issue.path;
        if (match.hasMatch()) {
            record = match.captured(1);
            field = match.captured(2);
            // Records that are not objects are not stored, so a row is this record only when it has
            // warnings of its own.
            const std::size_t index = match.captured(1).toULongLong();
            if (index < store.size() && store.record(index).flags & NumberRecord::HasWarnings)
                number = fromUtf8View(store.telephoneNumber(index));
        }
        m_table->setItem(row, RecordColumn, item(record));
        m_table->setItem(row, PhoneColumn, item(number));
        m_table->setItem(row, FieldColumn, item(field));
        m_table->setItem(row, ProblemColumn, item(issue.message));
    }
    m_table->resizeColumnsToContents();
    m_table->selectAll();

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ParseWarningsDialog::copyRows);
    m_table->addAction(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(u"copyButton"_s);
    copyButton->setToolTip(tr("Copy the selected rows (or all) as tab-separated text with a header"));
    connect(copyButton, &QPushButton::clicked, this, &ParseWarningsDialog::copyRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

void ParseWarningsDialog::copyRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(m_table->horizontalHeaderItem(column)->text());
    lines.append(header.join(u'\t'));
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            QString text = m_table->item(row, column)->text();
            text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells.append(guarded(text));
        }
        lines.append(cells.join(u'\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}
