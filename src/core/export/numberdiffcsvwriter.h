#pragma once

#include "core/numberchange.h"

#include <QCoreApplication>
#include <QString>
#include <span>

class QIODevice;

// Writes a NumberDiff as CSV: a header "change,telephoneNumber,field,old,new", then one row per change,
// with the quoting and Excel-safe rule of CsvWriter (CRLF line ends, UTF-8).
class NumberDiffCsvWriter final {
    Q_DECLARE_TR_FUNCTIONS(NumberDiffCsvWriter)

public:
    // Returns an empty string on success, else the device's error.
    static QString write(QIODevice &device, std::span<const NumberChange> changes, bool excelSafe,
                         bool byteOrderMark);
};
