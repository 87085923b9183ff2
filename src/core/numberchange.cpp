#include "numberchange.h"

const char *NumberChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return "added";
    case Kind::Removed:
        return "removed";
    case Kind::Changed:
        return "changed";
    case Kind::Duplicate:
        return "duplicate";
    }
    return "";
}
