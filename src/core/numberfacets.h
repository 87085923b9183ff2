#pragma once

#include <QStringList>

class NumberStore;

// The distinct values of the filterable fields among loaded numbers, sorted, for the filter bar's choices.
struct NumberFacets final {
    QStringList statuses;
    QStringList assignments; // "" stands for numbers without an assignment
    QStringList countries;
    QStringList sources;
    QStringList sbcs;
    QStringList capabilities; // acquired or available somewhere

    static NumberFacets of(const NumberStore &store);
};
