// Prints the figures of the README's performance section: parse + model build, memory, filtering,
// sorting, CSV export, and the command-line conversion against jq and Python on the same file.
#include "childprocess.h"
#include "client/auth/clientcredentialstokensource.h"
#include "client/liveplatform/numbersload.h"
#include "core/export/csvwriter.h"
#include "core/export/xlsxwriter.h"
#include "core/models/numberstablemodel.h"
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "sandbox/numbergenerator.h"
#include "sandboxprocess.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

template <typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return ms(timer);
}

// Best of a few runs: the figure least disturbed by the rest of the machine.
template <typename F>
double bestMs(int runs, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, timeMs(f));
    return best;
}

// Best of a few filter scans. The model remembers recent results and would show a repeated filter's without
// a scan: each run starts unfiltered from the store set anew, which forgets them.
template <typename F>
double bestScanMs(NumbersTableModel &model, const std::shared_ptr<NumberStore> &store, int runs, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        model.setFilter(NumberFilter{});
        model.setStore(store);
        best = std::min(best, timeMs(f));
    }
    return best;
}

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void row(const char *what, double value, const char *unit)
{
    std::printf("| %-58s | %12.1f %s |\n", what, value, unit);
}

const QStringList ComparedColumns = {u"telephoneNumber"_s,
                                     u"isoCountryCode"_s,
                                     u"tenantId"_s,
                                     u"civicAddressId"_s,
                                     u"callingProfileId"_s,
                                     u"source"_s,
                                     u"tnUploadJobId"_s,
                                     u"assignmentStatus"_s,
                                     u"acquiredOn"_s,
                                     u"acquiredCapabilities"_s,
                                     u"availableCapabilities"_s,
                                     u"sbcList"_s,
                                     u"locationId"_s,
                                     u"whenCreated"_s,
                                     u"id"_s,
                                     u"uploadTelephoneNumberEntryId"_s,
                                     u"uploadToAccountJobId"_s,
                                     u"aslvCode"_s};

QString jqProgram()
{
    QStringList fields;
    for (const QString &c : ComparedColumns) {
        if (c.endsWith(u"Capabilities"_s))
            fields << u"((.%1 // []) | join(\";\"))"_s.arg(c);
        else if (c == u"sbcList"_s)
            fields << u"((.sbcList // []) | map(.sbcName) | join(\";\"))"_s;
        else
            fields << u"(.%1 // \"\")"_s.arg(c);
    }
    return u".[] | ["_s + fields.join(u", "_s) + u"] | @csv"_s;
}

QString pythonProgram()
{
    QStringList fields;
    for (const QString &c : ComparedColumns) {
        if (c.endsWith(u"Capabilities"_s))
            fields << u"';'.join(r.get('%1') or [])"_s.arg(c);
        else if (c == u"sbcList"_s)
            fields << u"';'.join(s['sbcName'] for s in (r.get('sbcList') or []))"_s;
        else
            fields << u"'' if r.get('%1') is None else r.get('%1')"_s.arg(c);
    }
    return u"import csv, json, sys\n"
           u"rows = json.load(open(sys.argv[1], encoding='utf-8'))\n"
           u"w = csv.writer(open(sys.argv[2], 'w', newline='', encoding='utf-8'))\n"
           u"w.writerow(%1)\n"
           u"for r in rows:\n"
           u"    w.writerow([%2])\n"_s.arg(u"['"_s + ComparedColumns.join(u"','"_s) + u"']"_s,
                                           fields.join(u", "_s));
}

struct ConverterTimes {
    ChildProcess::Result cli, jq, python;
};

// The fastest of ConverterRuns runs: on a shared 2-core machine one run of a quarter second moves by a
// third from one run to the next.
constexpr int ConverterRuns = 3;

ChildProcess::Result runConverter(const QString &program, const QStringList &arguments,
                                  const QString &stdoutFile)
{
    ChildProcess::Result best;
    if (program.isEmpty())
        return best;
    for (int run = 0; run < ConverterRuns; ++run) {
        const ChildProcess::Result result = ChildProcess::run(program, arguments, {}, stdoutFile);
        if (!result.started || result.exitCode != 0) {
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), result.standardError.constData());
            best = result;
            best.ms = -1;
            return best;
        }
        if (run == 0 || result.ms < best.ms)
            best = result;
    }
    return best;
}

ConverterTimes timeConverters(const QString &jsonPath, const QString &dir)
{
    ConverterTimes times;
    times.cli = runConverter(QStringLiteral(OCNUMBERS_CLI),
                             {u"convert"_s, jsonPath, u"--out"_s, dir + u"/cli.csv"_s, u"--columns"_s,
                              ComparedColumns.join(u','), u"--raw"_s, u"--quiet"_s},
                             u"/dev/null"_s);
    times.jq = runConverter(QStandardPaths::findExecutable(u"jq"_s), {u"-r"_s, jqProgram(), jsonPath},
                            dir + u"/jq.csv"_s);
    times.python = runConverter(QStandardPaths::findExecutable(u"python3"_s),
                                {u"-c"_s, pythonProgram(), jsonPath, dir + u"/py.csv"_s}, u"/dev/null"_s);
    for (const QString &name : {u"/cli.csv"_s, u"/jq.csv"_s, u"/py.csv"_s})
        QFile::remove(dir + name);
    return times;
}

// Both kinds of data side by side: few ids (numbers share profiles, jobs, locations) and many (each its
// own). Wall time, and CPU time (user + system), which a busy machine disturbs less.
void compareConverters(std::uint64_t count, const QString &fewPath, const QString &manyPath,
                       const QString &dir)
{
    std::printf("\n### Converting the %llu-number file to CSV (%s columns, the fastest of %d runs each)\n\n",
                static_cast<unsigned long long>(count), qPrintable(QString::number(ComparedColumns.size())),
                ConverterRuns);
    const ConverterTimes few = timeConverters(fewPath, dir);
    const ConverterTimes many = timeConverters(manyPath, dir);
    std::printf("| tool | few ids: wall (CPU) | vs ocnumbers-cli: wall (CPU) | many ids: wall (CPU) | vs "
                "ocnumbers-cli: wall (CPU) |\n|---|---:|---:|---:|---:|\n");
    const auto line = [](const char *tool, const ChildProcess::Result &fewRun,
                         const ChildProcess::Result &fewCli, const ChildProcess::Result &manyRun,
                         const ChildProcess::Result &manyCli) {
        if (fewRun.ms < 0 || manyRun.ms < 0 || !fewRun.started || !manyRun.started) {
            std::printf("| %s | not installed or failed | | | |\n", tool);
            return;
        }
        std::printf("| %s | %.0f ms (%.0f ms) | %.1fx (%.1fx) | %.0f ms (%.0f ms) | %.1fx (%.1fx) |\n", tool,
                    fewRun.ms, fewRun.cpuMs, fewRun.ms / fewCli.ms, fewRun.cpuMs / fewCli.cpuMs, manyRun.ms,
                    manyRun.cpuMs, manyRun.ms / manyCli.ms, manyRun.cpuMs / manyCli.cpuMs);
    };
    line("ocnumbers-cli convert", few.cli, few.cli, many.cli, many.cli);
    line("jq -r '.[] \\| [...] \\| @csv' (jq 1.6)", few.jq, few.cli, many.jq, many.cli);
    line("python3 json + csv", few.python, few.cli, many.python, many.cli);
}

// A generated v2 response with the parser's padding after it (chop keeps the capacity), as received
// bodies are kept.
QByteArray generatedResponse(std::uint64_t count, NumberGenerator::Ids ids, double *generateMs)
{
    NumberGenerator::Options options;
    options.flavour = NumberGenerator::Flavour::V2;
    options.ids = ids;
    QByteArray json;
    *generateMs = timeMs([&] { json = NumberGenerator(options).v2Array(count); });
    json.append(qsizetype(NumberParser::Padding), ' ');
    json.chop(qsizetype(NumberParser::Padding));
    return json;
}

// Parse + model build of data where every number has its own ids (best of `runs`), and its memory; the
// response is then written to `path` unless that is empty.
struct ManyIdsFigures {
    double parse = 0;
    double bytesPerNumber = 0;
};

ManyIdsFigures benchmarkManyIds(std::uint64_t count, int runs, const QString &path)
{
    double generate = 0;
    QByteArray json = generatedResponse(count, NumberGenerator::Ids::Many, &generate);
    const std::size_t padding = std::size_t(json.capacity() - json.size());
    ManyIdsFigures figures;
    figures.parse = 1e300;
    NumbersTableModel model;
    for (int run = 0; run < runs; ++run) {
        model.clear();
        figures.parse = std::min(figures.parse, timeMs([&] {
                                     auto store = std::make_unique<NumberStore>();
                                     NumberParser::parse(json, *store, padding);
                                     model.setStore(std::move(store));
                                 }));
    }
    figures.bytesPerNumber = double(model.store().memoryUsage()) / double(count);
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    }
    return figures;
}

// The .xlsx export of all rows and columns: its time, the memory it adds (constant-memory mode: rows
// stream to disk), and, with compare, openpyxl's write-only mode writing the same cells (read back from
// our file first, untimed) with the system's Python.
void compareXlsxWriters(const NumberStore &store, const std::vector<std::uint32_t> &rows, const QString &dir,
                        bool compare)
{
    std::vector<NumberColumn> columns;
    for (int c = 0; c < NumberColumnCount; ++c)
        columns.push_back(static_cast<NumberColumn>(c));
    const QString path = dir + u"/export.xlsx"_s;
    // The export's own peak: the kernel's high-water mark is reset to the current size first.
    QFile reset(u"/proc/self/clear_refs"_s);
    if (reset.open(QIODevice::WriteOnly))
        reset.write("5");
    reset.close();
    const long before = peakRssKb();
    QFile::remove(path);
    QFile file(path);
    double ours = timeMs([&] {
        file.open(QIODevice::WriteOnly);
        XlsxWriter::write(file, store, rows, columns, XlsxOptions{});
        file.close();
    });
    char label[96];
    std::snprintf(label, sizeof label, ".xlsx export of all rows, all columns (%.0f MB)",
                  double(file.size()) / 1e6);
    row(label, ours, "ms");
    row(".xlsx export: peak RSS above the loaded numbers", double(peakRssKb() - before) / 1024.0, "MB");
    QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
    if (!compare || python.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QProcess process;
    process.start(python, {u"-c"_s,
                           u"import sys, time, openpyxl\n"
                           u"src = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                           u"cells = [list(r) for r in src.worksheets[0].iter_rows(values_only=True)]\n"
                           u"start = time.perf_counter()\n"
                           u"wb = openpyxl.Workbook(write_only=True)\n"
                           u"ws = wb.create_sheet()\n"
                           u"for r in cells:\n"
                           u"    ws.append(r)\n"
                           u"wb.save(sys.argv[2])\n"
                           u"print((time.perf_counter() - start) * 1000)\n"_s,
                           path, dir + u"/openpyxl.xlsx"_s});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::printf("\nopenpyxl: not measured (%s)\n", process.readAllStandardError().trimmed().constData());
    } else {
        const double theirs = process.readAllStandardOutput().trimmed().toDouble();
        std::printf("\n### Writing the %zu rows as .xlsx (%d columns, typed cells)\n\n", rows.size(),
                    NumberColumnCount);
        std::printf("| writer | time | vs OC Numbers |\n|---|---:|---:|\n");
        std::printf("| OC Numbers (libxlsxwriter, constant memory) | %.0f ms | 1.0x |\n", ours);
        std::printf("| openpyxl write-only mode | %.0f ms | %.1fx slower |\n", theirs, theirs / ours);
    }
    QFile::remove(path);
    QFile::remove(dir + u"/openpyxl.xlsx"_s);
}

void benchmark(std::uint64_t count, bool external, const QString &tempDir)
{
    const int runs = count >= 1'000'000 ? 1 : 3;
    const QString manyPath = external ? tempDir + u"/numbers-many-ids-%1.json"_s.arg(count) : QString();
    const ManyIdsFigures many = benchmarkManyIds(count, runs, manyPath);
    // A v2 response: the bulk call that returns a whole tenant in one array.
    double generate = 0;
    QByteArray json = generatedResponse(count, NumberGenerator::Ids::Few, &generate);
    const std::size_t padding = std::size_t(json.capacity() - json.size());

    std::printf("\n## %llu numbers (%.1f MB of pretty-printed JSON, generated in %.0f ms)\n\n",
                static_cast<unsigned long long>(count), double(json.size()) / 1e6, generate);
    std::printf("| measurement | value |\n|---|---:|\n");

    NumbersTableModel model;
    std::shared_ptr<NumberStore> loaded;
    double parse = 1e300;
    for (int run = 0; run < runs; ++run) {
        model.clear(); // freeing the previous load is not part of loading
        loaded.reset();
        parse = std::min(parse, timeMs([&] {
                             loaded = std::make_shared<NumberStore>();
                             NumberParser::parse(json, *loaded, padding);
                             model.setStore(loaded);
                         }));
    }
    row("parse + model build", parse, "ms");
    row("parse + model build, many ids (each number its own)", many.parse, "ms");
    const double qtJson = bestMs(runs, [&] { QJsonDocument::fromJson(json); });
    row("QJsonDocument::fromJson alone, same bytes", qtJson, "ms");
    row("bytes per number (store)", double(model.store().memoryUsage()) / double(count), "B");
    row("bytes per number (store), many ids", many.bytesPerNumber, "B");
    row("bytes per number (store + model row order)",
        double(model.store().memoryUsage() + (model.visibleRows().capacity() + count) * 4) / double(count),
        "B");

    // A search typed one character at a time, then deleted again.
    const QString typed = u"+44 161"_s;
    double typeWorst = 0, typeTotal = 0, widenWorst = 0, widenTotal = 0;
    NumberFilter filter;
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        filter.text = typed.left(i);
        const double t = timeMs([&] { model.setFilter(filter); });
        typeWorst = std::max(typeWorst, t);
        typeTotal += t;
    }
    const auto shownAfterTyping = model.visibleCount();
    for (qsizetype i = typed.size() - 1; i >= 0; --i) {
        filter.text = typed.left(i);
        const double t = timeMs([&] { model.setFilter(filter); });
        widenWorst = std::max(widenWorst, t);
        widenTotal += t;
    }
    row("search keystroke, typing \"+44 161\": worst", typeWorst, "ms");
    row("search keystroke, typing: mean", typeTotal / double(typed.size()), "ms");
    row("search keystroke, deleting (widening): worst", widenWorst, "ms");
    row("search keystroke, deleting: mean", widenTotal / double(typed.size()), "ms");
    std::printf("| %-58s | %12llu    |\n", "numbers matching \"+44 161\"",
                static_cast<unsigned long long>(shownAfterTyping));
    const double textSearch = bestScanMs(model, loaded, runs,
                                         [&] {
                                             NumberFilter f;
                                             f.text = u"sbc-fra1"_s;
                                             model.setFilter(f);
                                             model.setFilter(NumberFilter{});
                                         }) /
                              2;
    row("search \"sbc-fra1\" (SBC names) from no filter", textSearch, "ms");
    const auto searchFromNoFilter = [&](const QString &text) {
        return bestScanMs(model, loaded, runs,
                          [&] {
                              NumberFilter f;
                              f.text = text;
                              model.setFilter(f);
                              model.setFilter(NumberFilter{});
                          }) /
               2;
    };
    row("search \"4960\" (digits anywhere) from no filter", searchFromNoFilter(u"4960"_s), "ms");
    row("search \"+44 161 496 0000..9999\" (a block) from no filter",
        searchFromNoFilter(u"+44 161 496 0000..9999"_s), "ms");

    struct Structured {
        const char *name;
        const char *expression;
    };
    const Structured structured[] = {
        {"filter status=Marked For Removal", "status=Marked For Removal"},
        {"filter assignment=UserAssigned", "assignment=UserAssigned"},
        {"filter country=GB", "country=GB"},
        {"filter source=webui", "source=webui"},
        {"filter sbc=sbc-fra1.voice.example.net", "sbc=sbc-fra1.voice.example.net"},
        {"filter capability=InboundCalling,OutboundCalling", "capability=InboundCalling,OutboundCalling"},
        {"filter available=Mobile (available, not acquired)", "available=Mobile"},
    };
    NumberFilter combined;
    for (const Structured &s : structured) {
        NumberFilter single;
        single.applyExpression(QString::fromLatin1(s.expression));
        combined.applyExpression(QString::fromLatin1(s.expression));
        const double t = bestScanMs(model, loaded, runs, [&] {
            model.setFilter(NumberFilter{});
            model.setFilter(single);
        });
        row(s.name, t, "ms");
    }
    model.setFilter(combined);
    const double clear = timeMs([&] { model.setFilter(NumberFilter{}); });
    row("clear all filters (all seven set before)", clear, "ms");

    struct SortCase {
        const char *name;
        NumberColumn column;
    };
    const SortCase sorts[] = {
        {"sort by number (digits)", NumberColumn::TelephoneNumber},
        {"sort by country (repeated text)", NumberColumn::Country},
        {"sort by MS job id (text, one per upload job)", NumberColumn::MsJobId},
        {"sort by acquired date", NumberColumn::AcquiredOn},
        {"sort by id (integer)", NumberColumn::Id},
        {"sort by status", NumberColumn::Status},
        {"sort by acquired capabilities", NumberColumn::AcquiredCapabilities},
        {"sort by SBCs", NumberColumn::Sbcs},
    };
    for (const SortCase &s : sorts) {
        const double t = bestMs(runs, [&] { model.sort(int(s.column), Qt::AscendingOrder); });
        row(s.name, t, "ms");
    }

    // Export every shown row in view order, all columns, Excel-safe.
    std::vector<NumberColumn> columns;
    for (int c = 0; c < NumberColumnCount; ++c)
        columns.push_back(static_cast<NumberColumn>(c));
    // To a file, as the application exports (the page cache absorbs the write).
    QFile csv(tempDir + u"/export.csv"_s);
    const double exportTime = bestMs(runs, [&] {
        csv.open(QIODevice::WriteOnly | QIODevice::Truncate);
        CsvWriter::write(csv, model.store(), model.visibleRows(), columns, CsvOptions{});
        csv.close();
    });
    char label[96];
    std::snprintf(label, sizeof label, "CSV export of all rows, all columns (%.0f MB)",
                  double(csv.size()) / 1e6);
    row(label, exportTime, "ms");
    csv.remove();
    row("process peak RSS so far", double(peakRssKb()) / 1024.0, "MB");
    compareXlsxWriters(model.store(), model.visibleRows(), tempDir, external);

    if (external) {
        const QString path = tempDir + u"/numbers-%1.json"_s.arg(count);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size()) {
            file.close();
            json.clear();
            compareConverters(count, path, manyPath, tempDir);
        }
        QFile::remove(path);
        QFile::remove(manyPath);
    }
}

// An access token for the sandbox's API, as the app registration gets it.
QByteArray sandboxToken(const SandboxProcess &sandbox, QNetworkAccessManager *nam)
{
    ClientCredentialsTokenSource tokens({sandbox.authority, sandbox.directory, sandbox.clientId,
                                         sandbox.secret,
                                         u"api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default"_s, 30000},
                                        nam);
    QByteArray token;
    bool answered = false;
    QEventLoop loop;
    tokens.token(false, [&](const QByteArray &issued, const LoadError &error) {
        if (error.isError())
            std::fprintf(stderr, "no token: %s\n", qPrintable(error.message));
        token = issued;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return token;
}

struct Transfer {
    double ms = -1;
    qint64 bytes = 0;
};

// The bare transfer of a list with curl, discarding the bytes: v2 in one response, v3 in pages of 1000
// with four in flight as the client loads them. The token goes in a private config file, never on the
// command line.
Transfer curlTransfer(const SandboxProcess &sandbox, const QByteArray &token, std::uint64_t count, bool paged,
                      const QString &dir)
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        return {};
    const QString listUrl = sandbox.base.toString() +
                            (paged ? u"/api/v3/oc/numbers"_s : u"/api/v2/oc/numbers"_s) + u"?msTenantId="_s +
                            sandbox.tenant;
    QByteArray config = "silent\nshow-error\nfail\nheader = \"Authorization: Bearer " + token +
                        "\"\nwrite-out = \"%{size_download}\\n\"\n";
    if (paged) {
        config += "parallel\nparallel-max = 4\n";
        const std::uint64_t pages = std::max<std::uint64_t>(1, (count + 999) / 1000);
        for (std::uint64_t page = 1; page <= pages; ++page)
            config += "url = \"" + listUrl.toUtf8() + "&pageNumber=" + QByteArray::number(page) +
                      "&pageSize=1000\"\noutput = \"/dev/null\"\n";
    } else {
        config += "url = \"" + listUrl.toUtf8() + "\"\noutput = \"/dev/null\"\n";
    }
    QFile file(dir + u"/curl.config"_s);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(config) != config.size())
        return {};
    file.close();
    const QString sizes = dir + u"/curl.sizes"_s;
    const ChildProcess::Result run = ChildProcess::run(curl, {u"--config"_s, file.fileName()}, {}, sizes);
    file.remove();
    QFile written(sizes);
    Transfer transfer;
    if (written.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : written.readAll().split('\n'))
            transfer.bytes += line.trimmed().toLongLong();
    }
    written.remove();
    if (!run.started || run.exitCode != 0) {
        std::fprintf(stderr, "curl failed: %s\n", run.standardError.constData());
        return {};
    }
    transfer.ms = run.ms;
    return transfer;
}

// ocnumbers-cli fetch of the large tenant to /dev/null (one CSV column, so writing costs next to nothing),
// in its own process: wall time from start to exit and its own peak RSS.
ChildProcess::Result fetchToNull(const SandboxProcess &sandbox, bool paged)
{
    return ChildProcess::run(QStringLiteral(OCNUMBERS_CLI),
                             {u"fetch"_s,
                              u"--base-url"_s,
                              sandbox.base.toString(),
                              u"--authority"_s,
                              sandbox.authority.toString(),
                              u"--directory"_s,
                              sandbox.directory,
                              u"--client-id"_s,
                              sandbox.clientId,
                              u"--tenant"_s,
                              sandbox.tenant,
                              u"--api"_s,
                              paged ? u"v3"_s : u"v2"_s,
                              u"--page-size"_s,
                              u"1000"_s,
                              u"--out"_s,
                              u"/dev/null"_s,
                              u"--format"_s,
                              u"csv"_s,
                              u"--columns"_s,
                              u"telephoneNumber"_s,
                              u"--quiet"_s},
                             {"OCNUMBERS_CLIENT_SECRET=" + sandbox.secret.toUtf8()});
}

struct InProcessLoad {
    double ms = -1;
    qint64 longestStallMs = 0;
    std::size_t numbers = 0;
};

// A NumbersLoad in this process, the way the application loads, with a 1 ms timer: the longest gap
// between its ticks is the longest time this thread's event loop was busy (parsing runs on workers).
InProcessLoad loadInProcess(const SandboxProcess &sandbox, bool paged, QNetworkAccessManager *nam)
{
    ClientCredentialsTokenSource tokens({sandbox.authority, sandbox.directory, sandbox.clientId,
                                         sandbox.secret,
                                         u"api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default"_s, 30000},
                                        nam);
    NumbersLoad::Settings settings;
    settings.baseUrl = sandbox.base;
    settings.tenantId = sandbox.tenant;
    settings.paged = paged;
    settings.pageSize = 1000;
    settings.maxConcurrentPages = 4;
    NumbersLoad load(settings, nam, &tokens);
    NumberStore store;
    QObject::connect(&load, &NumbersLoad::batchReady,
                     [&](std::shared_ptr<NumberStore> batch) { store.append(std::move(*batch)); });
    QObject::connect(&load, &NumbersLoad::sizeEstimated,
                     [&](qint64 records) { store.reserve(std::size_t(records)); });
    QEventLoop loop;
    LoadError ending;
    QObject::connect(&load, &NumbersLoad::finished, &loop, [&](const LoadError &e) {
        ending = e;
        loop.quit();
    });
    QElapsedTimer tick, total;
    InProcessLoad result;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { result.longestStallMs = std::max(result.longestStallMs, tick.restart()); });
    total.start();
    tick.start();
    probe.start();
    load.start();
    loop.exec();
    probe.stop();
    if (ending.isError()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(ending.message));
        return {};
    }
    result.ms = ms(total);
    result.numbers = store.size();
    return result;
}

// Loads a tenant of `count` numbers from an ocnumbers-sandbox process over loopback, v2 in one response
// and v3 in pages of 1000 with four in flight. The sandbox keeps each list once rendered (--cache), and a
// first transfer renders it, so what is timed after is the client, not the generator: the bare transfer
// (curl discarding the bytes), ocnumbers-cli fetch to the last number with its own peak RSS, and a load in
// this process with its longest event-loop stall.
int benchmarkLoad(std::uint64_t count, const QString &sandboxPath, NumberGenerator::Ids ids)
{
    const bool manyIds = ids == NumberGenerator::Ids::Many;
    SandboxProcess sandbox;
    if (!sandbox.start(sandboxPath, count, {u"--cache"_s, u"--ids"_s, manyIds ? u"many"_s : u"few"_s}))
        return 1;
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    const QByteArray token = sandboxToken(sandbox, &nam);
    if (token.isEmpty())
        return 1;
    const int runs = count >= 1'000'000 ? 1 : 3;
    std::printf("\n## Loading %llu numbers (%s ids) from ocnumbers-sandbox --cache over loopback\n\n",
                static_cast<unsigned long long>(count), manyIds ? "many" : "few");
    std::printf(
        "| API | body | sandbox renders (first transfer) | bare transfer (curl) | ocnumbers-cli fetch "
        "to the last number (CPU) | fetch / transfer | fetch peak RSS "
        "|\n|---|---:|---:|---:|---:|---:|---:|\n");
    struct Row {
        const char *api;
        InProcessLoad inProcess;
    };
    std::vector<Row> inProcessRows;
    for (const bool paged : {false, true}) {
        const char *api = paged ? "v3, pages of 1000, 4 in flight" : "v2, one list";
        const Transfer cold = curlTransfer(sandbox, token, count, paged, dir.path());
        Transfer warm;
        for (int run = 0; run < runs; ++run) {
            const Transfer t = curlTransfer(sandbox, token, count, paged, dir.path());
            if (t.ms >= 0 && (warm.ms < 0 || t.ms < warm.ms))
                warm = t;
        }
        ChildProcess::Result fetch;
        for (int run = 0; run < runs; ++run) {
            const ChildProcess::Result r = fetchToNull(sandbox, paged);
            if (!r.started || r.exitCode != 0) {
                std::fprintf(stderr, "ocnumbers-cli fetch failed (%d): %s\n", r.exitCode,
                             r.standardError.constData());
                return 1;
            }
            if (fetch.ms <= 0 || r.ms < fetch.ms) {
                fetch.ms = r.ms;
                fetch.cpuMs = r.cpuMs;
            }
            fetch.peakRssKb = std::max(fetch.peakRssKb, r.peakRssKb);
        }
        std::printf(
            "| %s | %.1f MB | %.0f ms | %.0f ms (%.0f MB/s) | %.0f ms (%.0f ms) | %.1fx | %.0f MB |\n", api,
            double(warm.bytes) / 1e6, cold.ms, warm.ms, double(warm.bytes) / 1e3 / warm.ms, fetch.ms,
            fetch.cpuMs, fetch.ms / warm.ms, double(fetch.peakRssKb) / 1024.0);
        std::fflush(stdout);
        inProcessRows.push_back({api, loadInProcess(sandbox, paged, &nam)});
    }
    std::printf(
        "\nThe same loads in the benchmark's own process (NumbersLoad, as the application loads):\n\n");
    std::printf(
        "| API | time to the last number | longest event-loop stall | numbers |\n|---|---:|---:|---:|\n");
    for (const Row &row : inProcessRows) {
        std::printf("| %s | %.0f ms | %lld ms | %zu |\n", row.api, row.inProcess.ms,
                    static_cast<long long>(row.inProcess.longestStallMs), row.inProcess.numbers);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"OC Numbers benchmarks: prints Markdown tables of figures."_s);
    parser.addHelpOption();
    const QCommandLineOption sizes(u"sizes"_s,
                                   u"Comma-separated numbers of numbers (default 10000,100000,1000000)."_s,
                                   u"list"_s, u"10000,100000,1000000"_s);
    const QCommandLineOption compare(
        u"compare-at"_s, u"Size at which to compare ocnumbers-cli with jq and Python (0: never)."_s,
        u"count"_s, u"100000"_s);
    const QCommandLineOption write(
        u"write"_s, u"Only write a generated response of the first size to a file."_s, u"file"_s);
    const QCommandLineOption loadOption(u"load"_s, u"Only load this many numbers from ocnumbers-sandbox."_s,
                                        u"count"_s);
    const QCommandLineOption idsOption(
        u"ids"_s, u"With --load and --write: few (numbers share ids, default) or many (each its own)."_s,
        u"few|many"_s, u"few"_s);
    parser.addOptions({sizes, compare, write, loadOption, idsOption});
    parser.process(app);
    if (parser.value(idsOption) != u"few"_s && parser.value(idsOption) != u"many"_s) {
        std::fprintf(stderr, "--ids must be few or many\n");
        return 2;
    }
    const NumberGenerator::Ids ids =
        parser.value(idsOption) == u"many"_s ? NumberGenerator::Ids::Many : NumberGenerator::Ids::Few;
    if (parser.isSet(loadOption))
        return benchmarkLoad(parser.value(loadOption).toULongLong(), QStringLiteral(OCNUMBERS_SANDBOX), ids);

    if (parser.isSet(write)) {
        NumberGenerator::Options options;
        options.flavour = NumberGenerator::Flavour::V2;
        options.ids = ids;
        QFile file(parser.value(write));
        const QByteArray json =
            NumberGenerator(options).v2Array(parser.value(sizes).split(u',').value(0).toULongLong());
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        return 0;
    }

    QTemporaryDir dir;
    const std::uint64_t compareAt = parser.value(compare).toULongLong();
    std::printf("# OC Numbers benchmark (%d cores)\n", QThread::idealThreadCount());
    for (const QString &size : parser.value(sizes).split(u',')) {
        const std::uint64_t count = size.toULongLong();
        if (count > 0)
            benchmark(count, count == compareAt, dir.path());
    }
    return 0;
}
