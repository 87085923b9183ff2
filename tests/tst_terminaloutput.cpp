#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What ocnumbers-cli prints about the data (warnings, usage errors) reaches a terminal: control characters
// from the data or the arguments arrive as visible escapes, never as the terminal's commands.
class TestTerminalOutput final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString cliStderr(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(OCNUMBERS_CLI), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("ocnumbers-cli did not finish");
        return QString::fromUtf8(process.readAllStandardError());
    }

private slots:
    void warningsEscapeTheDatasControlCharacters()
    {
        const QString input = m_dir.filePath(u"hostile.json"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A date that is not one, with colour, a window title and a right-to-left override in it.
        file.write(
            R"([{"telephoneNumber":"+18333998785","whenCreated":"\u001b[31mred\u001b]0;owned\u0007\u202etxt"}])");
        file.close();
        const QString err = cliStderr({u"convert"_s, input, u"--out"_s, m_dir.filePath(u"out.csv"_s)});
        QVERIFY2(err.contains(u"warning: "_s), qPrintable(err));
        QVERIFY2(err.contains(u"\\x1b[31mred\\x1b]0;owned\\x07\\u202etxt"_s), qPrintable(err));
        QVERIFY(!err.contains(u'\x1b') && !err.contains(u'\x07') && !err.contains(u'\u202e'));
    }

    void usageErrorsEscapeTheArguments()
    {
        const QString err =
            cliStderr({u"convert"_s, u"-"_s, u"--out"_s, u"-"_s, u"--columns"_s, u"number\x1b[2J"_s});
        QVERIFY2(err.contains(u"unknown column \"number\\x1b[2J\""_s), qPrintable(err));
        QVERIFY(!err.contains(u'\x1b'));
    }
};

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "tst_terminaloutput.moc"
