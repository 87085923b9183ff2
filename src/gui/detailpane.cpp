#include "detailpane.h"

#include "core/capabilityvocabulary.h"
#include "core/numbercolumn.h"
#include "core/numberstore.h"
#include "core/utf8view.h"
#include "plaintooltips.h"
#include "ui_detailpane.h"

#include <bit>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace {

const QString Dash = u"—"_s;

// The value of key in a record's extras (`"key":value` pairs, minified), or an empty view.
std::string_view verbatimValue(std::string_view extras, std::string_view key)
{
    std::size_t pos = 0;
    while (pos < extras.size() && extras[pos] == '"') {
        std::size_t keyEnd = pos + 1;
        while (keyEnd < extras.size() && extras[keyEnd] != '"')
            keyEnd += extras[keyEnd] == '\\' ? 2 : 1;
        const std::string_view pairKey = extras.substr(pos + 1, keyEnd - pos - 1);
        const std::size_t valueStart = keyEnd + 2; // past the quote and the colon
        std::size_t end = valueStart;
        int depth = 0;
        bool inString = false;
        for (; end < extras.size(); ++end) {
            const char c = extras[end];
            if (inString) {
                if (c == '\\')
                    ++end;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (valueStart > extras.size())
            return {};
        if (pairKey == key)
            return extras.substr(valueStart, end - valueStart);
        pos = end + 1;
    }
    return {};
}

// Indents minified JSON, keeping its key order (QJsonDocument would sort the keys).
void appendIndentedJson(std::string &out, std::string_view json)
{
    int depth = 0;
    const auto newline = [&] {
        out.push_back('\n');
        out.append(static_cast<std::size_t>(std::max(depth, 0)) * 2, ' ');
    };
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        switch (c) {
        case '"': {
            std::size_t end = i + 1;
            while (end < json.size() && json[end] != '"')
                end += json[end] == '\\' ? 2 : 1;
            end = std::min(end, json.size() - 1);
            out.append(json.substr(i, end - i + 1));
            i = end;
            break;
        }
        case '{':
        case '[':
            out.push_back(c);
            if (i + 1 < json.size() && (json[i + 1] == '}' || json[i + 1] == ']')) {
                out.push_back(json[++i]);
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out.push_back(c);
            break;
        case ',':
            out.push_back(c);
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out.push_back(c);
            break;
        }
    }
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DetailPane>())
{
    m_ui->setupUi(this);
    m_stateTexts = {tr("Acquired", "capability state"),
                    tr("Available", "capability state: available, not acquired"), tr("Not available")};
    m_absentToolTip = tr("Not in the record");
    m_nullToolTip = tr("null in the record");

    m_fields = {
        {m_ui->numberValue, NumberField::TelephoneNumber, NumberColumn::TelephoneNumber},
        {m_ui->countryValue, NumberField::IsoCountryCode, NumberColumn::Country},
        {m_ui->statusValue, NumberField::AcquiredNumberStatus, NumberColumn::Status},
        {m_ui->assignmentValue, NumberField::AssignmentStatus, NumberColumn::Assignment},
        {m_ui->sourceValue, NumberField::Source, NumberColumn::Source},
        {m_ui->tenantValue, NumberField::TenantId, NumberColumn::TenantId},
        {m_ui->callingProfileValue, NumberField::CallingProfileId, NumberColumn::CallingProfileId},
        {m_ui->locationValue, NumberField::LocationId, NumberColumn::LocationId},
        {m_ui->civicAddressValue, NumberField::CivicAddressId, NumberColumn::EmergencyAddress},
        {m_ui->acquiredOnValue, NumberField::AcquiredOn, NumberColumn::AcquiredOn},
        {m_ui->whenCreatedValue, NumberField::WhenCreated, NumberColumn::WhenCreated},
        {m_ui->consentedOnValue, NumberField::ConsentedOn, NumberColumn::ConsentedOn},
        {m_ui->assignmentCheckedOnValue, NumberField::Aslcht, NumberColumn::AssignmentCheckedOn},
        {m_ui->assignmentSyncedOnValue, NumberField::Aslsct, NumberColumn::AssignmentSyncedOn},
        {m_ui->assignmentTicksValue, NumberField::Asticks, NumberColumn::AssignmentTicks},
        {m_ui->verificationCodeValue, NumberField::AslvCode, NumberColumn::AssignmentVerificationCode},
        {m_ui->idValue, NumberField::Id, NumberColumn::Id},
        {m_ui->uploadEntryIdValue, NumberField::UploadTelephoneNumberEntryId, NumberColumn::UploadEntryId},
        {m_ui->uploadJobIdValue, NumberField::UploadToAccountJobId, NumberColumn::UploadJobId},
        {m_ui->msJobIdValue, NumberField::TnUploadJobId, NumberColumn::MsJobId},
        {m_ui->customerGuidValue, NumberField::UmpCustomerGuid, NumberColumn::CustomerGuid},
        {m_ui->customerNameValue, NumberField::UmpCustomerFullName, NumberColumn::ServiceFullName},
        {m_ui->companyNameValue, NumberField::MsCompanyName, NumberColumn::CompanyName},
        {m_ui->sipConnectionValue, NumberField::OcSipConnectionName, NumberColumn::OcSipConnection},
        {m_ui->sipConnectionDescriptionValue, NumberField::OcSipConnectionDescription,
         NumberColumn::OcSipConnectionDescription},
        {m_ui->tenantCallingProfileValue, NumberField::TenantCallingProfileId,
         NumberColumn::TenantCallingProfileId},
        {m_ui->channelIdValue, NumberField::OvocChannelId, NumberColumn::ChannelId},
    };

    QFont heading = m_ui->numberValue->font();
    heading.setBold(true);
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.4);
    m_ui->numberValue->setFont(heading);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->noSbcsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->rawJsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // Fixed sizes, set from the font: sizing to contents would measure every cell on every change.
    for (QTableWidget *table : {m_ui->capabilityTable, m_ui->sbcTable}) {
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        PlainToolTips::install(table); // SBC names come from the server
    }
    m_ui->rawJsonEdit->setUndoRedoEnabled(false);

    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, &DetailPane::copyJson);
    fitToFont();
    clear();
}

DetailPane::~DetailPane() = default;

void DetailPane::showNumber(const NumberStore &store, std::size_t row)
{
    if (row >= store.size()) {
        clear();
        return;
    }
    const NumberRecord &record = store.record(row);
    for (const FieldLabel &field : m_fields)
        showField(store, row, field);
    const QLocale::Territory territory = QLocale::codeToTerritory(m_ui->countryValue->text());
    if (territory != QLocale::AnyTerritory)
        m_ui->countryValue->setToolTip(QLocale::territoryToString(territory));
    showCapabilities(store, record);
    showSbcs(store, record);
    showJson(store, row);
    m_ui->copyJsonButton->setEnabled(true);
    m_ui->stack->setCurrentWidget(m_ui->detailsPage);
    // Each number is read from its top (its number and status), not from where the last one was left.
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
}

void DetailPane::clear()
{
    m_json.clear();
    m_ui->rawJsonEdit->clear();
    m_ui->copyJsonButton->setEnabled(false);
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitToFont();
}

void DetailPane::showField(const NumberStore &store, std::size_t row, const FieldLabel &field)
{
    QLabel *label = field.label;
    const NumberRecord &record = store.record(row);
    if (!record.has(field.field)) {
        label->setText(Dash);
        label->setToolTip(m_absentToolTip);
        return;
    }
    bool isNull = false;
    const Timestamp *timestamp = nullptr;
    switch (NumberColumns::kind(field.column)) {
    case ColumnKind::PooledText:
        isNull = record.*NumberColumns::pooledMember(field.column) == NumberRecord::NoText;
        break;
    case ColumnKind::Integer:
        isNull = (record.*NumberColumns::idMember(field.column)).isNull();
        break;
    case ColumnKind::DateTime:
        timestamp = &(record.*NumberColumns::timestampMember(field.column));
        isNull = timestamp->isNull();
        break;
    case ColumnKind::PhoneNumber:
        isNull = record.telephoneNumber == NumberRecord::NoText;
        break;
    case ColumnKind::Status:
        isNull = record.status == NumberStatus::None;
        break;
    case ColumnKind::Capabilities:
    case ColumnKind::SbcList:
        break;
    }
    if (isNull && (record.verbatim & fieldBit(field.field))) {
        // A value of a type the parser does not read (a country sent as a number): show it as it came.
        label->setText(fromUtf8View(verbatimValue(store.unique(record.extras), fieldKey(field.field))));
        label->setToolTip(tr("Shown as sent: not the type this field should have"));
        return;
    }
    if (isNull) {
        label->setText(Dash);
        label->setToolTip(m_nullToolTip);
        return;
    }
    m_buffer.clear();
    NumberColumns::appendText(store, row, field.column, m_buffer, ", ");
    const QString text = fromUtf8View(m_buffer);
    if (timestamp && timestamp->isValid()) {
        // Local time for reading; the tooltip keeps the value exactly as the server sent it.
        label->setText(QLocale().toString(timestamp->toDateTime().toLocalTime(), QLocale::LongFormat));
        label->setToolTip(PlainToolTips::escaped(text));
        return;
    }
    label->setText(text);
    if (timestamp) // not a date the parser could read: shown as sent
        label->setToolTip(PlainToolTips::escaped(text));
    else if (field.column == NumberColumn::Status)
        label->setToolTip(
            PlainToolTips::escaped(tr("Sent as %1").arg(fromUtf8View(store.pooled(record.statusText)))));
    else if (text.isEmpty())
        label->setToolTip(tr("Empty text in the record"));
    else
        label->setToolTip({});
}

void DetailPane::showCapabilities(const NumberStore &store, const NumberRecord &record)
{
    // The documented capabilities always, in a fixed order so that rows stay put while the current number
    // changes; any other capability only when this number has it.
    const CapabilityVocabulary &vocabulary = store.capabilities();
    const int documented = CapabilityVocabulary::documentedCount();
    const CapabilitySet shown = record.acquiredCapabilities | record.availableCapabilities;
    const int rows = documented + std::popcount(shown >> documented);
    QTableWidget *table = m_ui->capabilityTable;
    if (table->rowCount() != rows) {
        const int oldRows = table->rowCount();
        table->setRowCount(rows);
        for (int r = oldRows; r < rows; ++r) {
            table->setItem(r, 0, new QTableWidgetItem);
            table->setItem(r, 1, new QTableWidgetItem);
        }
        fitHeights();
    }
    QFont bold = table->font();
    bold.setBold(true);
    const QFont normal = table->font();
    int r = 0;
    for (int bit = 0; bit < vocabulary.size() && r < rows; ++bit) {
        const CapabilitySet mask = CapabilitySet{1} << bit;
        if (bit >= documented && !(shown & mask))
            continue;
        const CapabilityState state = (record.acquiredCapabilities & mask)    ? CapabilityState::Acquired
                                      : (record.availableCapabilities & mask) ? CapabilityState::Available
                                                                              : CapabilityState::NotAvailable;
        QTableWidgetItem *name = table->item(r, 0);
        const std::string_view capability = vocabulary.name(bit);
        if (!QAnyStringView::equal(name->text(), QUtf8StringView(capability))) {
            name->setText(fromUtf8View(capability));
            name->setToolTip(name->text());
        }
        QTableWidgetItem *stateItem = table->item(r, 1);
        // Every change of an item repaints its cell: change only what differs from the previous number.
        const QVariant shownState = stateItem->data(Qt::UserRole);
        if (shownState.isValid() && shownState.toInt() == static_cast<int>(state)) {
            ++r;
            continue;
        }
        stateItem->setText(m_stateTexts[static_cast<std::size_t>(state)]);
        stateItem->setToolTip(
            state == CapabilityState::Available ? tr("Available to this number, not acquired") : QString());
        stateItem->setData(Qt::UserRole, static_cast<int>(state));
        // Not available is drawn disabled: the palette's own dimmed text, right in light and dark themes.
        const Qt::ItemFlags flags = state == CapabilityState::NotAvailable
                                        ? Qt::ItemFlags{}
                                        : Qt::ItemFlags{Qt::ItemIsEnabled | Qt::ItemIsSelectable};
        const QFont &font = state == CapabilityState::Acquired ? bold : normal;
        for (QTableWidgetItem *item : {name, stateItem}) {
            item->setFlags(flags);
            item->setFont(font);
        }
        ++r;
    }
}

void DetailPane::showSbcs(const NumberStore &store, const NumberRecord &record)
{
    const std::vector<Sbc> &sbcs = store.sbcList(record.sbcList);
    QTableWidget *table = m_ui->sbcTable;
    const int rows = static_cast<int>(sbcs.size());
    table->setVisible(rows > 0);
    m_ui->noSbcsLabel->setVisible(rows == 0);
    if (table->rowCount() != rows) {
        const int oldRows = table->rowCount();
        table->setRowCount(rows);
        for (int r = oldRows; r < rows; ++r) {
            table->setItem(r, 0, new QTableWidgetItem);
            table->setItem(r, 1, new QTableWidgetItem);
            auto *id = new QTableWidgetItem;
            id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, 2, id);
        }
        fitHeights();
    }
    for (int r = 0; r < rows; ++r) {
        const Sbc &sbc = sbcs[static_cast<std::size_t>(r)];
        const std::string_view name = store.pooled(sbc.name);
        const SbcAddress address = SbcAddress::split(name);
        QTableWidgetItem *fqdn = table->item(r, 0);
        fqdn->setText(fromUtf8View(address.fqdn));
        fqdn->setToolTip(fromUtf8View(name));
        QTableWidgetItem *ip = table->item(r, 1);
        ip->setText(fromUtf8View(address.ip));
        ip->setToolTip(ip->text());
        m_buffer.clear();
        store.appendFlexibleId(m_buffer, sbc.id);
        table->item(r, 2)->setText(sbc.id.isNull() ? Dash : fromUtf8View(m_buffer));
    }
}

void DetailPane::showJson(const NumberStore &store, std::size_t row)
{
    m_buffer.clear();
    appendIndentedJson(m_buffer, store.rawJson(row));
    m_json = fromUtf8View(m_buffer);
    // Straight into the document: QPlainTextEdit::setPlainText also resets the cursor and view, twice the
    // work.
    m_ui->rawJsonEdit->document()->setPlainText(m_json);
    const qsizetype lines = m_json.count(u'\n') + 1;
    if (lines != m_jsonLines) {
        m_jsonLines = lines;
        fitHeights();
    }
}

void DetailPane::copyJson()
{
    if (!m_json.isEmpty())
        QGuiApplication::clipboard()->setText(m_json);
}

// Sizes that follow from the font: set once and again when the font or style changes, never per number.
void DetailPane::fitToFont()
{
    const auto columnWidth = [this](const QTableWidget *table, const QFont &font,
                                    std::initializer_list<QString> samples) {
        const QFontMetrics metrics(font);
        int width = 0;
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        return width + 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 6;
    };
    QTableWidget *capabilities = m_ui->capabilityTable;
    QFont bold = capabilities->font();
    bold.setBold(true);
    const int stateWidth = columnWidth(
        capabilities, bold,
        {m_stateTexts[0], m_stateTexts[1], m_stateTexts[2], capabilities->horizontalHeaderItem(1)->text()});
    capabilities->horizontalHeader()->resizeSection(1, stateWidth);
    // The documented names whole (the pane scrolls sideways when narrower); a longer name first seen in the
    // data is elided, with its tooltip.
    const CapabilityVocabulary documented;
    int nameWidth = 0;
    for (int bit = 0; bit < CapabilityVocabulary::documentedCount(); ++bit)
        nameWidth =
            std::max(nameWidth, columnWidth(capabilities, bold, {fromUtf8View(documented.name(bit))}));
    capabilities->setMinimumWidth(2 * capabilities->frameWidth() + nameWidth + stateWidth);
    QTableWidget *sbcs = m_ui->sbcTable;
    sbcs->horizontalHeader()->resizeSection(
        1, columnWidth(sbcs, sbcs->font(), {u"000.000.000.000"_s, sbcs->horizontalHeaderItem(1)->text()}));
    sbcs->horizontalHeader()->resizeSection(
        2, columnWidth(sbcs, sbcs->font(), {u"0000"_s, sbcs->horizontalHeaderItem(2)->text()}));
    for (QTableWidget *table : {capabilities, sbcs})
        table->verticalHeader()->setDefaultSectionSize(QFontMetrics(bold).height() + 6);

    // A GUID has no place to wrap: its label asks for the whole width, so the form puts it under its caption
    // when the pane is too narrow for both side by side.
    const int guidWidth =
        m_ui->tenantValue->fontMetrics().horizontalAdvance(u"00000000-0000-0000-0000-000000000000"_s) + 2;
    for (QLabel *label :
         {m_ui->tenantValue, m_ui->callingProfileValue, m_ui->locationValue, m_ui->civicAddressValue,
          m_ui->msJobIdValue, m_ui->customerGuidValue, m_ui->tenantCallingProfileValue})
        label->setMinimumWidth(guidWidth);
    for (const FieldLabel &field : m_fields)
        field.label->setMinimumHeight(field.label->fontMetrics().height());
    fitHeights();
}

// The tables and the JSON are as tall as their content: the pane's one scroll bar scrolls everything.
void DetailPane::fitHeights()
{
    for (QTableWidget *table : {m_ui->capabilityTable, m_ui->sbcTable}) {
        table->setFixedHeight(2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height() +
                              table->rowCount() * table->verticalHeader()->defaultSectionSize());
    }
    QPlainTextEdit *json = m_ui->rawJsonEdit;
    const int lines = static_cast<int>(std::max<qsizetype>(m_jsonLines, 1));
    json->setFixedHeight(2 * json->frameWidth() + 2 * static_cast<int>(json->document()->documentMargin()) +
                         lines * QFontMetrics(json->font()).lineSpacing() +
                         json->horizontalScrollBar()->sizeHint().height());
}
