#include "warningsbutton.h"

#include "core/models/numberstablemodel.h"
#include "parsewarningsdialog.h"

#include <algorithm>
#include <climits>

WarningsButton::WarningsButton(const NumbersTableModel *model, QWidget *parent)
    : QToolButton(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("warningsButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Some records of the list were odd: show what the parser noticed"));
    connect(this, &QToolButton::clicked, this, &WarningsButton::showWarnings);
    hide();
}

void WarningsButton::reset()
{
    m_issues.clear();
    m_count = 0;
    hide();
}

void WarningsButton::add(const std::vector<ParseIssue> &issues, std::size_t count)
{
    for (const ParseIssue &issue : issues) {
        if (m_issues.size() >= ParseResult::MaxKeptIssues)
            break;
        m_issues.push_back(issue);
    }
    m_count += count;
    setText(tr("%n warning(s)", nullptr, int(std::min<std::size_t>(m_count, INT_MAX))));
    setVisible(m_count > 0);
}

void WarningsButton::showWarnings()
{
    auto *dialog = new ParseWarningsDialog(m_issues, m_count, m_model->store(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
