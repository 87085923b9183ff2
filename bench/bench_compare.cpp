// Prints how the changes window behaves comparing two large loads: the time from its construction to the
// table shown, and the longest stall of the GUI thread's event loop meanwhile; and the comparison alone.
// With --write DIR it only writes the two loads (old.json, new.json) for scripts/bench.sh to time
// ocnumbers-cli diff against convert.
#include "core/numbercomparison.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/parseresult.h"
#include "core/snapshots/snapshotfile.h"
#include "gui/changeswindow.h"
#include "sandbox/numbergenerator.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// CPU time of the calling thread: what the GUI thread itself spent, whatever else runs on the machine.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Records the most CPU time the GUI thread spent delivering one event (outermost deliveries only), to tell
// its own work from waiting for a core.
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;

    qint64 longestCpuNs = 0;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const qint64 start = threadCpuNs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (m_depth == 0)
            longestCpuNs = std::max(longestCpuNs, threadCpuNs() - start);
        return result;
    }

private:
    int m_depth = 0;
};

struct Loads {
    QByteArray oldJson;
    QByteArray newJson;
};

// Two v2 responses of count numbers a week apart: in the new one every 50th number is gone, count/50 new
// ones came, and every 10th number changed customer and ids (several fields each).
Loads generatedLoads(std::uint64_t count)
{
    NumberGenerator::Options options;
    options.flavour = NumberGenerator::Flavour::V2;
    const NumberGenerator before(options);
    options.customerName = u"Contoso Group"_s;
    options.ids = NumberGenerator::Ids::Many;
    const NumberGenerator moved(options);

    std::string oldJson = "[";
    std::string newJson = "[";
    const auto append = [](std::string &out, const NumberGenerator &generator, std::uint64_t index) {
        out += out.size() == 1 ? "\n    " : ",\n    ";
        generator.appendRecord(out, index, 4);
    };
    for (std::uint64_t i = 0; i < count; ++i) {
        append(oldJson, before, i);
        if (i % 50 == 0)
            continue;
        append(newJson, i % 10 == 3 ? moved : before, i);
    }
    for (std::uint64_t i = count; i < count + count / 50; ++i)
        append(newJson, before, i);
    oldJson += "\n]";
    newJson += "\n]";
    return {QByteArray::fromStdString(oldJson), QByteArray::fromStdString(newJson)};
}

std::shared_ptr<const NumberStore> parsed(const QByteArray &json)
{
    auto store = std::make_shared<NumberStore>();
    const ParseResult result = NumberParser::parse(json, *store);
    if (!result.ok())
        qFatal("the generated load does not parse: %s", qPrintable(result.error));
    return store;
}

struct WindowFigures {
    qint64 shownMs = 0;
    qint64 constructionMs = 0; // the constructor and show(), before the event loop turns
    qint64 longestStallMs = 0;
    qint64 longestEventCpuMs = 0;
    int rows = 0;
};

// Constructs the window and turns the event loop until its table is shown (and painted), watching a 1 ms
// timer: the longest gap between its ticks is the longest time the GUI thread could not react (its own
// work, or waiting for a core on a busy machine).
WindowFigures measureWindow(TimedApplication &app, const std::shared_ptr<const NumberStore> &oldStore,
                            const std::shared_ptr<const NumberStore> &newStore)
{
    WindowFigures figures;
    QElapsedTimer tick, total;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { figures.longestStallMs = std::max(figures.longestStallMs, tick.restart()); });
    app.longestCpuNs = 0;
    total.start();
    tick.start();
    probe.start();
    ChangesWindow window({oldStore, u"old"_s}, {newStore, u"new"_s});
    window.resize(1366, 768);
    window.show();
    figures.constructionMs = total.elapsed();
    QSignalSpy finished(&window, &ChangesWindow::comparisonFinished);
    if (window.isComparing() && !finished.wait(600000))
        qFatal("the comparison did not finish");
    auto *table = window.findChild<QTableView *>(u"changesTable"_s);
    table->viewport()->repaint();
    figures.shownMs = total.elapsed();
    // A tick still due shows a stall that ended with the painting.
    QCoreApplication::processEvents();
    probe.stop();
    figures.longestEventCpuMs = app.longestCpuNs / 1000000;
    figures.rows = table->model()->rowCount();
    return figures;
}

int writeLoads(std::uint64_t count, const QString &dir)
{
    const Loads loads = generatedLoads(count);
    const std::pair<QString, QByteArray> files[] = {{u"old.json"_s, loads.oldJson},
                                                    {u"new.json"_s, loads.newJson}};
    for (const auto &[name, json] : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    return 0;
}

} // namespace

// What keeping the new load as a snapshot costs: writing it (as after each load, on a worker), reading it
// back (File › Open, Compare) and its size against the response's.
void printSnapshotFigures(const NumberStore &store, qint64 jsonBytes)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"load.ocsnap"_s);
    SnapshotInfo info;
    info.connectionName = u"Benchmark"_s;
    info.tenantId = u"5b7e2c1a-3f4d-4e8b-9a6c-1d2e3f4a5b6c"_s;
    info.apiVersion = u"v2"_s;
    info.savedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    if (const QString error = SnapshotFile::write(path, store, info); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const qint64 writeMs = clock.restart();
    NumberStore read;
    ParseResult result;
    if (const QString error = SnapshotFile::readRecords(path, read, result); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const qint64 readMs = clock.elapsed();
    std::printf(
        "The new load as a snapshot: written in %lld ms, read back in %lld ms; %.1f MB against %.1f MB "
        "of JSON\n\n",
        static_cast<long long>(writeMs), static_cast<long long>(readMs), double(QFileInfo(path).size()) / 1e6,
        double(jsonBytes) / 1e6);
}

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"OC Numbers changes window benchmark: prints Markdown tables."_s);
    parser.addHelpOption();
    const QCommandLineOption count(u"numbers"_s, u"Numbers in each load (default 100000)."_s, u"count"_s,
                                   u"100000"_s);
    const QCommandLineOption write(u"write"_s,
                                   u"Only write the two loads to DIR/old.json and DIR/new.json."_s, u"dir"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Windows to open (default 3)."_s, u"runs"_s, u"3"_s);
    parser.addOptions({count, write, runsOption});
    parser.process(app);
    const std::uint64_t numbers = parser.value(count).toULongLong();
    if (parser.isSet(write))
        return writeLoads(numbers, parser.value(write));

    const Loads loads = generatedLoads(numbers);
    const auto oldStore = parsed(loads.oldJson);
    const auto newStore = parsed(loads.newJson);

    double compareMs = 1e300;
    std::size_t changes = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer clock;
        clock.start();
        const NumberComparison comparison = NumberComparison::compare(*oldStore, *newStore);
        compareMs = std::min(compareMs, double(clock.nsecsElapsed()) / 1e6);
        changes = comparison.changes.size();
    }
    std::printf("# OC Numbers changes window benchmark (%s platform)\n\n",
                qPrintable(QGuiApplication::platformName()));
    std::printf("%llu old numbers against %llu new: %zu changes; the comparison alone (worker thread, "
                "best of 3): %.0f ms\n\n",
                static_cast<unsigned long long>(oldStore->size()),
                static_cast<unsigned long long>(newStore->size()), changes, compareMs);
    printSnapshotFigures(*newStore, loads.newJson.size());
    std::printf(
        "| window | construction to table shown | constructor and show() | longest GUI-thread stall | "
        "its longest event, CPU | rows |\n|---|---:|---:|---:|---:|---:|\n");
    {
        // The application's main window (a table, combo boxes, a progress bar) is up when this window opens:
        // the one-time setup of the platform and of those widgets' classes is not this window's.
        QWidget mainWindow;
        auto *layout = new QVBoxLayout(&mainWindow);
        layout->addWidget(new QComboBox);
        layout->addWidget(new QProgressBar);
        layout->addWidget(new QTableView);
        mainWindow.resize(1366, 768);
        mainWindow.show();
        QCoreApplication::processEvents();
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    for (int run = 1; run <= runs; ++run) {
        const WindowFigures figures = measureWindow(app, oldStore, newStore);
        std::printf("| run %d | %lld ms | %lld ms | %lld ms | %lld ms | %d |\n", run,
                    static_cast<long long>(figures.shownMs), static_cast<long long>(figures.constructionMs),
                    static_cast<long long>(figures.longestStallMs),
                    static_cast<long long>(figures.longestEventCpuMs), figures.rows);
        std::fflush(stdout);
    }
    return 0;
}
