#pragma once

#include "core/parseresult.h"

#include <QToolButton>
#include <vector>

class NumbersTableModel;

// "N warnings" in the status bar: what the parser noticed in the numbers shown without rejecting them.
// Hidden when there are none; a click lists them. The window resets it for each new load.
class WarningsButton final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningsButton)

public:
    // model: the numbers the warnings are about (for each record's number).
    explicit WarningsButton(const NumbersTableModel *model, QWidget *parent = nullptr);

    void reset();
    void add(const std::vector<ParseIssue> &issues, std::size_t count);
    std::size_t count() const { return m_count; }
    // Opens the list (parseWarningsDialog).
    void showWarnings();

private:
    const NumbersTableModel *m_model;
    std::vector<ParseIssue> m_issues; // the first ParseResult::MaxKeptIssues
    std::size_t m_count = 0;
};
