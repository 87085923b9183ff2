#pragma once

#include "core/numberchange.h"

#include <QCoreApplication>
#include <QString>
#include <span>

class QIODevice;

// Writes a NumberDiff as an .xlsx workbook: the columns of NumberDiffCsvWriter
// (change,telephoneNumber,field,old,new) as string cells, header bold and frozen with an autofilter.
class NumberDiffXlsxWriter final {
    Q_DECLARE_TR_FUNCTIONS(NumberDiffXlsxWriter)

public:
    // Returns an empty string on success, else what went wrong.
    static QString write(QIODevice &device, std::span<const NumberChange> changes,
                         const QString &tempFolder = {});
};
