#pragma once

#include "arrayelementreader.h"
#include "jsonarrayscanner.h"
#include "numberstore.h"
#include "parseresult.h"

#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

// Scans and reads the part of a large v2 array that follows a guessed element boundary near its middle, on a
// thread of its own, while the caller scans the part before it: both cores start parsing at once, instead of
// one scanning the whole text first. The caller's scan confirms the guess (or abandons this reader) when it
// reaches the boundary, and tells how many elements came before, which warnings and errors are numbered by.
class SecondPartReader final {
public:
    // Null when text is too small to be worth it, there is one core, or no boundary is found.
    static std::unique_ptr<SecondPartReader> start(const char *text, std::size_t size);
    SecondPartReader(const char *text, std::size_t size, std::size_t boundary);
    ~SecondPartReader();
    SecondPartReader(const SecondPartReader &) = delete;
    SecondPartReader &operator=(const SecondPartReader &) = delete;

    std::size_t boundary() const { return m_boundary; }
    // The guess is right, and earlier elements lie before the boundary: read this part's elements after them.
    void read(std::size_t earlier);
    // Waits until the part is read; rethrows what the thread threw.
    void wait();

    // After wait():
    NumberStore &store() { return m_store; }
    ParseResult &result() { return m_result; }
    const JsonArrayScanner &scanner() const { return m_scanner; }
    const std::vector<JsonArrayScanner::Element> &elements() const { return m_elements; }
    // The first element that is not valid JSON (an index into elements()).
    const std::optional<ArrayElementReader::Failure> &failure() const { return m_failure; }

private:
    enum class Decision { Pending, Read, Abandon };

    void run();
    void decide(Decision decision, std::size_t earlier);

    const char *const m_text;
    const std::size_t m_size;
    const std::size_t m_boundary;
    JsonArrayScanner m_scanner;
    std::vector<JsonArrayScanner::Element> m_elements;
    NumberStore m_store;
    ParseResult m_result;
    std::optional<ArrayElementReader::Failure> m_failure;
    std::exception_ptr m_thrown;

    std::mutex m_mutex;
    std::condition_variable m_decided;
    Decision m_decision = Decision::Pending;
    std::size_t m_earlier = 0;
    std::thread m_thread;
};
