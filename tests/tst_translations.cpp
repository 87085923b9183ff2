// The translations in translations/*.ts are complete and safe to ship: every message translated (no
// unfinished, vanished or obsolete entries, no empty text, every plural form), the same placeholders and
// accelerator count as the English source, and the same messages in every language. English, the sources'
// language, holds only the plural forms of the %n messages (lupdate -pluralonly): exactly those messages.
// Run update_translations after changing a user-visible string; this test then names what is left to
// translate.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment; // disambiguation: part of the message's identity
    bool numerus = false;
    QString type;             // the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList translations; // one text, or one per plural form
};

struct TsFile {
    QString language; // the TS element's language attribute, e.g. de_DE
    QList<Message> messages;
    QString error;
};

TsFile parse(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                const auto part = xml.name();
                if (part == "source"_L1) {
                    message.source = xml.readElementText();
                } else if (part == "comment"_L1) {
                    message.comment = xml.readElementText();
                } else if (part == "translation"_L1) {
                    message.type = xml.attributes().value("type"_L1).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == "numerusform"_L1)
                                message.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement(); // location, extracomment, translatorcomment, oldsource
                }
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// Plural forms per language, as Qt's lrelease expects them (src/linguist/shared/numerus.cpp).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms = {{u"de"_s, 2}, {u"fr"_s, 2}, {u"es"_s, 2}, {u"en"_s, 2}};
    return forms.value(language.section(u'_', 0, 0), 0);
}

// The sources' language: its file translates only the %n messages, into their plural forms.
bool pluralsOnly(const QString &language)
{
    return language == u"en"_s;
}

QString languageOf(const QString &path)
{
    return QFileInfo(path).fileName().section(u'_', 1).section(u'.', 0, 0);
}

// %1…%99, %L1 and %n, each with its L: a translation must keep every one of them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[0-9]{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// Accelerator markers: an & before a character; "&&" is a literal ampersand. The text is the decoded XML
// (the file's &amp; is one &).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&' || i + 1 >= text.size())
            continue;
        if (text[i + 1] == u'&')
            ++i; // literal
        else if (!text[i + 1].isSpace())
            ++count;
    }
    return count;
}

QString describe(const QString &file, const Message &message)
{
    QString where = u"%1: %2: \"%3\""_s.arg(file, message.context, message.source);
    if (!message.comment.isEmpty())
        where += u" (%1)"_s.arg(message.comment);
    return where;
}

QString key(const Message &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(OCNUMBERS_TRANSLATIONS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({u"ocnumbers_*.ts"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void theLanguagesAreThere()
    {
        QStringList names;
        for (const QString &path : tsFiles())
            names.append(QFileInfo(path).fileName());
        for (const QString &wanted :
             {u"ocnumbers_de.ts"_s, u"ocnumbers_fr.ts"_s, u"ocnumbers_es.ts"_s, u"ocnumbers_en.ts"_s})
            QVERIFY2(names.contains(wanted), qPrintable(wanted + u" is missing from "_s +
                                                        QStringLiteral(OCNUMBERS_TRANSLATIONS_DIR)));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        const QString file = QFileInfo(path).fileName();
        const TsFile ts = parse(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(file + u": "_s + ts.error));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(file + u" holds no messages: run update_translations"_s));
        const QString language = languageOf(path);
        QVERIFY2(ts.language.section(u'_', 0, 0) == language,
                 qPrintable(u"%1 says its language is \"%2\""_s.arg(file, ts.language)));
        const int forms = pluralForms(language);
        QVERIFY2(forms > 0, qPrintable(u"add the plural forms of \"%1\" to pluralForms()"_s.arg(language)));

        QStringList problems;
        for (const Message &message : ts.messages) {
            const QString where = describe(file, message);
            if (message.type == u"unfinished"_s) {
                problems.append(where + u": not translated (type=\"unfinished\")"_s);
                continue;
            }
            if (message.type == u"vanished"_s || message.type == u"obsolete"_s) {
                problems.append(
                    where +
                    u": no longer in the sources (type=\"%1\"): run update_translations"_s.arg(message.type));
                continue;
            }
            if (pluralsOnly(language) && !message.numerus) {
                problems.append(
                    where +
                    u": not a %n message; %1 holds only plural forms (lupdate -pluralonly)"_s.arg(file));
                continue;
            }
            if (message.numerus && message.translations.size() != forms)
                problems.append(where + u": %1 plural forms, %2 needs %3"_s.arg(message.translations.size())
                                            .arg(language)
                                            .arg(forms));
            const QStringList wantedPlaceholders = placeholders(message.source);
            const int wantedAccelerators = accelerators(message.source);
            for (qsizetype i = 0; i < message.translations.size(); ++i) {
                const QString &text = message.translations[i];
                const QString which = message.numerus ? u" (plural form %1)"_s.arg(i + 1) : QString();
                if (text.trimmed().isEmpty()) {
                    problems.append(where + which + u": empty translation"_s);
                    continue;
                }
                if (placeholders(text) != wantedPlaceholders)
                    problems.append(where + which +
                                    u": placeholders %1 in \"%2\", the source has %3"_s.arg(
                                        placeholders(text).join(u' '), text, wantedPlaceholders.join(u' ')));
                if (accelerators(text) != wantedAccelerators)
                    problems.append(
                        where + which +
                        u": %1 accelerator(s) (&) in \"%2\", the source has %3"_s.arg(accelerators(text))
                            .arg(text)
                            .arg(wantedAccelerators));
                if (message.source.endsWith(u'…') && !text.endsWith(u'…'))
                    problems.append(where + which +
                                    u": \"%1\" should end with … like the source"_s.arg(text));
                if (message.source.endsWith(u':') && !text.endsWith(u':'))
                    problems.append(where + which +
                                    u": \"%1\" should end with : like the source"_s.arg(text));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // Every language has the same messages: a file that was not updated, or edited by hand, stands out. The
    // English file has the %n messages of the others, no more and no fewer.
    void everyLanguageHasTheSameMessages()
    {
        const QStringList paths = tsFiles();
        QVERIFY(paths.size() >= 2);
        QList<QSet<QString>> keys;
        QHash<QString, Message> any;
        for (const QString &path : paths) {
            const TsFile ts = parse(path);
            QVERIFY2(ts.error.isEmpty(), qPrintable(path + u": "_s + ts.error));
            QSet<QString> set;
            for (const Message &message : ts.messages) {
                QVERIFY2(!set.contains(key(message)),
                         qPrintable(describe(QFileInfo(path).fileName(), message) + u": listed twice"_s));
                set.insert(key(message));
                any.insert(key(message), message);
            }
            keys.append(set);
        }
        QStringList problems;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            for (qsizetype j = 0; j < paths.size(); ++j) {
                if (i == j)
                    continue;
                // A plurals-only file is held to the others' %n messages; it has nothing to offer them.
                if (pluralsOnly(languageOf(paths[j])))
                    continue;
                for (const QString &k : keys[j]) {
                    if (pluralsOnly(languageOf(paths[i])) && !any[k].numerus)
                        continue;
                    if (!keys[i].contains(k))
                        problems.append(describe(QFileInfo(paths[i]).fileName(), any[k]) + u": missing; "_s +
                                        QFileInfo(paths[j]).fileName() + u" has it"_s);
                }
            }
        }
        // And a message of the English file that another file lacks.
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (!pluralsOnly(languageOf(paths[i])))
                continue;
            for (qsizetype j = 0; j < paths.size(); ++j) {
                if (pluralsOnly(languageOf(paths[j])))
                    continue;
                for (const QString &k : keys[i]) {
                    if (!keys[j].contains(k))
                        problems.append(describe(QFileInfo(paths[j]).fileName(), any[k]) + u": missing; "_s +
                                        QFileInfo(paths[i]).fileName() + u" has it"_s);
                }
            }
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // MainWindow recognises a cancelled sign-in by comparing the error's text with its own translation, so
    // the three contexts that say it must say it the same way.
    void theCancelledSignInReadsTheSameEverywhere_data() { everyMessageIsTranslated_data(); }

    void theCancelledSignInReadsTheSameEverywhere()
    {
        QFETCH(QString, path);
        const TsFile ts = parse(path);
        QHash<QString, QString> byContext;
        for (const Message &message : ts.messages) {
            if (message.source == u"The sign-in was cancelled."_s && !message.translations.isEmpty())
                byContext.insert(message.context, message.translations.first());
        }
        const QSet<QString> texts(byContext.cbegin(), byContext.cend());
        QVERIFY2(texts.size() <= 1, qPrintable(QFileInfo(path).fileName() + u": "_s +
                                               QStringList(texts.cbegin(), texts.cend()).join(u" / "_s)));
    }

    // The test's own rules, on made-up texts.
    void theRulesThemselves()
    {
        QCOMPARE(accelerators(u"&File"_s), 1);
        QCOMPARE(accelerators(u"Tom && Jerry"_s), 0);
        QCOMPARE(accelerators(u"&Tom && &Jerry"_s), 2);
        QCOMPARE(accelerators(u"A & B"_s), 0);
        QCOMPARE(placeholders(u"%2 of %1, %L3 and %n"_s), (QStringList{u"%1"_s, u"%2"_s, u"%L3"_s, u"%n"_s}));
        QCOMPARE(placeholders(u"%1%2"_s), (QStringList{u"%1"_s, u"%2"_s}));
        QCOMPARE(placeholders(u"100 % sure"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
