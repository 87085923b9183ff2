#pragma once

#include <cstdint>
#include <vector>

// Finds the top-level elements of a JSON array as its bytes arrive, in pieces of any size, without
// parsing them: it follows strings, escapes and bracket depth (64 bytes at a time where it can) and
// reports where each complete element begins and ends. The elements themselves are validated by whoever
// parses them; the scanner checks only what lies between them.
class JsonArrayScanner final {
public:
    enum class Status {
        NeedMore,   // every byte so far fits an array that is not finished yet
        Done,       // the closing bracket was seen (only whitespace may follow)
        NotAnArray, // the first thing that is not whitespace is not '['
        Malformed,  // see problem() and problemOffset()
    };
    enum class Problem {
        None,
        MissingElement,   // a comma or the closing bracket where an element should be
        MissingSeparator, // something other than ',' or ']' after an element
        TrailingText,     // something other than whitespace after the closing bracket
        Unfinished,       // the input ended inside the array
    };
    struct Element {
        std::uint64_t begin = 0; // offsets from the start of the input
        std::uint64_t end = 0;
    };

    // Scans the next piece of the input (bytes [offset(), offset() + size)), appending the elements that
    // end inside it to out.
    Status scan(const char *data, std::size_t size, std::vector<Element> &out);
    // The input has ended: an array that is not closed is Malformed (Unfinished).
    Status finish();

    // Makes this a fresh scanner of the input from offset on, taken to lie just after an element (a guess
    // that endsWithElement() of the scanner of the bytes before it confirms).
    void resumeAfterElement(std::uint64_t offset);
    // Once known: how many elements lie before where resumeAfterElement() started, for elementCount().
    void countEarlierElements(std::uint64_t count) { m_elements += count; }
    // Whether the bytes so far end exactly where an element ends, inside the array.
    bool endsWithElement() const;

    Status status() const { return m_status; }
    Problem problem() const { return m_problem; }
    std::uint64_t problemOffset() const { return m_problemOffset; }
    // Bytes scanned so far.
    std::uint64_t offset() const { return m_offset; }
    // Where the element being scanned began (offset() between elements): bytes before it are done with.
    std::uint64_t pendingBegin() const { return m_inElement ? m_elementBegin : m_offset; }
    std::uint64_t elementCount() const { return m_elements; }

private:
    enum class Place { BeforeArray, BeforeFirstElement, BeforeElement, AfterElement, AfterArray };

    void fail(Problem problem, std::uint64_t offset);
    void endElement(std::uint64_t end, std::vector<Element> &out);
    // Inside an element: returns the index just past the byte that completed it, or size if it goes on.
    std::size_t scanElement(const char *data, std::size_t from, std::size_t size);
    std::size_t scanElementScalar(const char *data, std::size_t from, std::size_t size);

    Status m_status = Status::NeedMore;
    Problem m_problem = Problem::None;
    std::uint64_t m_problemOffset = 0;
    Place m_place = Place::BeforeArray;
    std::uint64_t m_offset = 0;
    std::uint64_t m_elementBegin = 0;
    std::uint64_t m_elements = 0;
    bool m_inElement = false;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_bareValue = false; // a number, true, false or null: ends at a delimiter
    int m_depth = 0;
};
