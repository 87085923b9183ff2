#include "filterbar.h"

#include "core/numberenums.h"
#include "flowlayout.h"
#include "plaintooltips.h"
#include "stayopenmenu.h"
#include "ui_filterbar.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Filtering within a frame keeps up with any keystrokes, a held key's repeats included. Up to
// TypingFilterMs it keeps up with typing (a fast typist's keys come 80-100 ms apart, and a keystroke's result
// is meant to show within 60 ms) but not with a held key, whose repeats are then gathered. Slower, all
// keystrokes are gathered over a pause.
constexpr qint64 SmoothFilterMs = 16;
constexpr qint64 TypingFilterMs = 60;

QString comboValue(const QComboBox *combo)
{
    return combo->currentIndex() <= 0 ? QString() : combo->currentData().toString();
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    // Wraps on a narrow window; no choice changes the bar's width (the combos are as wide as a few
    // characters, the capability button counts its ticks), so none resizes the window.
    auto *flow = new FlowLayout(this);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addGroup({m_ui->searchLabel, m_ui->searchEdit}, true);
    m_ui->searchEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (QWidget *choice :
         QList<QWidget *>{m_ui->statusFilter, m_ui->assignmentFilter, m_ui->countryFilter, m_ui->sourceFilter,
                          m_ui->sbcFilter, m_ui->capabilitiesButton, m_ui->clearFiltersButton})
        flow->addWidget(choice);
    m_ui->capabilitiesButton->setMenu(new StayOpenMenu(m_ui->capabilitiesButton));
    m_typingPause.setSingleShot(true);
    connect(&m_typingPause, &QTimer::timeout, this, &FilterBar::emitFilter);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, &FilterBar::searchEdited);
    for (QComboBox *combo : {m_ui->statusFilter, m_ui->assignmentFilter, m_ui->countryFilter,
                             m_ui->sourceFilter, m_ui->sbcFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::choicesChanged);
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, &FilterBar::clear);
    m_ui->searchEdit->installEventFilter(this);
    m_searchToolTip = tr("A number or its first digits (+44 20 7946), digits found anywhere (7946 0123), a "
                         "block (+44 20 7946 0000..0999), or text in the calling profile, SBC, tenant or "
                         "customer. Down or Enter goes to the results; Escape clears.");
    m_ui->searchEdit->setToolTip(m_searchToolTip);
    m_ui->clearFiltersButton->setEnabled(false);
    setFacets({});
}

FilterBar::~FilterBar() = default;

QString FilterBar::withCount(const QString &text, const QList<qsizetype> &counts, qsizetype index)
{
    if (index >= counts.size())
        return text;
    return tr("%1 (%2)", "a filter choice and how many loaded numbers have it")
        .arg(text, QLocale().toString(qlonglong(counts.at(index))));
}

void FilterBar::fillCombo(QComboBox *combo, const QString &all, const QStringList &values,
                          const QList<qsizetype> &counts, const QString &keep)
{
    combo->clear();
    combo->addItem(all);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString &value = values.at(i);
        combo->addItem(withCount(value.isEmpty() ? tr("(none)") : value, counts, i), value);
    }
    if (!keep.isNull()) {
        int index = combo->findData(keep);
        if (index < 0) {
            combo->addItem(keep.isEmpty() ? tr("(none)") : keep, keep);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }
}

void FilterBar::fillCapabilities(const QStringList &names, const QList<qsizetype> &counts,
                                 const QStringList &checked)
{
    QMenu *menu = m_ui->capabilitiesButton->menu();
    menu->clear();
    QStringList all = names;
    for (const QString &name : checked) {
        if (!all.contains(name))
            all.append(name);
    }
    if (all.isEmpty())
        menu->addAction(tr("No capabilities in the loaded numbers"))->setEnabled(false);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &name = all.at(i);
        QAction *action = menu->addAction(withCount(name, counts, i));
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(checked.contains(name));
        connect(action, &QAction::toggled, this, &FilterBar::choicesChanged);
    }
    showCheckedCapabilities(checked);
}

void FilterBar::showCheckedCapabilities(const QStringList &checked)
{
    // A count, not the names: the button keeps its width whatever is ticked.
    m_ui->capabilitiesButton->setText(checked.isEmpty() ? tr("Capabilities")
                                                        : tr("Capabilities (%1)").arg(checked.size()));
    m_ui->capabilitiesButton->setToolTip(
        checked.isEmpty()
            ? tr("Show only numbers that have acquired every ticked capability")
            : PlainToolTips::escaped(tr("Numbers that have acquired: %1").arg(checked.join(u", "_s))));
}

QStringList FilterBar::checkedCapabilities() const
{
    QStringList checked;
    for (const QAction *action : m_ui->capabilitiesButton->menu()->actions()) {
        if (action->isChecked())
            checked.append(action->data().toString());
    }
    return checked;
}

void FilterBar::setFacets(const NumberFacets &facets)
{
    m_facets = facets;
    m_updating = true;
    const auto keep = [](const QStringList &current) {
        return current.isEmpty() ? QString() : current.first();
    };
    QStringList statuses;
    for (const NumberStatus s : m_filter.statuses)
        statuses.append(QString::fromUtf8(statusName(s)));
    fillCombo(m_ui->statusFilter, tr("Any status"), facets.statuses, facets.statusCounts, keep(statuses));
    fillCombo(m_ui->assignmentFilter, tr("Any assignment"), facets.assignments, facets.assignmentCounts,
              keep(m_filter.assignments));
    fillCombo(m_ui->countryFilter, tr("Any country"), facets.countries, facets.countryCounts,
              keep(m_filter.countries));
    fillCombo(m_ui->sourceFilter, tr("Any source"), facets.sources, facets.sourceCounts,
              keep(m_filter.sources));
    fillCombo(m_ui->sbcFilter, tr("Any SBC"), facets.sbcs, facets.sbcCounts, keep(m_filter.sbcs));
    fillCapabilities(facets.capabilities, facets.capabilityCounts, m_filter.requiredCapabilities);
    m_updating = false;
}

void FilterBar::setFilter(const NumberFilter &filter)
{
    m_filter = filter;
    m_ui->searchEdit->setText(filter.text);
    setFacets(m_facets); // the chosen values are added where the numbers do not offer them
    emitFilter();
}

void FilterBar::clear()
{
    setFilter({});
}

void FilterBar::setStatusVisible(bool visible)
{
    m_ui->statusFilter->setVisible(visible);
}

void FilterBar::setStatusFilter(std::optional<NumberStatus> status)
{
    NumberFilter filter = m_filter;
    filter.statuses.clear();
    if (status)
        filter.statuses.append(*status);
    if (filter != m_filter)
        setFilter(filter);
}

void FilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_ui->searchEdit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    m_keyRepeating = key->isAutoRepeat();
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_typingPause.isActive())
            emitFilter(); // the results of what was typed, not of the keystrokes before
        emit resultsRequested();
        return true;
    case Qt::Key_Escape:
        if (m_ui->searchEdit->text().isEmpty())
            return false;
        m_ui->searchEdit->clear();
        emitFilter();
        return true;
    default:
        return false;
    }
}

void FilterBar::searchEdited()
{
    const bool repeated = std::exchange(m_keyRepeating, false);
    if (m_lastFilterMs <= SmoothFilterMs || (m_lastFilterMs <= TypingFilterMs && !repeated)) {
        emitFilter();
        return;
    }
    m_typingPause.start(int(std::min<qint64>(300, m_lastFilterMs * 2)));
}

void FilterBar::choicesChanged()
{
    if (!m_updating)
        emitFilter();
}

void FilterBar::emitFilter()
{
    m_typingPause.stop();
    NumberFilter filter;
    filter.text = m_ui->searchEdit->text();
    const auto single = [](const QComboBox *combo) {
        return combo->currentIndex() <= 0 ? QStringList() : QStringList{comboValue(combo)};
    };
    if (m_ui->statusFilter->currentIndex() > 0)
        filter.statuses.append(statusFromText(comboValue(m_ui->statusFilter).toStdString()));
    filter.assignments = single(m_ui->assignmentFilter);
    filter.countries = single(m_ui->countryFilter);
    filter.sources = single(m_ui->sourceFilter);
    filter.sbcs = single(m_ui->sbcFilter);
    filter.requiredCapabilities = checkedCapabilities();
    showCheckedCapabilities(filter.requiredCapabilities);
    m_filter = filter;
    m_ui->clearFiltersButton->setEnabled(!m_filter.isEmpty());
    // A range that cannot be (its end below its start…) matches nothing; the field says why.
    const QString problem = m_filter.textProblem();
    m_ui->searchEdit->setToolTip(problem.isEmpty() ? m_searchToolTip : PlainToolTips::escaped(problem));
    emit filterChanged(m_filter);
}
