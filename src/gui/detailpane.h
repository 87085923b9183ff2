#pragma once

// The enums' headers rather than opaque declarations ("enum class X : T;"): lupdate reads those as the
// start of a class and then no longer knows DetailPane, the context of its messages.
#include "core/numbercolumn.h"
#include "core/numberfield.h"

#include <array>
#include <memory>
#include <QWidget>
#include <string>
#include <vector>

class NumberStore;
class QLabel;
class QTableWidget;
struct NumberRecord;
namespace Ui {
class DetailPane;
}

// Everything about the current number, beside the table: its fields (timestamps in local time), which
// capabilities it has, its SBCs and the record's JSON. It follows the current row, so showing a number
// stays cheap: widgets and table rows are reused, and only the one record is read.
class DetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    // Shows one record of store (the store must outlive the call; the pane copies what it shows).
    void showNumber(const NumberStore &store, std::size_t row);
    void clear(); // "No number selected" state

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the capabilityTable's state column holds as Qt::UserRole: 0, 1 or 2.
    enum class CapabilityState { Acquired, Available, NotAvailable };

    // A label that shows one field of the record the way the table's column shows it.
    struct FieldLabel {
        QLabel *label;
        NumberField field;
        NumberColumn column;
    };

    void showField(const NumberStore &store, std::size_t row, const FieldLabel &field);
    void showCapabilities(const NumberStore &store, const NumberRecord &record);
    void showSbcs(const NumberStore &store, const NumberRecord &record);
    void showJson(const NumberStore &store, std::size_t row);
    void copyJson();
    void fitToFont();
    void fitHeights();

    std::unique_ptr<Ui::DetailPane> m_ui;
    std::vector<FieldLabel> m_fields;
    std::array<QString, 3> m_stateTexts;
    QString m_absentToolTip;
    QString m_nullToolTip;
    QString m_json;
    std::string m_buffer; // reused for every field's text
    qsizetype m_jsonLines = -1;
};
