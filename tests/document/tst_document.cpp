#include "documenttestdata.h"

#include "document/documentfile.h"
#include "prompt/jsonwrite.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pw;

namespace {

// Sets (or, for an undefined value, removes) the value at a dotted path whose
// numeric segments index arrays: "revisions.1.usage.input_tokens".
QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = root.toArray();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = withValue(array[index], path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = withValue(object.value(head), path, value);
    return object;
}

QByteArray sampleWith(const QString &path, const QJsonValue &value)
{
    const QJsonValue root = withValue(documentToJson(test::sampleDocument()), path.split(QLatin1Char('.')), value);
    return toJsonBytes(root.toObject());
}

// sampleDocument() with two candidates of an optimization: one scored on
// training only, the winner also on the held-out cases.
PromptDocument optimizedDocument()
{
    PromptDocument document = test::sampleDocument();
    const Prompt working = document.prompt();
    Revision candidate;
    candidate.prompt.system = QStringLiteral("You translate {{WORD}}. Answer with the word only.");
    candidate.prompt.messages = {Message::user(QStringLiteral("{{WORD}}"))};
    candidate.origin = Origin::Optimized;
    candidate.engine = QStringLiteral("claude");
    candidate.toolModel = QStringLiteral("claude-sonnet-5-5");
    candidate.usage = {1200, 340};
    candidate.scores = OptimizationScores {1, 2, SuiteScore {0.625, 5, 8}, std::nullopt};
    candidate.time = QDateTime(QDate(2026, 11, 3), QTime(8, 0), QTimeZone::utc());
    document.addRevision(candidate);
    candidate.prompt.system += QStringLiteral(" Never explain.");
    candidate.scores = OptimizationScores {2, 1, SuiteScore {0.875, 7, 8}, SuiteScore {2.0 / 3.0, 2, 3}};
    candidate.time = candidate.time.addSecs(60);
    document.addRevision(candidate);
    document.setPrompt(working);
    return document;
}

QByteArray optimizedSampleWith(const QString &path, const QJsonValue &value)
{
    const QJsonValue root = withValue(documentToJson(optimizedDocument()), path.split(QLatin1Char('.')), value);
    return toJsonBytes(root.toObject());
}

QByteArray evalSampleWith(const QString &path, const QJsonValue &value)
{
    const QJsonValue root = withValue(documentToJson(test::sampleEvalDocument()), path.split(QLatin1Char('.')), value);
    return QJsonDocument(root.toObject()).toJson();
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void addRevisionAssignsIdsAndTime();
    void addRevisionNeverReordersHistory();
    void restoreAddsARevision();
    void recordWorkingCopyOnlyWhenChanged();
    void roundTripKeepsEveryField();
    void fileRoundTrip();
    void invisibleCharactersSurviveSaveAndLoad_data();
    void invisibleCharactersSurviveSaveAndLoad();
    void writtenFormatIsDocumented();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void everyPrefixFailsCleanlyOrIsWhole();
    void saveReportsUnwritablePath();
    void loadReportsMissingFile();
    void recognisesDocuments();
    void documentWithRunsRoundTripsByteForByte();
    void feedbackIsKeptAndOptional();
    void versionOneOpensWithItsValuesAsTheFirstCase();
    void testValuesAreTheFirstCase();
    void newIdsAndPutRun();
    void refusesBadSuitesAndRuns_data();
    void refusesBadSuitesAndRuns();
    void optimizedRevisionsKeepTheirScores();
    void candidatesNeverBecomeTheWorkingCopy();
    void refusesBadScores_data();
    void refusesBadScores();
};

void TestDocument::addRevisionAssignsIdsAndTime()
{
    PromptDocument document;
    QVERIFY(document.revisions().isEmpty());
    QVERIFY(!document.latestRevision());
    Revision revision;
    revision.prompt.messages = {Message::user(QStringLiteral("one"))};
    revision.values = {{QStringLiteral("A"), QStringLiteral("1")}};
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(document.addRevision(revision), 1);
    QCOMPARE(document.addRevision(revision), 2);
    QCOMPARE(document.revisions().size(), 2);
    QVERIFY(document.revision(1)->time >= before);
    QCOMPARE(document.revision(2)->id, 2);
    QVERIFY(!document.revision(3));
    // The recorded revision becomes the working copy.
    QCOMPARE(document.prompt(), revision.prompt);
    QCOMPARE(document.testValues(), revision.values);
}

void TestDocument::addRevisionNeverReordersHistory()
{
    PromptDocument document;
    Revision revision;
    revision.id = 5;
    QCOMPARE(document.addRevision(revision), 5);
    QCOMPARE(document.addRevision(revision), 0);
    revision.id = 3;
    QCOMPARE(document.addRevision(revision), 0);
    revision.id = 0;
    QCOMPARE(document.addRevision(revision), 6);
    QCOMPARE(document.revisions().size(), 2);
}

void TestDocument::restoreAddsARevision()
{
    PromptDocument document = test::sampleDocument();
    const qsizetype before = document.revisions().size();
    const Revision second = *document.revision(2);
    const int id = document.restoreRevision(2, QStringLiteral("why not"));
    QCOMPARE(id, int(before) + 1);
    QCOMPARE(document.revisions().size(), before + 1);
    const Revision *restored = document.latestRevision();
    QCOMPARE(restored->origin, Origin::Restored);
    QCOMPARE(restored->restoredFrom, 2);
    QCOMPARE(restored->prompt, second.prompt);
    QCOMPARE(restored->values, second.values);
    QCOMPARE(restored->note, QStringLiteral("why not"));
    QCOMPARE(document.prompt(), second.prompt);
    QCOMPARE(document.testValues(), second.values);
    QCOMPARE(*document.revision(2), second); // history untouched
    QCOMPARE(document.restoreRevision(99), 0);
    QCOMPARE(document.revisions().size(), before + 1);
}

void TestDocument::recordWorkingCopyOnlyWhenChanged()
{
    PromptDocument document;
    QVERIFY(!document.hasUnrecordedChanges());
    document.setPrompt({QString(), {Message::user(QStringLiteral("draft"))}});
    QVERIFY(document.hasUnrecordedChanges());
    QCOMPARE(document.recordWorkingCopy(), 1);
    QVERIFY(!document.hasUnrecordedChanges());
    QCOMPARE(document.recordWorkingCopy(), 1);
    document.setTestValues({{QStringLiteral("X"), QStringLiteral("y")}});
    QVERIFY(document.hasUnrecordedChanges());
    QCOMPARE(document.recordWorkingCopy(Origin::Imported, QStringLiteral("from a.md")), 2);
    QCOMPARE(document.latestRevision()->origin, Origin::Imported);
    QCOMPARE(document.latestRevision()->note, QStringLiteral("from a.md"));
}

void TestDocument::roundTripKeepsEveryField()
{
    const PromptDocument original = test::sampleDocument();
    const DocumentReadResult read = parseDocument(serializeDocument(original), QStringLiteral("a.promptwerk"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.document.revisions().size(), 3);
    for (qsizetype i = 0; i < original.revisions().size(); ++i)
        QCOMPARE(read.document.revisions()[i], original.revisions()[i]);
    QCOMPARE(read.document.prompt(), original.prompt());
    QCOMPARE(read.document.testValues(), original.testValues());
    QCOMPARE(read.document.targetModel(), original.targetModel());
    QVERIFY(read.document == original);
    QCOMPARE(serializeDocument(read.document), serializeDocument(original));
}

void TestDocument::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("prompt.promptwerk"));
    QString error;
    PromptDocument original = test::sampleDocument();
    QVERIFY2(saveDocumentFile(original, path, &error), qPrintable(error));
    original.addRevision({});
    QVERIFY2(saveDocumentFile(original, path, &error), qPrintable(error)); // replaces the file
    const DocumentReadResult read = loadDocumentFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.document == original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("prompt.promptwerk")});
}

void TestDocument::invisibleCharactersSurviveSaveAndLoad_data()
{
    QTest::addColumn<QString>("lead");
    QTest::newRow("byte order mark") << QStringLiteral("\ufeff");
    QTest::newRow("noncharacter") << QStringLiteral("\uffff");
    QTest::newRow("line separator") << QStringLiteral("\u2028");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800));
}

void TestDocument::invisibleCharactersSurviveSaveAndLoad()
{
    // Qt's JSON reader dropped a raw U+FEFF at the start of any string, so
    // every text that began with one lost it on a save and load.
    QFETCH(QString, lead);
    PromptDocument original;
    Revision revision;
    revision.prompt = {lead + QStringLiteral("You are terse."), {Message::user(lead + QStringLiteral("Hello {{NAME}}"))}};
    revision.values = {{QStringLiteral("NAME"), lead + QStringLiteral("Ada")}};
    revision.origin = Origin::Improved;
    revision.engine = lead + QStringLiteral("claude");
    revision.feedback = lead + QStringLiteral("shorter");
    revision.note = lead;
    revision.time = QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc());
    original.addRevision(revision);
    original.setTargetModel(lead + QStringLiteral("claude-opus-4-6"));

    const QByteArray written = serializeDocument(original);
    const DocumentReadResult read = parseDocument(written, QStringLiteral("a.promptwerk"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.document.prompt().system, original.prompt().system);
    QCOMPARE(read.document.prompt().messages, original.prompt().messages);
    QCOMPARE(read.document.testValues(), original.testValues());
    QCOMPARE(read.document.revisions().constFirst().note, lead);
    QVERIFY(read.document == original);
    QCOMPARE(serializeDocument(read.document), written);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(saveDocumentFile(original, dir.filePath(QStringLiteral("a.promptwerk")), &error), qPrintable(error));
    const DocumentReadResult loaded = loadDocumentFile(dir.filePath(QStringLiteral("a.promptwerk")));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.document == original);
}

void TestDocument::writtenFormatIsDocumented()
{
    // The keys the README's format section describes, so that a change to the writer shows here.
    const QJsonObject json = documentToJson(test::sampleDocument());
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("promptwerk"));
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(json.keys(),
        (QStringList {QStringLiteral("format"), QStringLiteral("prompt"), QStringLiteral("revisions"), QStringLiteral("runs"),
            QStringLiteral("target_model"), QStringLiteral("test_cases"), QStringLiteral("version")}));
    const QJsonObject restored = json.value(QLatin1String("revisions")).toArray().at(2).toObject();
    QCOMPARE(restored.keys(),
        (QStringList {QStringLiteral("engine"), QStringLiteral("feedback"), QStringLiteral("id"), QStringLiteral("note"),
            QStringLiteral("origin"), QStringLiteral("prompt"), QStringLiteral("restored_from"), QStringLiteral("target_model"),
            QStringLiteral("task"), QStringLiteral("time"), QStringLiteral("tool_model"), QStringLiteral("usage"),
            QStringLiteral("variables")}));
    QCOMPARE(restored.value(QLatin1String("time")).toString(), QStringLiteral("2026-11-02T08:00:00.000Z"));
    QCOMPARE(restored.value(QLatin1String("origin")).toString(), QStringLiteral("restored"));
}

void TestDocument::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QJsonValue undefined(QJsonValue::Undefined);
    const auto row = [](const char *name, const QByteArray &data, const char *error) {
        QTest::newRow(name) << data << QString::fromUtf8(error);
    };

    row("empty", "", "a.promptwerk:1:1: invalid JSON: illegal value");
    row("syntax error", "{\n  \"format\": \"promptwerk\",\n  \"version\": 1,,\n}",
        "a.promptwerk:3:17: invalid JSON: unterminated object");
    row("truncated", "{\"format\": \"promptwerk\", \"version\": 1, \"prompt\": {\"system\": \"x",
        "a.promptwerk:1:63: invalid JSON: unterminated string");
    row("not utf-8", "{\"format\": \"promptwerk\", \"note\": \"\xff\"}", "a.promptwerk:1:35: invalid JSON: invalid UTF8 string");
    row("array", "[1, 2]", "a.promptwerk: not a Promptwerk document (the file must hold a JSON object)");
    row("no format", "{\"messages\": []}", "a.promptwerk: not a Promptwerk document (it has no \"format\": \"promptwerk\")");
    row("other format", sampleWith(QStringLiteral("format"), QStringLiteral("promptwerk-autosave")),
        "a.promptwerk: format: must be \"promptwerk\" (found \"promptwerk-autosave\")");
    row("future version", sampleWith(QStringLiteral("version"), 3),
        "a.promptwerk: version: the file is format version 3, newer than this Promptwerk reads (up to 2); "
        "open it with a newer Promptwerk");
    row("version zero", sampleWith(QStringLiteral("version"), 0),
        "a.promptwerk: version: must be a whole number from 1 up (found 0)");
    row("version string", sampleWith(QStringLiteral("version"), QStringLiteral("1")),
        "a.promptwerk: version: must be a whole number from 1 up (found string)");
    row("version missing", sampleWith(QStringLiteral("version"), undefined), "a.promptwerk: version: is required");
    row("feedback not a string", sampleWith(QStringLiteral("feedback"), 7),
        "a.promptwerk: feedback: must be a string (found number)");
    row("usage count string", sampleWith(QStringLiteral("revisions.1.usage.input_tokens"), QStringLiteral("490")),
        "a.promptwerk: revisions[1].usage.input_tokens: must be a non-negative number (found string)");
    row("usage count negative", sampleWith(QStringLiteral("revisions.1.usage.output_tokens"), -1),
        "a.promptwerk: revisions[1].usage.output_tokens: must be a non-negative number (found number)");
    row("usage not object", sampleWith(QStringLiteral("revisions.0.usage"), true),
        "a.promptwerk: revisions[0].usage: must be an object (found boolean)");
    row("revisions not array", sampleWith(QStringLiteral("revisions"), QJsonObject()),
        "a.promptwerk: revisions: must be an array (found object)");
    row("revision not object", sampleWith(QStringLiteral("revisions.2"), 7),
        "a.promptwerk: revisions[2]: must be an object (found number)");
    row("id missing", sampleWith(QStringLiteral("revisions.0.id"), undefined), "a.promptwerk: revisions[0].id: is required");
    row("id fraction", sampleWith(QStringLiteral("revisions.0.id"), 1.5),
        "a.promptwerk: revisions[0].id: must be a whole number from 1 up (found 1.5)");
    row("id repeated", sampleWith(QStringLiteral("revisions.1.id"), 1),
        "a.promptwerk: revisions[1].id: must be greater than the id before it (1 after 1)");
    row("unknown origin", sampleWith(QStringLiteral("revisions.1.origin"), QStringLiteral("dreamt")),
        "a.promptwerk: revisions[1].origin: must be one of typed, generated, improved, templatized, imported, "
        "restored, optimized (found \"dreamt\")");
    row("bad time", sampleWith(QStringLiteral("revisions.0.time"), QStringLiteral("yesterday")),
        "a.promptwerk: revisions[0].time: must be an ISO 8601 date and time like 2026-11-01T09:30:00Z "
        "(found \"yesterday\")");
    row("time number", sampleWith(QStringLiteral("revisions.0.time"), 12),
        "a.promptwerk: revisions[0].time: must be a string (found number)");
    row("engine number", sampleWith(QStringLiteral("revisions.1.engine"), 3),
        "a.promptwerk: revisions[1].engine: must be a string (found number)");
    row("value not string", sampleWith(QStringLiteral("revisions.1.variables.WORD"), QJsonArray()),
        "a.promptwerk: revisions[1].variables.WORD: must be a string (found array)");
    row("role wrong", sampleWith(QStringLiteral("revisions.1.prompt.messages.1.role"), QStringLiteral("system")),
        "a.promptwerk: revisions[1].prompt.messages[1].role: must be \"user\" or \"assistant\" (found \"system\")");
    row("block text missing", sampleWith(QStringLiteral("revisions.0.prompt.messages.0.content.0.text"), undefined),
        "a.promptwerk: revisions[0].prompt.messages[0].content[0].text: must be a string (found nothing)");
    row("prompt missing", sampleWith(QStringLiteral("prompt"), undefined), "a.promptwerk: prompt: is required");
    row("messages missing", sampleWith(QStringLiteral("prompt.messages"), undefined),
        "a.promptwerk: prompt.messages: is required");
    row("system number", sampleWith(QStringLiteral("prompt.system"), 1),
        "a.promptwerk: prompt.system: must be a string (found number)");
    row("test values", sampleWith(QStringLiteral("variables"), QStringLiteral("x")),
        "a.promptwerk: variables: must be an object (found string)");
    const char *nameRule
        = " is not a valid variable name (a letter or underscore, then letters, digits or underscores, as in {{NAME}})";
    const auto nameRow = [&](const char *name, const QString &path, const QString &variable, const char *error) {
        QTest::newRow(name) << sampleWith(path + QLatin1Char('.') + variable, QStringLiteral("value"))
                            << QString(QString::fromUtf8(error) + QString::fromUtf8(nameRule));
    };
    nameRow("variable name empty", QStringLiteral("variables"), QString(), "a.promptwerk: variables: \"\"");
    nameRow("variable name with space", QStringLiteral("variables"), QStringLiteral("order id"),
        "a.promptwerk: variables: \"order id\"");
    nameRow("variable name byte order mark", QStringLiteral("variables"), QStringLiteral("\ufeffWORD"),
        "a.promptwerk: variables: \"\\ufeffWORD\"");
    nameRow("revision variable name nul", QStringLiteral("revisions.1.variables"), QString(QChar(0)),
        "a.promptwerk: revisions[1].variables: \"\\u0000\"");
    nameRow("revision variable name lone surrogate", QStringLiteral("revisions.1.variables"), QStringLiteral("A") + QChar(0xdc00),
        "a.promptwerk: revisions[1].variables: \"A\\udc00\"");
    row("restored from the future", sampleWith(QStringLiteral("revisions.2.restored_from"), 3),
        "a.promptwerk: revisions[2].restored_from: must name an earlier revision (found 3)");
}

void TestDocument::refusesBadFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const DocumentReadResult read = parseDocument(data, QStringLiteral("a.promptwerk"));
    QCOMPARE(read.error, error);
    QVERIFY(read.document == PromptDocument());
}

void TestDocument::everyPrefixFailsCleanlyOrIsWhole()
{
    PromptDocument small;
    Revision revision;
    revision.prompt = {QStringLiteral("Be brief."), {Message::user(QStringLiteral("Say {{X}} ✓"))}};
    revision.values = {{QStringLiteral("X"), QStringLiteral("hi")}};
    revision.usage = {3, 4, 0, 0};
    revision.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    small.addRevision(revision);
    const QByteArray data = serializeDocument(small);
    int accepted = 0;
    for (qsizetype length = 0; length <= data.size(); ++length) {
        const DocumentReadResult read = parseDocument(data.left(length), QStringLiteral("p.promptwerk"));
        if (read.ok()) {
            QVERIFY2(
                read.document == small, qPrintable(QStringLiteral("prefix of %1 bytes read as another document").arg(length)));
            ++accepted;
        } else {
            QVERIFY2(read.error.startsWith(QLatin1String("p.promptwerk:")), qPrintable(read.error));
        }
    }
    // The whole file, and the file without its final newline.
    QCOMPARE(accepted, 2);
}

void TestDocument::saveReportsUnwritablePath()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("missing-folder/p.promptwerk"));
    QVERIFY(!saveDocumentFile(test::sampleDocument(), path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": ")), qPrintable(error));
}

void TestDocument::loadReportsMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.promptwerk"));
    const DocumentReadResult read = loadDocumentFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.startsWith(QStringLiteral("cannot read ") + path + QStringLiteral(": ")), qPrintable(read.error));
}

void TestDocument::recognisesDocuments()
{
    QVERIFY(looksLikeDocument("garbage", QStringLiteral("x.promptwerk")));
    QVERIFY(looksLikeDocument(serializeDocument(test::sampleDocument()), QStringLiteral("x.json")));
    QVERIFY(looksLikeDocument(sampleWith(QStringLiteral("version"), 9), QStringLiteral("-")));
    QVERIFY(!looksLikeDocument("{\"messages\": []}", QStringLiteral("x.json")));
    QVERIFY(!looksLikeDocument("Hello", QStringLiteral("x.txt")));
}

void TestDocument::documentWithRunsRoundTripsByteForByte()
{
    const PromptDocument original = test::sampleEvalDocument();
    const QByteArray written = serializeDocument(original);
    const DocumentReadResult read = parseDocument(written, QStringLiteral("a.promptwerk"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.document.testCases(), original.testCases());
    QCOMPARE(read.document.runs().size(), 2);
    QCOMPARE(read.document.runs().at(0), original.runs().at(0));
    QCOMPARE(read.document.runs().at(1), original.runs().at(1));
    QVERIFY(read.document == original);
    QCOMPARE(serializeDocument(read.document), written);

    // The documented keys of a cell that uses them all.
    const QJsonObject cell = documentToJson(original)
                                 .value(QLatin1String("runs"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("cells"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(cell.keys(),
        (QStringList {QStringLiteral("case"), QStringLiteral("cost_usd"), QStringLiteral("first_token_ms"),
            QStringLiteral("grades"), QStringLiteral("human"), QStringLiteral("latency_ms"), QStringLiteral("output"),
            QStringLiteral("pass"), QStringLiteral("repeat"), QStringLiteral("request_id"), QStringLiteral("score"),
            QStringLiteral("status"), QStringLiteral("stop_reason"), QStringLiteral("usage")}));
}

void TestDocument::feedbackIsKeptAndOptional()
{
    PromptDocument original = test::sampleEvalDocument();
    const QByteArray withoutFeedback = serializeDocument(original);
    QVERIFY(!documentToJson(original).contains(QLatin1String("feedback")));

    original.setFeedback(QStringLiteral("Shorter, and\nname the \"tone\" once."));
    const QByteArray written = serializeDocument(original);
    QCOMPARE(documentToJson(original).value(QLatin1String("feedback")).toString(), original.feedback());
    const DocumentReadResult read = parseDocument(written, QStringLiteral("a.promptwerk"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.document.feedback(), original.feedback());
    QVERIFY(read.document == original);
    QCOMPARE(serializeDocument(read.document), written);

    // A file from before the key: no feedback, and written back unchanged.
    const DocumentReadResult old = parseDocument(withoutFeedback, QStringLiteral("old.promptwerk"));
    QVERIFY2(old.ok(), qPrintable(old.error));
    QCOMPARE(old.document.feedback(), QString());
    QCOMPARE(serializeDocument(old.document), withoutFeedback);
}

void TestDocument::versionOneOpensWithItsValuesAsTheFirstCase()
{
    const QByteArray versionOne = R"({
        "format": "promptwerk", "version": 1,
        "prompt": {"system": "", "messages": [{"role": "user", "content": "Translate {{WORD}}"}]},
        "variables": {"WORD": "hello"},
        "target_model": "claude-opus-4-6",
        "revisions": [{"id": 1, "origin": "typed", "time": "2026-11-01T09:30:00.125Z",
                       "prompt": {"system": "", "messages": [{"role": "user", "content": "Translate {{WORD}}"}]},
                       "variables": {"WORD": "hi"}}]
    })";
    const DocumentReadResult read = parseDocument(versionOne, QStringLiteral("old.promptwerk"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.document.testCases().size(), 1);
    QCOMPARE(read.document.testCases().constFirst().id, QStringLiteral("case-1"));
    const VariableValues hello {{QStringLiteral("WORD"), QStringLiteral("hello")}};
    QCOMPARE(read.document.testCases().constFirst().vars, hello);
    QCOMPARE(read.document.testValues(), hello);
    QCOMPARE(read.document.revision(1)->values, (VariableValues {{QStringLiteral("WORD"), QStringLiteral("hi")}}));
    QVERIFY(read.document.runs().isEmpty());
    // Saved again, it is version 2 and reads back the same.
    const QJsonObject saved = documentToJson(read.document);
    QCOMPARE(saved.value(QLatin1String("version")).toInt(), 2);
    QVERIFY(!saved.contains(QLatin1String("variables")));
    QVERIFY(parseDocument(serializeDocument(read.document), QStringLiteral("new.promptwerk")).document == read.document);

    // The sample that ships with Promptwerk is version 1 too.
    const DocumentReadResult sample
        = loadDocumentFile(QStringLiteral(PROMPTWERK_SOURCE_DIR "/resources/samples/support-triage.promptwerk"));
    QVERIFY2(sample.ok(), qPrintable(sample.error));
    QVERIFY(!sample.document.testValues().isEmpty());
    QCOMPARE(sample.document.testCases().size(), 1);
}

void TestDocument::testValuesAreTheFirstCase()
{
    PromptDocument document;
    document.setTestValues({});
    QVERIFY(document.testCases().isEmpty()); // nothing to keep: still an empty document
    QVERIFY(document == PromptDocument());
    document.setTestValues({{QStringLiteral("A"), QStringLiteral("1")}});
    QCOMPARE(document.testCases().size(), 1);
    TestCase second;
    second.id = document.newTestCaseId();
    QCOMPARE(second.id, QStringLiteral("case-2"));
    document.setTestCases({document.testCases().constFirst(), second});
    document.setTestValues({{QStringLiteral("A"), QStringLiteral("2")}});
    QCOMPARE(document.testCases().constFirst().vars.value(QStringLiteral("A")), QStringLiteral("2"));
    QCOMPARE(document.testCases().size(), 2);
    Revision revision;
    revision.values = {{QStringLiteral("B"), QStringLiteral("3")}};
    document.addRevision(revision);
    QCOMPARE(document.testCases().constFirst().vars, revision.values);
    QCOMPARE(document.testCases().at(1).id, QStringLiteral("case-2"));
}

void TestDocument::newIdsAndPutRun()
{
    PromptDocument document = test::sampleEvalDocument();
    QCOMPARE(document.newTestCaseId(), QStringLiteral("case-8"));
    QCOMPARE(document.newRunId(), QStringLiteral("run-3"));
    EvalRun run = *document.run(QStringLiteral("run-1"));
    run.cells.removeLast();
    document.putRun(run);
    QCOMPARE(document.runs().size(), 2);
    QCOMPARE(document.run(QStringLiteral("run-1"))->cells.size(), 3);
    run.id = document.newRunId();
    document.putRun(run);
    QCOMPARE(document.runs().size(), 3);
    QCOMPARE(document.runs().constLast().id, QStringLiteral("run-3"));
    QVERIFY(!document.run(QStringLiteral("run-9")));
}

void TestDocument::refusesBadSuitesAndRuns_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QJsonValue undefined(QJsonValue::Undefined);
    const auto row = [](const char *name, const QByteArray &data, const char *error) {
        QTest::newRow(name) << data << QString::fromUtf8(error);
    };
    row("cases not array", evalSampleWith(QStringLiteral("test_cases"), 3),
        "a.promptwerk: test_cases: must be an array (found number)");
    row("case id missing", evalSampleWith(QStringLiteral("test_cases.1.id"), undefined),
        "a.promptwerk: test_cases[1].id: is required");
    row("case id twice", evalSampleWith(QStringLiteral("test_cases.1.id"), QStringLiteral("case-1")),
        "a.promptwerk: test_cases[1].id: \"case-1\" is used twice");
    row("case id empty", evalSampleWith(QStringLiteral("test_cases.0.id"), QString()),
        "a.promptwerk: test_cases[0].id: must not be empty");
    row("var a list", evalSampleWith(QStringLiteral("test_cases.1.vars.WORD"), QJsonArray {QStringLiteral("x")}),
        "a.promptwerk: test_cases[1].vars.WORD: must be a text, a number or a boolean (found array; lists of values are not "
        "supported)");
    row("assertion type missing", evalSampleWith(QStringLiteral("test_cases.1.assert.2.type"), undefined),
        "a.promptwerk: test_cases[1].assert[2].type: is required");
    row("threshold string", evalSampleWith(QStringLiteral("test_cases.1.threshold"), QStringLiteral("high")),
        "a.promptwerk: test_cases[1].threshold: must be a number (found string)");
    row("run id twice", evalSampleWith(QStringLiteral("runs.1.id"), QStringLiteral("run-1")),
        "a.promptwerk: runs[1].id: \"run-1\" is used twice");
    row("run of no revision", evalSampleWith(QStringLiteral("runs.0.revision"), 9),
        "a.promptwerk: runs[0].revision: names no revision of this document (found 9)");
    row("settings missing", evalSampleWith(QStringLiteral("runs.0.settings"), undefined),
        "a.promptwerk: runs[0].settings: is required");
    row("max_tokens zero", evalSampleWith(QStringLiteral("runs.0.settings.max_tokens"), 0),
        "a.promptwerk: runs[0].settings.max_tokens: must be a whole number from 1 up (found 0)");
    row("stop sequence number", evalSampleWith(QStringLiteral("runs.0.settings.stop_sequences.0"), 1),
        "a.promptwerk: runs[0].settings.stop_sequences[0]: must be a string (found number)");
    row("bad start", evalSampleWith(QStringLiteral("runs.0.started"), QStringLiteral("noon")),
        "a.promptwerk: runs[0].started: must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found \"noon\")");
    row("unknown status", evalSampleWith(QStringLiteral("runs.0.cells.1.status"), QStringLiteral("lost")),
        "a.promptwerk: runs[0].cells[1].status: must be one of pending, succeeded, failed, canceled (found \"lost\")");
    row("cell case missing", evalSampleWith(QStringLiteral("runs.0.cells.0.case"), undefined),
        "a.promptwerk: runs[0].cells[0].case: is required");
    row("latency fraction", evalSampleWith(QStringLiteral("runs.0.cells.0.latency_ms"), 1.5),
        "a.promptwerk: runs[0].cells[0].latency_ms: must be a whole number from 0 up (found 1.5)");
    row("cost string", evalSampleWith(QStringLiteral("runs.0.cells.0.cost_usd"), QStringLiteral("$1")),
        "a.promptwerk: runs[0].cells[0].cost_usd: must be a number (found string)");
    row("usage negative", evalSampleWith(QStringLiteral("runs.0.cells.0.usage.output_tokens"), -3),
        "a.promptwerk: runs[0].cells[0].usage.output_tokens: must be a non-negative number (found number)");
    row("grade pass string", evalSampleWith(QStringLiteral("runs.0.cells.0.grades.1.pass"), QStringLiteral("yes")),
        "a.promptwerk: runs[0].cells[0].grades[1].pass: must be true or false (found string)");
    row("rating above 5", evalSampleWith(QStringLiteral("runs.0.cells.0.human.rating"), 7),
        "a.promptwerk: runs[0].cells[0].human.rating: must be from 1 to 5 (found 7)");
}

void TestDocument::refusesBadSuitesAndRuns()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const DocumentReadResult read = parseDocument(data, QStringLiteral("a.promptwerk"));
    QCOMPARE(read.error, error);
    QVERIFY(read.document == PromptDocument());
}

void TestDocument::optimizedRevisionsKeepTheirScores()
{
    const PromptDocument original = optimizedDocument();
    const QByteArray written = serializeDocument(original);
    const QJsonArray revisions = documentToJson(original).value(QLatin1String("revisions")).toArray();
    QCOMPARE(revisions.at(3).toObject().value(QLatin1String("origin")).toString(), QStringLiteral("optimized"));
    const QJsonObject scores = revisions.at(4).toObject().value(QLatin1String("scores")).toObject();
    QCOMPARE(scores.keys(),
        (QStringList {
            QStringLiteral("candidate"), QStringLiteral("held_out"), QStringLiteral("round"), QStringLiteral("training")}));
    QCOMPARE(scores.value(QLatin1String("training")).toObject().keys(),
        (QStringList {QStringLiteral("passed"), QStringLiteral("score"), QStringLiteral("total")}));
    QVERIFY(!revisions.at(3).toObject().value(QLatin1String("scores")).toObject().contains(QLatin1String("held_out")));
    // Revisions of every other origin have no scores, and a file written before them has none.
    for (int i = 0; i < 3; ++i)
        QVERIFY(!revisions.at(i).toObject().contains(QLatin1String("scores")));

    const DocumentReadResult read = parseDocument(written, QStringLiteral("a.promptwerk"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.document == original);
    QCOMPARE(read.document.revision(5)->scores->heldOut->score, 2.0 / 3.0);
    QCOMPARE(read.document.revision(4)->scores->training.passed, 5);
    QVERIFY(!read.document.revision(4)->scores->heldOut);
    QCOMPARE(serializeDocument(read.document), written);

    const QByteArray older = serializeDocument(test::sampleDocument());
    const DocumentReadResult old = parseDocument(older, QStringLiteral("old.promptwerk"));
    QVERIFY2(old.ok(), qPrintable(old.error));
    QCOMPARE(serializeDocument(old.document), older);
}

void TestDocument::candidatesNeverBecomeTheWorkingCopy()
{
    PromptDocument document;
    document.setPrompt(Prompt {{}, {Message::user(QStringLiteral("original"))}});
    QCOMPARE(document.recordWorkingCopy(), 1);
    Revision candidate;
    candidate.prompt = Prompt {{}, {Message::user(QStringLiteral("candidate"))}};
    candidate.origin = Origin::Optimized;
    candidate.scores = OptimizationScores {1, 1, SuiteScore {1, 3, 3}, std::nullopt};
    QCOMPARE(document.addRevision(candidate), 2);
    QCOMPARE(document.prompt().messages.constFirst().text(), QStringLiteral("original"));
    QCOMPARE(document.workingRevision()->id, 1);
    // The working copy is still revision 1: nothing new to record.
    QVERIFY(!document.hasUnrecordedChanges());
    QCOMPARE(document.recordWorkingCopy(), 1);
    QCOMPARE(document.revisions().size(), 2);
    // Taking the candidate over restores it: from then on it is the working copy.
    QCOMPARE(document.restoreRevision(2), 3);
    QCOMPARE(document.prompt(), candidate.prompt);
    QCOMPARE(document.workingRevision()->id, 3);
    QVERIFY(!document.hasUnrecordedChanges());
}

void TestDocument::refusesBadScores_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QJsonValue undefined(QJsonValue::Undefined);
    const auto row = [](const char *name, const QByteArray &data, const char *error) {
        QTest::newRow(name) << data << QString::fromUtf8(error);
    };
    row("scores not object", optimizedSampleWith(QStringLiteral("revisions.3.scores"), 1),
        "a.promptwerk: revisions[3].scores: must be an object (found number)");
    row("round missing", optimizedSampleWith(QStringLiteral("revisions.3.scores.round"), undefined),
        "a.promptwerk: revisions[3].scores.round: is required");
    row("candidate zero", optimizedSampleWith(QStringLiteral("revisions.4.scores.candidate"), 0),
        "a.promptwerk: revisions[4].scores.candidate: must be a whole number from 1 up (found 0)");
    row("training missing", optimizedSampleWith(QStringLiteral("revisions.3.scores.training"), undefined),
        "a.promptwerk: revisions[3].scores.training: is required");
    row("score above one", optimizedSampleWith(QStringLiteral("revisions.3.scores.training.score"), 1.5),
        "a.promptwerk: revisions[3].scores.training.score: must be a number from 0 to 1 (found 1.5)");
    row("score missing", optimizedSampleWith(QStringLiteral("revisions.4.scores.held_out.score"), undefined),
        "a.promptwerk: revisions[4].scores.held_out.score: is required");
    row("score string", optimizedSampleWith(QStringLiteral("revisions.4.scores.held_out.score"), QStringLiteral("0.5")),
        "a.promptwerk: revisions[4].scores.held_out.score: must be a number (found string)");
    row("passed above total", optimizedSampleWith(QStringLiteral("revisions.4.scores.training.passed"), 9),
        "a.promptwerk: revisions[4].scores.training.passed: must not be more than total (9 of 8)");
    row("total negative", optimizedSampleWith(QStringLiteral("revisions.4.scores.held_out.total"), -3),
        "a.promptwerk: revisions[4].scores.held_out.total: must be a whole number from 0 up (found -3)");
    row("held out not object", optimizedSampleWith(QStringLiteral("revisions.4.scores.held_out"), QJsonArray()),
        "a.promptwerk: revisions[4].scores.held_out: must be an object (found array)");
}

void TestDocument::refusesBadScores()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const DocumentReadResult read = parseDocument(data, QStringLiteral("a.promptwerk"));
    QCOMPARE(read.error, error);
    QVERIFY(read.document == PromptDocument());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
