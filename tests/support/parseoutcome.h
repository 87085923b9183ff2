#pragma once

// What a parse gave, to compare two ways of parsing the same body: the whole-body parse, and the streaming
// parser fed in pieces.
#include "core/numberparser.h"
#include "core/numberstore.h"
#include "core/numberstreamparser.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>
#include <string>
#include <vector>

struct Outcome {
    QString error;
    ParseResult::Shape shape = ParseResult::Shape::Unknown;
    std::size_t recordCount = 0;
    std::size_t issueCount = 0;
    QStringList issues;
    std::vector<std::string> records;
    int batches = 0;
};

inline Outcome outcomeOf(const ParseResult &result, const NumberStore &store)
{
    Outcome outcome;
    outcome.error = result.error;
    outcome.shape = result.shape;
    outcome.recordCount = result.recordCount;
    outcome.issueCount = result.issueCount;
    for (const ParseIssue &issue : result.issues)
        outcome.issues.append(issue.toString());
    for (std::size_t row = 0; row < store.size(); ++row)
        outcome.records.push_back(store.rawJson(row) + '|' + std::string(store.telephoneNumber(row)));
    return outcome;
}

inline Outcome parseWhole(const QByteArray &body)
{
    NumberStore store;
    const ParseResult result = NumberParser::parse(body, store);
    return outcomeOf(result, store);
}

// Feeds body in pieces of the sizes pieceSize() returns, taking batches at random moments as a consumer
// would, and gathers them into one store.
template <typename PieceSize>
Outcome parseInPieces(const QByteArray &body, PieceSize pieceSize, QRandomGenerator &random)
{
    NumberStreamParser parser;
    NumberStore gathered;
    Outcome outcome;
    bool ok = true;
    const auto take = [&] {
        ParseResult part;
        const auto batch = parser.takeBatch(&part);
        if (batch && batch->size() > 0) {
            gathered.append(*batch);
            ++outcome.batches;
        }
    };
    for (qsizetype at = 0; ok && at < body.size();) {
        const qsizetype size = std::min<qsizetype>(pieceSize(), body.size() - at);
        ok = parser.feed(QByteArrayView(body).sliced(at, size));
        at += size;
        if (ok && random.bounded(4) == 0)
            take();
    }
    if (ok)
        ok = parser.finish();
    if (ok)
        take();
    const int batches = outcome.batches;
    outcome = ok ? outcomeOf(parser.result(), gathered) : outcomeOf(parser.result(), NumberStore());
    outcome.batches = batches;
    return outcome;
}

inline void compare(const Outcome &streamed, const Outcome &whole, const char *how)
{
    const QByteArray context = QByteArray("pieces: ") + how;
    QVERIFY2(streamed.error == whole.error, QByteArray(context + "\nstreamed: " + streamed.error.toUtf8() +
                                                       "\nwhole: " + whole.error.toUtf8())
                                                .constData());
    // The shape of a failed parse means nothing.
    QVERIFY2(!whole.error.isEmpty() || streamed.shape == whole.shape, context.constData());
    QVERIFY2(streamed.recordCount == whole.recordCount, context.constData());
    QVERIFY2(streamed.issueCount == whole.issueCount, context.constData());
    QVERIFY2(streamed.issues == whole.issues,
             QByteArray(context + "\n" + streamed.issues.join(u'\n').toUtf8() + "\nvs\n" +
                        whole.issues.join(u'\n').toUtf8())
                 .constData());
    QVERIFY2(streamed.records == whole.records, context.constData());
}
