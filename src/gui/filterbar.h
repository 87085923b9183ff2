#pragma once

#include "core/numberenums.h"
#include "core/numberfacets.h"
#include "core/numberfilter.h"

#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class FilterBar;
}
class QComboBox;

// Quick search plus one choice per field (status, assignment, country, source, SBC) and a capability
// menu whose ticks must all hold. Emits the combined filter; typing is applied at once while filtering
// stays fast and gathered over a short pause when the table is so large that it would not.
class FilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The choices offered: the values of the loaded numbers. Current choices are kept where still offered.
    void setFacets(const NumberFacets &facets);
    NumberFilter filter() const { return m_filter; }
    // Shows a filter (a saved view, the routing dialog's "only this SBC"); values not offered are added.
    void setFilter(const NumberFilter &filter);
    void clear();
    void focusSearch();
    // v3 connections choose the status in the connection bar (it can ask the server for one status): the
    // bar's own status choice is hidden there and set from it.
    void setStatusVisible(bool visible);
    void setStatusFilter(std::optional<NumberStatus> status);
    // How long the last filter took to apply; decides whether typing waits for a pause.
    void setLastFilterTime(qint64 milliseconds) { m_lastFilterMs = milliseconds; }

signals:
    void filterChanged(const NumberFilter &filter);
    // Down or Enter in the search field: go to the results.
    void resultsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchEdited();
    void choicesChanged();
    void emitFilter();
    static QString withCount(const QString &text, const QList<qsizetype> &counts, qsizetype index);
    void fillCombo(QComboBox *combo, const QString &all, const QStringList &values,
                   const QList<qsizetype> &counts, const QString &keep);
    void fillCapabilities(const QStringList &names, const QList<qsizetype> &counts,
                          const QStringList &checked);
    QStringList checkedCapabilities() const;
    void showCheckedCapabilities(const QStringList &checked);

    std::unique_ptr<Ui::FilterBar> m_ui;
    NumberFilter m_filter;
    NumberFacets m_facets; // what the loaded numbers offer
    QString m_searchToolTip;
    QTimer m_typingPause;
    qint64 m_lastFilterMs = 0;
    bool m_keyRepeating = false; // the edit comes from a held key
    bool m_updating = false;
};
