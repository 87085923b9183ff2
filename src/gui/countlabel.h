#pragma once

#include <QLabel>

// "N of M numbers shown" in the status bar, marked when the numbers are not a tenant's full list. While a
// load runs it says only how many are shown so far: how many have arrived is the load status's to say.
class CountLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountLabel)

public:
    explicit CountLabel(QWidget *parent = nullptr);

    // nothingLoaded: no load has run or is running, and nothing else was shown.
    void showCounts(qsizetype visible, qsizetype total, bool incomplete, bool nothingLoaded);
    void showLoadingCount(qsizetype visible);
};
