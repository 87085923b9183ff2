#pragma once

#include <QList>
#include <QStringList>

class NumberStore;

// The distinct values of the filterable fields among loaded numbers, sorted, for the filter bar's choices,
// and how many loaded numbers have each value: xxxCounts[i] is the count of xxx[i] (same length and order).
// Counts are empty in facets put together by hand.
struct NumberFacets final {
    QStringList statuses;
    QStringList assignments; // "" stands for numbers without an assignment
    QStringList countries;
    QStringList sources;
    QStringList sbcs;
    QStringList capabilities; // acquired or available somewhere

    QList<qsizetype> statusCounts;
    QList<qsizetype> assignmentCounts;
    QList<qsizetype> countryCounts;
    QList<qsizetype> sourceCounts;
    QList<qsizetype> sbcCounts;        // numbers with that SBC in their SBC list
    QList<qsizetype> capabilityCounts; // numbers that have it ACQUIRED (0 for one only ever available)

    static NumberFacets of(const NumberStore &store);
};
