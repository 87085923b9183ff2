#include "snapshotsdialog.h"

#include "core/export/writebacksavefile.h"
#include "core/snapshots/snapshotfile.h"
#include "core/snapshots/snapshotsettings.h"
#include "plaintooltips.h"
#include "ui_snapshotsdialog.h"

#include <algorithm>
#include <map>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

enum Column { SavedColumn, CountColumn, ApiColumn, SizeColumn };
constexpr int PathRole = Qt::UserRole;

void collectPaths(const QStandardItem *item, QStringList &paths)
{
    const QString path = item->data(PathRole).toString();
    if (!path.isEmpty() && !paths.contains(path))
        paths.append(path);
    for (int i = 0; i < item->rowCount(); ++i)
        collectPaths(item->child(i), paths);
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// A file name from server text: only letters, digits and a few safe marks.
QString safeFileName(const QString &text)
{
    QString name;
    for (const QChar c : text)
        name += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.left(80);
}

} // namespace

SnapshotsDialog::SnapshotsDialog(const QString &root, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SnapshotsDialog>())
    , m_store(root)
    , m_model(new QStandardItemModel(this))
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Saved"), tr("Numbers"), tr("API"), tr("Size")});
    m_ui->snapshotTree->setModel(m_model);
    m_ui->snapshotsPerTenantSpin->setRange(SnapshotSettings::MinPerTenant, SnapshotSettings::MaxPerTenant);
    m_ui->snapshotsMaxSizeSpin->setRange(SnapshotSettings::MinTotalMegabytes,
                                         SnapshotSettings::MaxTotalMegabytes);
    PlainToolTips::install(m_ui->snapshotTree);
    showSettings();
    refresh();

    connect(m_ui->snapshotTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotsDialog::updateButtons);
    connect(m_ui->snapshotTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.siblingAtColumn(SavedColumn).data(PathRole).toString().isEmpty())
            openSelected();
    });
    connect(m_ui->openSnapshotButton, &QPushButton::clicked, this, &SnapshotsDialog::openSelected);
    connect(m_ui->exportSnapshotButton, &QPushButton::clicked, this, &SnapshotsDialog::exportSelected);
    connect(m_ui->deleteSnapshotButton, &QPushButton::clicked, this, &SnapshotsDialog::deleteSelected);
    connect(m_ui->keepSnapshotsCheck, &QCheckBox::toggled, this, &SnapshotsDialog::saveSettings);
    connect(m_ui->snapshotsPerTenantSpin, &QSpinBox::valueChanged, this, &SnapshotsDialog::saveSettings);
    connect(m_ui->snapshotsMaxSizeSpin, &QSpinBox::valueChanged, this, &SnapshotsDialog::saveSettings);
}

SnapshotsDialog::~SnapshotsDialog() = default;

void SnapshotsDialog::refresh()
{
    QStringList problems;
    m_snapshots = m_store.list(&problems);
    QTreeView *tree = m_ui->snapshotTree;
    const QStringList selected = selectedPaths();
    m_model->removeRows(0, m_model->rowCount());

    // Connections, then tenants, by name; the snapshots of each newest first (as listed).
    std::map<QString, std::map<QString, std::vector<const SnapshotInfo *>>> groups;
    for (const SnapshotInfo &info : m_snapshots)
        groups[info.connectionName][info.tenantId].push_back(&info);
    QItemSelection selection;
    for (const auto &[connection, tenants] : groups) {
        QStandardItem *connectionItem =
            textItem(connection.isEmpty() ? tr("(connection without a name)") : connection);
        connectionItem->setToolTip(tenants.begin()->second.front()->host);
        for (const auto &[tenant, snapshots] : tenants) {
            const QString customer = snapshots.front()->customerName;
            QStandardItem *tenantItem = textItem(customer.isEmpty() ? tenant : tenant + u" — "_s + customer);
            tenantItem->setToolTip(tenantItem->text());
            for (const SnapshotInfo *info : snapshots)
                tenantItem->appendRow(snapshotRow(*info));
            connectionItem->appendRow(tenantItem);
        }
        m_model->appendRow(connectionItem);
    }
    tree->expandAll();
    for (int column = 0; column < m_model->columnCount(); ++column)
        tree->resizeColumnToContents(column);
    // The snapshots selected before stay selected.
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QStandardItem *connectionItem = m_model->item(c);
        for (int t = 0; t < connectionItem->rowCount(); ++t) {
            const QStandardItem *tenantItem = connectionItem->child(t);
            for (int row = 0; row < tenantItem->rowCount(); ++row) {
                const QModelIndex index = tenantItem->child(row)->index();
                if (selected.contains(index.data(PathRole).toString()))
                    selection.select(index, index.siblingAtColumn(SizeColumn));
            }
        }
    }
    tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);

    m_ui->snapshotTree->setVisible(!m_snapshots.empty());
    m_ui->snapshotsEmptyLabel->setVisible(m_snapshots.empty());
    m_ui->snapshotsProblemsLabel->setVisible(!problems.isEmpty());
    m_ui->snapshotsProblemsLabel->setText(
        tr("%n file(s) in the snapshot folder could not be read and are not listed.", nullptr,
           int(problems.size())));
    m_ui->snapshotsProblemsLabel->setToolTip(PlainToolTips::escaped(problems.join(u'\n')));
    updateTotal();
    updateButtons();
}

QList<QStandardItem *> SnapshotsDialog::snapshotRow(const SnapshotInfo &info) const
{
    const QLocale locale;
    QStandardItem *saved = textItem(info.savedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    saved->setData(info.path, PathRole);
    saved->setToolTip(
        tr("%1 on %2\n%3").arg(info.connectionName, info.host, QDir::toNativeSeparators(info.path)));
    QStandardItem *count = textItem(locale.toString(qulonglong(info.recordCount)));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QStandardItem *size = textItem(locale.formattedDataSize(info.fileSize));
    size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return {saved, count, textItem(info.apiVersion), size};
}

QStringList SnapshotsDialog::selectedPaths() const
{
    QStringList paths;
    const QModelIndexList rows = m_ui->snapshotTree->selectionModel()->selectedRows(SavedColumn);
    for (const QModelIndex &row : rows)
        collectPaths(m_model->itemFromIndex(row), paths);
    // Newest first, whatever the order of selection.
    QStringList ordered;
    for (const SnapshotInfo &info : m_snapshots) {
        if (paths.contains(info.path))
            ordered.append(info.path);
    }
    return ordered;
}

void SnapshotsDialog::showSettings()
{
    const SnapshotSettings settings = SnapshotSettings::load(*m_settings);
    const QSignalBlocker blockCheck(m_ui->keepSnapshotsCheck);
    const QSignalBlocker blockCount(m_ui->snapshotsPerTenantSpin);
    const QSignalBlocker blockSize(m_ui->snapshotsMaxSizeSpin);
    m_ui->keepSnapshotsCheck->setChecked(settings.enabled);
    m_ui->snapshotsPerTenantSpin->setValue(settings.perTenant);
    m_ui->snapshotsMaxSizeSpin->setValue(settings.maxTotalMegabytes);
}

void SnapshotsDialog::saveSettings()
{
    SnapshotSettings settings;
    settings.enabled = m_ui->keepSnapshotsCheck->isChecked();
    settings.perTenant = m_ui->snapshotsPerTenantSpin->value();
    settings.maxTotalMegabytes = m_ui->snapshotsMaxSizeSpin->value();
    settings.save(*m_settings);
    emit settingsChanged();
}

void SnapshotsDialog::updateButtons()
{
    const qsizetype count = selectedPaths().size();
    m_ui->openSnapshotButton->setEnabled(count == 1);
    m_ui->exportSnapshotButton->setEnabled(count == 1);
    m_ui->deleteSnapshotButton->setEnabled(count > 0);
}

void SnapshotsDialog::updateTotal()
{
    m_ui->snapshotsTotalLabel->setText(tr("%1 in %n snapshot(s)", nullptr, int(m_snapshots.size()))
                                           .arg(QLocale().formattedDataSize(m_store.totalBytes())));
}

void SnapshotsDialog::openSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 1)
        return;
    emit openRequested(paths.front());
    accept();
}

QString SnapshotsDialog::suggestedExportName(const QString &path) const
{
    const auto found = std::find_if(m_snapshots.begin(), m_snapshots.end(),
                                    [&](const SnapshotInfo &info) { return info.path == path; });
    if (found == m_snapshots.end())
        return u"numbers.json"_s;
    const QString who = safeFileName(found->customerName.isEmpty() ? found->tenantId : found->customerName);
    return (who.isEmpty() ? u"numbers"_s : who) + u'-' +
           found->savedAt.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s) + u".json"_s;
}

void SnapshotsDialog::exportSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 1)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Export snapshot"), QDir(folder).filePath(suggestedExportName(paths.front())),
        tr("JSON files (*.json);;All files (*)"));
    if (target.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    WritebackSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else {
        error = SnapshotFile::extractJson(paths.front(), file);
        if (!error.isEmpty())
            file.cancelWriting();
        else if (!file.commit())
            error = file.errorString();
    }
    QGuiApplication::restoreOverrideCursor();
    if (error.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Export snapshot"),
                    tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(target), error),
                    QMessageBox::Ok, this);
    box.setObjectName(u"snapshotExportErrorBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void SnapshotsDialog::deleteSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Delete snapshots"),
                    tr("Delete %n snapshot(s)? This cannot be undone.", nullptr, int(paths.size())),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(u"deleteSnapshotsBox"_s);
    ask.setTextFormat(Qt::PlainText);
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const QString &path : paths) {
        if (const QString error = m_store.remove(path); !error.isEmpty())
            errors.append(error);
    }
    refresh();
    if (errors.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete snapshots"), errors.join(u'\n'), QMessageBox::Ok, this);
    box.setObjectName(u"deleteSnapshotsErrorBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
