#include "numberparser.h"

#include "arrayelementreader.h"
#include "jsonarrayscanner.h"
#include "numberrecordreader.h"
#include "numberstore.h"
#include "responseshape.h"
#include "secondpartreader.h"
#include "textposition.h"
#include "utf8view.h"

#include <algorithm>
#include <exception>
#include <simdjson.h>
#include <thread>

namespace dom = simdjson::dom;
using namespace Qt::StringLiterals;

namespace {

using ResponseShape::findKeyCaseInsensitive;
using ResponseShape::looksLikePage;

std::optional<std::int64_t> integerField(dom::object object, std::string_view key, NumberRecordReader &reader,
                                         const QString &path)
{
    const auto value = findKeyCaseInsensitive(object, key);
    if (!value)
        return std::nullopt;
    std::int64_t integer;
    if (value->get(integer) == simdjson::SUCCESS)
        return integer;
    if (!value->is_null()) {
        reader.warn(path + u'.' + fromUtf8View(key),
                    NumberParser::tr("expected an integer but found %1; ignored")
                        .arg(NumberRecordReader::typeName(value->type())));
    }
    return std::nullopt;
}

// A v3 envelope: {currentPage, pageSize, totalPages, totalRecords, data: [...]}. Returns an error text.
QString readPage(dom::object page, const QString &path, NumberRecordReader &reader, ParseResult &result)
{
    const auto data = findKeyCaseInsensitive(page, "data");
    dom::array array;
    if (!data || data->get(array) != simdjson::SUCCESS) {
        return NumberParser::tr("%1: the page's \"data\" is %2, expected the array of numbers")
            .arg(path.isEmpty() ? u"."_s : path,
                 data ? NumberRecordReader::typeName(data->type()) : NumberParser::tr("missing"));
    }
    PageInfo info;
    info.currentPage = integerField(page, "currentPage", reader, path);
    info.pageSize = integerField(page, "pageSize", reader, path);
    info.totalPages = integerField(page, "totalPages", reader, path);
    info.totalRecords = integerField(page, "totalRecords", reader, path);
    result.pages.push_back(info);
    reader.readArray(array, path + u".data"_s);
    return {};
}

// Bodies an API sends instead of data: problem details (v3) or {"description": "..."} (older calls).
QString errorBodyMessage(dom::object object)
{
    std::string_view title, detail, ticket, description;
    const bool hasTitle = object["title"].get(title) == simdjson::SUCCESS;
    const bool hasDetail = object["detail"].get(detail) == simdjson::SUCCESS;
    const bool hasTicket = object["errorTicket"].get(ticket) == simdjson::SUCCESS;
    if (hasTitle || hasDetail || hasTicket) {
        QString text = NumberParser::tr("this is an error response from the server, not numbers");
        if (hasTitle)
            text += u": "_s + fromUtf8View(title);
        if (hasDetail)
            text += u" — "_s + fromUtf8View(detail);
        if (hasTicket)
            text += u" "_s + NumberParser::tr("(error ticket %1)").arg(fromUtf8View(ticket));
        return text;
    }
    if (object["description"].get(description) == simdjson::SUCCESS && object.size() == 1)
        return NumberParser::tr("this is an error response from the server, not numbers: %1")
            .arg(fromUtf8View(description));
    return {};
}

bool looksLikeNumber(dom::object object)
{
    return std::ranges::any_of(object,
                               [](const dom::key_value_pair kv) { return bool(fieldFromKey(kv.key)); });
}

QString locate(QByteArrayView json, simdjson::error_code code)
{
    if (code == simdjson::EMPTY)
        return NumberParser::tr("the input is empty; expected JSON: an array of numbers or a v3 page");
    // The whole input as one element at its start: the same words and the same line and column counting.
    return ArrayElementReader::elementError(code, json.data(), std::size_t(json.size()), 0, TextPosition(),
                                            json.data());
}

bool startsWith(QByteArrayView json, char expected)
{
    for (const char c : json) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == expected;
    }
    return false;
}

// A top-level array of numbers, the v2 response. One pass finds each element's extent; then each element is
// parsed on its own by a small, reused DOM parser (the two halves on two threads when there are many). The
// whole document's tape is never built: its size grows with the response and it lands in fresh memory,
// which made a million-number load cost far more than ten times a hundred-thousand one. A large text is
// scanned in two parts at once (SecondPartReader), so both threads start parsing without waiting for one
// pass over all of it.
// Returns nullopt, having added nothing, when the input is not such an array (a list of v3 pages): the
// caller then parses it as one document. json has at least simdjson's padding readable after it.
std::optional<ParseResult> parseNumberArray(QByteArrayView json, NumberStore &into)
{
    const auto size = static_cast<std::size_t>(json.size());
    std::unique_ptr<SecondPartReader> second = SecondPartReader::start(json.data(), size);
    const std::size_t firstPart = second ? second->boundary() : size;
    JsonArrayScanner scanner;
    std::vector<JsonArrayScanner::Element> elements;
    scanner.scan(json.data(), firstPart, elements);
    if (!second || !scanner.endsWithElement() || elements.empty()) {
        // No second part, or the guess was wrong: scan on from here alone.
        scanner.scan(json.data() + firstPart, size - firstPart, elements);
        second.reset();
        if (scanner.finish() == JsonArrayScanner::Status::NotAnArray)
            return std::nullopt;
    }
    const auto textOf = [&](const JsonArrayScanner::Element &element) { return json.data() + element.begin; };
    if (!elements.empty()) {
        NumberStore scratch;
        ParseResult ignored;
        ArrayElementReader probe(scratch, ignored);
        if (probe.isPage(textOf(elements.front()), elements.front().end - elements.front().begin))
            return std::nullopt;
    }

    const TextPosition start;
    const std::size_t rowsBefore = into.size();
    ParseResult result;
    result.shape = ParseResult::Shape::V2Array;
    const auto failed = [&](const JsonArrayScanner::Element &element, simdjson::error_code code) {
        into.truncate(rowsBefore);
        ParseResult failed;
        failed.error = ArrayElementReader::elementError(code, textOf(element), element.end - element.begin,
                                                        element.begin, start, json.data());
        return failed;
    };
    std::optional<ArrayElementReader::Failure> failure;
    if (second) {
        second->read(elements.size());
        // Room for both parts now (the second's count guessed from its length), so appending it later does
        // not move the first part's records.
        const double secondShare = double(size - firstPart) / double(firstPart);
        into.reserve(into.size() + elements.size() +
                     std::size_t(double(elements.size()) * secondShare * 1.1));
        failure = ArrayElementReader::readInOrder(json.data(), 0, elements, 0, into, result);
        second->wait();
        if (failure)
            return failed(elements[failure->position], failure->code);
        if (const auto &secondFailure = second->failure())
            return failed(second->elements()[secondFailure->position], secondFailure->code);
    } else if ((failure = ArrayElementReader::readElements(json.data(), 0, elements, 0, into, result))) {
        return failed(elements[failure->position], failure->code);
    }
    const JsonArrayScanner &last = second ? second->scanner() : scanner;
    if (last.status() == JsonArrayScanner::Status::Malformed) {
        into.truncate(rowsBefore);
        ParseResult malformed;
        malformed.error = ArrayElementReader::scannerError(last, start, json.data(), 0);
        return malformed;
    }
    if (second)
        ArrayElementReader::appendPart(into, result, second->store(), second->result());
    return result;
}

ParseResult parseDocument(QByteArrayView json, NumberStore &into, std::size_t readablePastEnd)
{
    ParseResult result;
    const std::size_t rowsBefore = into.size();
    const auto fail = [&](const QString &message) {
        into.truncate(rowsBefore);
        result.error = message;
        result.recordCount = 0;
        result.pages.clear();
        result.issues.clear();
        result.issueCount = 0;
        return result;
    };

    static_assert(NumberParser::Padding >= simdjson::SIMDJSON_PADDING);
    const auto size = static_cast<std::size_t>(json.size());
    simdjson::padded_string copy;
    if (readablePastEnd < simdjson::SIMDJSON_PADDING)
        copy = simdjson::padded_string(json.data(), size);
    const simdjson::padded_string_view padded =
        readablePastEnd < simdjson::SIMDJSON_PADDING
            ? simdjson::padded_string_view(copy)
            : simdjson::padded_string_view(json.data(), size, size + readablePastEnd);
    if (startsWith(json, '[')) {
        if (auto result = parseNumberArray(QByteArrayView(padded.data(), qsizetype(size)), into))
            return std::move(*result);
    }
    dom::parser parser;
    dom::element root;
    const auto code = parser.parse(padded).get(root);
    NumberRecordReader reader(into, result);

    if (code != simdjson::SUCCESS) {
        // Several v3 pages saved one after another ("{...}\n{...}") are not one JSON document.
        if (!startsWith(json, '{'))
            return fail(locate(json, code));
        dom::document_stream stream;
        if (parser.parse_many(padded.data(), padded.size(), padded.size() + 1).get(stream) !=
            simdjson::SUCCESS)
            return fail(locate(json, code));
        result.shape = ParseResult::Shape::PageStream;
        std::size_t index = 0;
        for (auto doc : stream) {
            dom::object page;
            if (doc.error() != simdjson::SUCCESS)
                return fail(locate(json, code));
            if (doc.get(page) != simdjson::SUCCESS || !looksLikePage(page))
                return fail(
                    NumberParser::tr("document %1 of the input is not a v3 page (an object with \"data\")")
                        .arg(index + 1));
            const QString error = readPage(page, u"<document %1>"_s.arg(index + 1), reader, result);
            if (!error.isEmpty())
                return fail(error);
            ++index;
        }
        if (stream.truncated_bytes() > 0)
            return fail(NumberParser::tr("the last %1 bytes of the input are an incomplete JSON document")
                            .arg(stream.truncated_bytes()));
        return result;
    }

    dom::array array;
    dom::object object;
    if (root.get(array) == simdjson::SUCCESS) {
        dom::object first;
        if (array.size() > 0 && array.at(0).get(first) == simdjson::SUCCESS && looksLikePage(first)) {
            result.shape = ParseResult::Shape::PageArray;
            std::size_t index = 0;
            for (dom::element element : array) {
                dom::object page;
                const QString path = u'[' + QString::number(index) + u']';
                if (element.get(page) != simdjson::SUCCESS || !looksLikePage(page))
                    return fail(NumberParser::tr("%1: expected a v3 page like the first element, found %2")
                                    .arg(path, NumberRecordReader::typeName(element.type())));
                const QString error = readPage(page, path, reader, result);
                if (!error.isEmpty())
                    return fail(error);
                ++index;
            }
            return result;
        }
        result.shape = ParseResult::Shape::V2Array;
        reader.readArray(array, QString());
        return result;
    }
    if (root.get(object) == simdjson::SUCCESS) {
        if (looksLikePage(object)) {
            result.shape = ParseResult::Shape::V3Page;
            const QString error = readPage(object, QString(), reader, result);
            if (!error.isEmpty())
                return fail(error);
            return result;
        }
        if (const QString serverError = errorBodyMessage(object); !serverError.isEmpty())
            return fail(serverError);
        if (!looksLikeNumber(object))
            return fail(NumberParser::tr(
                "the top-level object is neither a number (no known key such as \"telephoneNumber\") nor a "
                "v3 page (no \"data\" array)"));
        result.shape = ParseResult::Shape::SingleNumber;
        reader.readRecord(object, QString(), -1);
        return result;
    }
    return fail(
        NumberParser::tr(
            "the top-level value is %1; expected an array of numbers, a v3 page object or a number object")
            .arg(NumberRecordReader::typeName(root.type())));
}

} // namespace

ParseResult NumberParser::parse(QByteArrayView json, NumberStore &into, std::size_t readablePastEnd)
{
    const std::size_t rowsBefore = into.size();
    try {
        return parseDocument(json, into, readablePastEnd);
    } catch (const std::exception &e) {
        // Out of memory, or more text than the 32-bit string ids address.
        into.truncate(rowsBefore);
        ParseResult result;
        result.error = tr("the response (%1 bytes) is too large to load: %2")
                           .arg(json.size())
                           .arg(QString::fromLocal8Bit(e.what()));
        return result;
    }
}
