#pragma once

#include "core/parseresult.h"

#include <QDialog>
#include <vector>

class NumberStore;
class QTableWidget;

// What the parser noticed in the loaded numbers without rejecting them: one row per warning with the
// record's index in the list, its number when the record has one, the field and what was wrong. Copy
// gives the rows as tab-separated text (formula-guarded, like every copy of server text).
class ParseWarningsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParseWarningsDialog)

public:
    // store: the loaded numbers, in the order of the list (read only here, not kept).
    ParseWarningsDialog(const std::vector<ParseIssue> &issues, std::size_t count, const NumberStore &store,
                        QWidget *parent = nullptr);

    void copyRows() const;

private:
    QTableWidget *m_table;
};
