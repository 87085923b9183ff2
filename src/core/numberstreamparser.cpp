#include "numberstreamparser.h"

#include "arrayelementreader.h"
#include "numberparser.h"
#include "numberstore.h"

#include <cstring>
#include <stdexcept>

NumberStreamParser::NumberStreamParser()
{
    m_result.shape = ParseResult::Shape::V2Array;
    startBatch();
}

NumberStreamParser::~NumberStreamParser() = default;

void NumberStreamParser::startBatch()
{
    m_batch = std::make_shared<NumberStore>();
    m_batchResult = ParseResult{};
    m_batchResult.shape = ParseResult::Shape::V2Array;
}

void NumberStreamParser::reserve(std::size_t size)
{
    const std::size_t needed = m_used + size + NumberParser::Padding;
    if (needed <= m_capacity)
        return;
    const std::size_t capacity = std::max(needed, m_capacity * 2);
    auto buffer = std::make_unique<char[]>(capacity);
    if (m_used > 0)
        std::memcpy(buffer.get(), m_buffer.get(), m_used);
    m_buffer = std::move(buffer);
    m_capacity = capacity;
}

char *NumberStreamParser::writableSpace(std::size_t size)
{
    if (m_failed)
        return nullptr;
    reserve(size);
    return m_buffer.get() + m_used;
}

bool NumberStreamParser::fail(const QString &error)
{
    m_failed = true;
    m_result.error = error;
    m_result.recordCount = 0;
    m_result.issues.clear();
    m_result.issueCount = 0;
    m_batch.reset();
    m_buffer.reset();
    m_capacity = m_used = 0;
    return false;
}

bool NumberStreamParser::failTooLarge(const std::exception &e)
{
    // Out of memory, or more text than the 32-bit string ids address.
    return fail(NumberParser::tr("the response (%1 bytes) is too large to load: %2")
                    .arg(m_scanner.offset())
                    .arg(QString::fromLocal8Bit(e.what())));
}

bool NumberStreamParser::feed(QByteArrayView piece)
{
    if (m_failed)
        return false;
    try {
        char *target = writableSpace(std::size_t(piece.size()));
        if (!piece.isEmpty())
            std::memcpy(target, piece.data(), std::size_t(piece.size()));
    } catch (const std::exception &e) {
        return failTooLarge(e);
    }
    return feedWritten(std::size_t(piece.size()));
}

bool NumberStreamParser::feedWritten(std::size_t size)
{
    if (m_failed)
        return false;
    try {
        const char *scanned = m_buffer.get() + m_used;
        m_used += size;
        std::memset(m_buffer.get() + m_used, 0, NumberParser::Padding);
        if (m_whole)
            return true;
        const auto status = m_scanner.scan(scanned, size, m_elements);
        if (status == JsonArrayScanner::Status::NotAnArray) {
            m_whole = true;
            return true;
        }
        return readElements();
    } catch (const std::exception &e) {
        return failTooLarge(e);
    }
}

bool NumberStreamParser::readElements()
{
    if (!m_firstChecked && !m_elements.empty()) {
        m_firstChecked = true;
        const auto &first = m_elements.front();
        // A saved list of v3 pages is parsed whole, like the other saved shapes.
        NumberStore scratch;
        ParseResult ignored;
        if (ArrayElementReader(scratch, ignored)
                .isPage(m_buffer.get() + (first.begin - m_bufferOffset), first.end - first.begin)) {
            m_whole = true;
            m_elements.clear();
            return true;
        }
    }
    const std::size_t firstIndex = std::size_t(m_scanner.elementCount() - m_elements.size());
    if (const auto failure = ArrayElementReader::readElements(m_buffer.get(), m_bufferOffset, m_elements,
                                                              firstIndex, *m_batch, m_batchResult)) {
        const auto &element = m_elements[failure->position];
        return fail(ArrayElementReader::elementError(
            failure->code, m_buffer.get() + (element.begin - m_bufferOffset), element.end - element.begin,
            element.begin, m_position, m_buffer.get()));
    }
    m_elements.clear();
    if (m_scanner.status() == JsonArrayScanner::Status::Malformed)
        return fail(ArrayElementReader::scannerError(m_scanner, m_position, m_buffer.get(), m_bufferOffset));
    if (!m_firstChecked)
        return true; // keep every byte until the shape is known
    // Only the element still arriving is kept.
    const std::size_t done = std::size_t(m_scanner.pendingBegin() - m_bufferOffset);
    if (done > 0) {
        m_position.advance(m_buffer.get(), done);
        std::memmove(m_buffer.get(), m_buffer.get() + done, m_used - done);
        m_used -= done;
        m_bufferOffset += done;
    }
    return true;
}

bool NumberStreamParser::finish()
{
    if (m_failed)
        return false;
    try {
        if (!m_whole && m_scanner.finish() == JsonArrayScanner::Status::NotAnArray)
            m_whole = true;
        if (m_whole) {
            const ParseResult whole = NumberParser::parse(QByteArrayView(m_buffer.get(), qsizetype(m_used)),
                                                          *m_batch, m_capacity - m_used);
            m_buffer.reset();
            m_capacity = m_used = 0;
            if (!whole.ok())
                return fail(whole.error);
            m_result = whole;
            m_batchResult = whole;
            return true;
        }
        return readElements();
    } catch (const std::exception &e) {
        return failTooLarge(e);
    }
}

std::shared_ptr<NumberStore> NumberStreamParser::takeBatch(ParseResult *batchResult)
{
    if (m_failed)
        return nullptr;
    auto batch = m_batch;
    if (batchResult)
        *batchResult = m_batchResult;
    if (!m_whole) {
        m_result.recordCount += m_batchResult.recordCount;
        m_result.issueCount += m_batchResult.issueCount;
        for (const ParseIssue &issue : m_batchResult.issues) {
            if (m_result.issues.size() >= ParseResult::MaxKeptIssues)
                break;
            m_result.issues.push_back(issue);
        }
    }
    startBatch();
    return batch;
}
