#include "formulaguard.h"

namespace {

bool isPlainE164(std::string_view cell)
{
    if (cell.size() < 2 || cell[0] != '+')
        return false;
    for (std::size_t i = 1; i < cell.size(); ++i) {
        if (cell[i] < '0' || cell[i] > '9')
            return false;
    }
    return true;
}

bool startsLikeFormula(std::string_view cell)
{
    if (cell.empty())
        return false;
    const char c = cell[0];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

} // namespace

bool needsFormulaGuard(std::string_view cell)
{
    return startsLikeFormula(cell) && !isPlainE164(cell);
}
