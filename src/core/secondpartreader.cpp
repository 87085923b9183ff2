#include "secondpartreader.h"

#include "elementboundary.h"

#include <utility>

namespace {

// Below this, scanning the whole text first costs less than a thread.
constexpr std::size_t MinimumSize = 8 << 20;

} // namespace

std::unique_ptr<SecondPartReader> SecondPartReader::start(const char *text, std::size_t size)
{
    if (size < MinimumSize || std::thread::hardware_concurrency() < 2)
        return nullptr;
    const std::optional<std::size_t> boundary = ElementBoundary::guess(text, size, size / 2);
    if (!boundary)
        return nullptr;
    return std::make_unique<SecondPartReader>(text, size, *boundary);
}

SecondPartReader::SecondPartReader(const char *text, std::size_t size, std::size_t boundary)
    : m_text(text)
    , m_size(size)
    , m_boundary(boundary)
    , m_thread([this] { run(); })
{}

SecondPartReader::~SecondPartReader()
{
    decide(Decision::Abandon, 0);
    if (m_thread.joinable())
        m_thread.join();
}

void SecondPartReader::read(std::size_t earlier)
{
    decide(Decision::Read, earlier);
}

void SecondPartReader::decide(Decision decision, std::size_t earlier)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_decision != Decision::Pending)
            return;
        m_decision = decision;
        m_earlier = earlier;
    }
    m_decided.notify_one();
}

void SecondPartReader::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_thrown)
        std::rethrow_exception(std::exchange(m_thrown, nullptr));
}

void SecondPartReader::run()
{
    try {
        m_scanner.resumeAfterElement(m_boundary);
        m_scanner.scan(m_text + m_boundary, m_size - m_boundary, m_elements);
        m_scanner.finish();
        std::size_t earlier = 0;
        {
            std::unique_lock lock(m_mutex);
            m_decided.wait(lock, [this] { return m_decision != Decision::Pending; });
            if (m_decision == Decision::Abandon)
                return;
            earlier = m_earlier;
        }
        m_scanner.countEarlierElements(earlier);
        m_failure = ArrayElementReader::readInOrder(m_text, 0, m_elements, earlier, m_store, m_result);
    } catch (...) {
        m_thrown = std::current_exception();
    }
}
