#include "arrayelementreader.h"

#include "numberparser.h"
#include "numberstore.h"
#include "responseshape.h"
#include "textposition.h"

#include <climits>
#include <QJsonDocument>
#include <QJsonParseError>
#include <thread>

namespace dom = simdjson::dom;

namespace {

// Below this many numbers one thread is faster than two plus the merge (which takes the second store's
// strings over in bulk).
constexpr std::size_t ParallelThreshold = 2000;

QString at(const QString &what, std::uint64_t line, std::uint64_t column, std::uint64_t byte,
           const QString &detail)
{
    return NumberParser::tr("%1 at line %2, column %3 (byte %4): %5")
        .arg(what)
        .arg(line)
        .arg(column)
        .arg(byte)
        .arg(detail);
}

} // namespace

ArrayElementReader::ArrayElementReader(NumberStore &store, ParseResult &result)
    : m_reader(store, result)
{}

simdjson::error_code ArrayElementReader::read(const char *text, std::size_t size, std::size_t index)
{
    dom::element element;
    const simdjson::padded_string_view view(text, size, size + simdjson::SIMDJSON_PADDING);
    if (const auto code = m_parser.parse(view).get(element); code != simdjson::SUCCESS)
        return code;
    m_reader.readElement(element, m_prefix, index);
    return simdjson::SUCCESS;
}

std::optional<ArrayElementReader::Failure>
ArrayElementReader::readInOrder(const char *base, std::uint64_t baseOffset,
                                std::span<const JsonArrayScanner::Element> elements, std::size_t firstIndex,
                                NumberStore &store, ParseResult &result)
{
    store.reserve(store.size() + elements.size());
    ArrayElementReader reader(store, result);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const auto &element = elements[i];
        const auto code =
            reader.read(base + (element.begin - baseOffset), element.end - element.begin, firstIndex + i);
        if (code != simdjson::SUCCESS)
            return Failure{i, code};
    }
    return std::nullopt;
}

void ArrayElementReader::appendPart(NumberStore &store, ParseResult &result, const NumberStore &part,
                                    ParseResult &partResult)
{
    store.append(part);
    result.recordCount += partResult.recordCount;
    result.issueCount += partResult.issueCount;
    for (ParseIssue &issue : partResult.issues) {
        if (result.issues.size() >= ParseResult::MaxKeptIssues)
            break;
        result.issues.push_back(std::move(issue));
    }
}

std::optional<ArrayElementReader::Failure>
ArrayElementReader::readElements(const char *base, std::uint64_t baseOffset,
                                 std::span<const JsonArrayScanner::Element> elements, std::size_t firstIndex,
                                 NumberStore &store, ParseResult &result)
{
    const std::size_t rowsBefore = store.size();
    const std::size_t recordsBefore = result.recordCount;
    const std::size_t issuesBefore = result.issueCount;
    const std::size_t keptBefore = result.issues.size();
    const auto undo = [&] {
        store.truncate(rowsBefore);
        result.recordCount = recordsBefore;
        result.issueCount = issuesBefore;
        result.issues.resize(keptBefore);
    };
    if (elements.size() < ParallelThreshold || std::thread::hardware_concurrency() < 2) {
        auto failure = readInOrder(base, baseOffset, elements, firstIndex, store, result);
        if (failure)
            undo();
        return failure;
    }

    // The second core reads the second half into a store of its own, which is then appended.
    const std::size_t half = elements.size() / 2;
    store.reserve(store.size() + elements.size());
    NumberStore secondStore;
    ParseResult second;
    std::optional<Failure> secondFailure;
    std::exception_ptr thrown;
    std::thread worker([&] {
        try {
            secondFailure =
                readInOrder(base, baseOffset, elements.subspan(half), firstIndex + half, secondStore, second);
            if (secondFailure)
                secondFailure->position += half;
        } catch (...) {
            thrown = std::current_exception();
        }
    });
    std::optional<Failure> failure;
    try {
        failure = readInOrder(base, baseOffset, elements.first(half), firstIndex, store, result);
    } catch (...) {
        worker.join();
        throw;
    }
    worker.join();
    if (thrown)
        std::rethrow_exception(thrown);
    if (!failure)
        failure = secondFailure;
    if (failure) {
        undo();
        return failure;
    }
    appendPart(store, result, secondStore, second);
    return std::nullopt;
}

bool ArrayElementReader::isPage(const char *text, std::size_t size)
{
    dom::element element;
    dom::object object;
    const simdjson::padded_string_view view(text, size, size + simdjson::SIMDJSON_PADDING);
    return m_parser.parse(view).get(element) == simdjson::SUCCESS &&
           element.get(object) == simdjson::SUCCESS && ResponseShape::looksLikePage(object);
}

QString ArrayElementReader::elementError(simdjson::error_code code, const char *element, std::size_t size,
                                         std::uint64_t elementOffset, const TextPosition &position,
                                         const char *positionBase)
{
    QString what;
    switch (code) {
    case simdjson::UTF8_ERROR:
        what = NumberParser::tr("the input is not valid UTF-8");
        break;
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return NumberParser::tr("the input (%1 bytes) is too large to parse").arg(size);
    case simdjson::DEPTH_ERROR:
        return NumberParser::tr(
            "the input nests arrays or objects too deeply to be a Live Platform response");
    default:
        what = NumberParser::tr("the input is not valid JSON (%1)")
                   .arg(QString::fromLatin1(simdjson::error_message(code)));
    }
    // simdjson does not say where; Qt's parser does, and the error path can afford it.
    QJsonParseError error{};
    QJsonDocument::fromJson(QByteArray(element, qsizetype(size)), &error);
    if (error.error == QJsonParseError::NoError)
        return what;
    const auto inElement = static_cast<std::size_t>(std::clamp<qsizetype>(error.offset, 0, qsizetype(size)));
    const auto fromBase = static_cast<std::size_t>(element - positionBase) + inElement;
    return at(what, position.lineAt(positionBase, fromBase), position.columnAt(positionBase, fromBase),
              elementOffset + inElement, error.errorString());
}

QString ArrayElementReader::scannerError(const JsonArrayScanner &scanner, const TextPosition &position,
                                         const char *positionBase, std::uint64_t positionBaseOffset)
{
    const std::uint64_t offset = scanner.problemOffset();
    const auto fromBase = static_cast<std::size_t>(offset - positionBaseOffset);
    const std::uint64_t line = position.lineAt(positionBase, fromBase);
    const std::uint64_t column = position.columnAt(positionBase, fromBase);
    QString detail;
    switch (scanner.problem()) {
    case JsonArrayScanner::Problem::MissingElement:
        detail = NumberParser::tr("a value is missing before this separator");
        break;
    case JsonArrayScanner::Problem::MissingSeparator:
        detail = NumberParser::tr("expected ',' or ']' after element %1 of the array")
                     .arg(scanner.elementCount() - 1);
        break;
    case JsonArrayScanner::Problem::Unfinished:
        detail = NumberParser::tr("the input ends before its array of numbers is closed, after %n complete "
                                  "element(s): the response is incomplete",
                                  nullptr, int(std::min<std::uint64_t>(scanner.elementCount(), INT_MAX)));
        break;
    default:
        detail = NumberParser::tr("there is more text after the array's closing bracket");
    }
    return at(NumberParser::tr("the input is not valid JSON"), line, column, offset, detail);
}
