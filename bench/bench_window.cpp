// Prints how the main window behaves with many numbers: the longest stall of the GUI thread's event loop
// while a tenant loads from ocnumbers-sandbox (out of process, as a real server is) and from the
// in-process demo, the time of each keystroke in the search field, painting included, and the process's
// peak memory.
#include "client/auth/signinsession.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"
#include "core/models/numberstablemodel.h"
#include "gui/mainwindow.h"
#include "sandboxprocess.h"

#include <algorithm>
#include <ctime>
#include <functional>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// CPU time of the calling thread: what the GUI thread itself spent, whatever else runs on the machine.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Times every event delivery of the GUI thread, to name what a stall was spent on (and what a keystroke
// cost it).
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;

    struct Slow {
        qint64 ms;
        qint64 cpuMs;
        QString what;
    };
    std::vector<Slow> slowest;
    int depth = 0;
    qint64 busyCpuNs = 0;    // this thread's CPU time delivering events (outermost ones), summed
    qint64 longestCpuNs = 0; // the most CPU time one event took
    QObject *paintWatched = nullptr;
    std::function<void()> painted; // called after each paint of paintWatched

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread()) // the network's and the parsers' threads
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const qint64 cpuStart = threadCpuNs();
        const int type = event->type();
        const QMetaObject *meta = receiver->metaObject();
        const QPointer<QObject> alive(receiver); // a deferred delete ends it
        ++depth;
        const bool result = QApplication::notify(receiver, event);
        --depth;
        if (type == QEvent::Paint && receiver == paintWatched && painted)
            painted();
        const qint64 ms = clock.elapsed();
        const qint64 cpuNs = threadCpuNs() - cpuStart;
        if (depth == 0) {
            busyCpuNs += cpuNs;
            longestCpuNs = std::max(longestCpuNs, cpuNs);
        }
        if (depth == 0 && ms >= 20) {
            QString what = QString::fromLatin1(meta->className()) + u" event "_s + QString::number(type);
            if (alive && !receiver->objectName().isEmpty())
                what += u" ("_s + receiver->objectName() + u')';
            slowest.push_back({ms, cpuNs / 1000000, what});
        }
        return result;
    }
};

// The most memory the process has held at once (VmHWM), in MB.
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

struct LoadFigures {
    qint64 totalMs = 0;
    qint64 longestStallMs = 0;
    qint64 longestEventCpuMs = 0;
    qsizetype rows = 0;
    bool ok = false;
};

// Runs start() and turns the event loop until the window's load ends, watching a 1 ms timer: the longest
// gap between its ticks is the longest time the GUI thread could not react (its own work, or waiting for a
// core on a busy machine); the longest CPU time of one event is its own work alone.
LoadFigures measureLoad(TimedApplication &app, MainWindow &window, const std::function<void()> &start)
{
    LoadFigures figures;
    QElapsedTimer tick, total;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { figures.longestStallMs = std::max(figures.longestStallMs, tick.restart()); });
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    total.start();
    tick.start();
    probe.start();
    app.longestCpuNs = 0;
    start();
    if (!finished.wait(1800000))
        return figures;
    probe.stop();
    figures.totalMs = total.elapsed();
    figures.longestEventCpuMs = app.longestCpuNs / 1000000;
    figures.rows = window.model()->rowCount();
    figures.ok = !finished.at(0).at(0).value<LoadError>().isError();
    return figures;
}

void printLoad(const char *what, const LoadFigures &figures)
{
    std::printf("| %s | %lld ms | %lld ms | %lld ms | %lld | %.0f MB |\n", what,
                static_cast<long long>(figures.totalMs), static_cast<long long>(figures.longestStallMs),
                static_cast<long long>(figures.longestEventCpuMs), static_cast<long long>(figures.rows),
                peakRssMb());
    std::fflush(stdout);
}

// Types text into the search field one key at a time, then deletes it. Each key is timed until the table
// shows its result, repainted: the GUI thread's work for it (event deliveries and the repaint), and the wall
// time, which also counts the search field's wait for a pause in typing when filtering takes longer than a
// frame.
void measureTyping(TimedApplication &app, MainWindow &window, const QString &text)
{
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    auto *table = window.findChild<QTableView *>(u"tableView"_s);
    struct Times {
        std::vector<double> work, wall;
    };
    Times typing, deleting;
    // Whether the table has painted the current search's result; if not by the time it is applied, it is
    // painted once on purpose, so every keystroke counts one paint of its result, no more.
    bool resultPainted = false;
    app.paintWatched = table->viewport();
    app.painted = [&] { resultPainted = window.model()->filter().text == search->text(); };
    const auto timeKey = [&](auto press, Times &into) {
        QElapsedTimer clock;
        clock.start();
        app.busyCpuNs = 0;
        resultPainted = false;
        press();
        QCoreApplication::processEvents();
        while (window.model()->filter().text != search->text() && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QCoreApplication::processEvents(); // the update the new result asked for
        const qint64 paintStart = threadCpuNs();
        if (!resultPainted)
            table->viewport()->repaint();
        into.work.push_back(double(app.busyCpuNs + threadCpuNs() - paintStart) / 1e6);
        into.wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        // Which keystrokes are the slow ones (the first of a text scans every number).
        std::fprintf(stderr, "keystroke to \"%s\": GUI-thread CPU %.1f ms, shown after %.1f ms\n",
                     qPrintable(search->text()), into.work.back(), into.wall.back());
    };
    // One looks at the loaded table before typing: by then the window has laid out and painted what the
    // load's end changed (status bar, buttons, detail pane), which would otherwise count as the first key's.
    QTest::qWait(300);
    search->setFocus();
    for (const QChar c : text)
        timeKey([&] { QTest::keyClick(search, c.toLatin1()); }, typing);
    const qsizetype shown = window.model()->rowCount();
    for (qsizetype i = 0; i < text.size(); ++i)
        timeKey([&] { QTest::keyClick(search, Qt::Key_Backspace); }, deleting);
    app.painted = nullptr;
    app.paintWatched = nullptr;
    const auto report = [](const char *what, const Times &times) {
        auto work = times.work, wall = times.wall;
        std::sort(work.begin(), work.end());
        std::sort(wall.begin(), wall.end());
        std::printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |\n", what, work[work.size() / 2],
                    work.back(), wall[wall.size() / 2], wall.back());
    };
    std::printf("\nTyping \"%s\" (%lld numbers shown at the end), then deleting it:\n\n", qPrintable(text),
                static_cast<long long>(shown));
    std::printf("| keystrokes | GUI-thread CPU, median | worst | until shown, median | worst |\n"
                "|---|---:|---:|---:|---:|\n");
    report("typing (narrowing)", typing);
    report("deleting (widening)", deleting);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"OC Numbers window benchmark: prints Markdown tables of figures."_s);
    parser.addHelpOption();
    const QCommandLineOption count(u"numbers"_s, u"Numbers in the tenant (default 100000)."_s, u"count"_s,
                                   u"100000"_s);
    parser.addOption(count);
    const QCommandLineOption ids(u"ids"_s,
                                 u"few (numbers share ids, default) or many (each number its own ids)."_s,
                                 u"kind"_s, u"few"_s);
    parser.addOption(ids);
    const QCommandLineOption typed(u"type"_s,
                                   u"Text typed into the search field (default \"+44 20 7946 0\")."_s,
                                   u"text"_s, u"+44 20 7946 0"_s);
    parser.addOption(typed);
    parser.process(app);
    const std::uint64_t numbers = parser.value(count).toULongLong();
    if (parser.value(ids) != u"few"_s && parser.value(ids) != u"many"_s) {
        std::fprintf(stderr, "--ids: expected few or many, not \"%s\"\n", qPrintable(parser.value(ids)));
        return 2;
    }

    SandboxProcess sandbox;
    if (!sandbox.start(QStringLiteral(OCNUMBERS_SANDBOX), numbers, {u"--ids"_s, parser.value(ids)}))
        return 1;
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    MemorySecretStore secrets;
    QSettings settings(dir.filePath(u"window.ini"_s), QSettings::IniFormat);
    ConnectionProfile profile;
    profile.name = u"sandbox"_s;
    profile.baseUrl = sandbox.base;
    profile.authority = sandbox.authority;
    profile.directory = sandbox.directory;
    profile.clientId = sandbox.clientId;
    profiles.save(profile);
    ConnectionProfile paged = profile;
    paged.name = u"sandbox v3"_s;
    paged.paged = true;
    profiles.save(paged);
    for (const ConnectionProfile &p : {profile, paged})
        secrets.write(p.secretKey(), sandbox.secret, [](const QString &) {});

    std::printf("# OC Numbers window benchmark (%s platform)\n\n",
                qPrintable(QGuiApplication::platformName()));
    std::printf(
        "| load of %llu numbers | time to the last number | longest GUI-thread stall | its longest event, "
        "CPU | rows | peak RSS so far |\n|---|---:|---:|---:|---:|---:|\n",
        static_cast<unsigned long long>(numbers));
    for (const ConnectionProfile &p : {paged, profile}) {
        MainWindow window(&profiles, &secrets, &settings);
        window.resize(1366, 768);
        window.show();
        auto *profileCombo = window.findChild<QComboBox *>(u"profileCombo"_s);
        profileCombo->setCurrentIndex(profileCombo->findText(p.name));
        QMetaObject::invokeMethod(profileCombo, "activated", Q_ARG(int, profileCombo->currentIndex()));
        QElapsedTimer signingIn;
        signingIn.start();
        while (window.session()->state() != SignInSession::State::SignedIn && signingIn.elapsed() < 10000)
            QTest::qWait(10);
        if (window.session()->state() != SignInSession::State::SignedIn) {
            std::fprintf(stderr, "could not sign in to the sandbox\n");
            return 1;
        }
        window.findChild<QComboBox *>(u"tenantCombo"_s)->setEditText(sandbox.tenant);
        const LoadFigures figures =
            measureLoad(app, window, [&] { window.findChild<QAction *>(u"actionLoad"_s)->trigger(); });
        // What the GUI thread spent 20 ms or more on, to find the cause of a stall.
        for (const auto &slow : app.slowest)
            std::fprintf(stderr, "event over 20 ms: %lld ms (CPU %lld ms) %s\n",
                         static_cast<long long>(slow.ms), static_cast<long long>(slow.cpuMs),
                         qPrintable(slow.what));
        app.slowest.clear();
        if (!figures.ok) {
            std::fprintf(stderr, "the load failed\n");
            return 1;
        }
        printLoad(p.paged ? "ocnumbers-sandbox process, v3 pages of 1000"
                          : "ocnumbers-sandbox process, v2 list",
                  figures);
        if (!p.paged)
            measureTyping(app, window, parser.value(typed));
    }
    MainWindow demo(&profiles, &secrets, &settings);
    demo.resize(1366, 768);
    demo.show();
    const LoadFigures figures = measureLoad(app, demo, [&] { demo.startDemo(numbers); });
    for (const auto &slow : app.slowest)
        std::fprintf(stderr, "event over 20 ms: %lld ms (CPU %lld ms) %s\n", static_cast<long long>(slow.ms),
                     static_cast<long long>(slow.cpuMs), qPrintable(slow.what));
    std::printf(
        "\n| demo | time to the last number | longest GUI-thread stall | its longest event, CPU | rows | "
        "peak RSS so far |\n|---|---:|---:|---:|---:|---:|\n");
    printLoad("in-process demo sandbox (its own thread), v2 list", figures);
    return 0;
}
