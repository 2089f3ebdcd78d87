#include "documenttestdata.h"

#include "document/documentfile.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void writtenFormatIsDocumented();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void everyPrefixFailsCleanlyOrIsWhole();
    void saveReportsUnwritablePath();
    void loadReportsMissingFile();
    void recognisesDocuments();
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

void TestDocument::writtenFormatIsDocumented()
{
    // The keys the README's format section describes, so that a change to the writer shows here.
    const QJsonObject json = documentToJson(test::sampleDocument());
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("promptwerk"));
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(json.keys(),
        (QStringList {QStringLiteral("format"), QStringLiteral("prompt"), QStringLiteral("revisions"),
            QStringLiteral("target_model"), QStringLiteral("variables"), QStringLiteral("version")}));
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
    row("future version", sampleWith(QStringLiteral("version"), 2),
        "a.promptwerk: version: the file is format version 2, newer than this Promptwerk reads (up to 1); "
        "open it with a newer Promptwerk");
    row("version zero", sampleWith(QStringLiteral("version"), 0),
        "a.promptwerk: version: must be a whole number from 1 up (found 0)");
    row("version string", sampleWith(QStringLiteral("version"), QStringLiteral("1")),
        "a.promptwerk: version: must be a whole number from 1 up (found string)");
    row("version missing", sampleWith(QStringLiteral("version"), undefined), "a.promptwerk: version: is required");
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
        "restored (found \"dreamt\")");
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

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
