// promptwerk-cli export, run as a separate process the way a user runs it.
#include "document/documentfile.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsADocumentToStdout();
    void exportsAnImportableFileToOutput();
    void readsStandardInput();
    void curlOutputIsExecutable();
    void refusesUnknownFormat();
    void refusesMissingFormat();
    void refusesInvalidInput();
    void exportThenDiffIsIdentical_data();
    void exportThenDiffIsIdentical();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

void TestExportCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

Run TestExportCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(PW_CLI_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestExportCli::writeFile(const QString &name, const QByteArray &data)
{
    return pw::test::writeTestFile(m_dir.filePath(name), data);
}

void TestExportCli::exportsADocumentToStdout()
{
    PromptDocument document;
    document.setPrompt({QStringLiteral("Be brief."), {Message::user(QStringLiteral("Translate {{WORD}}"))}});
    document.setTestValues({{QStringLiteral("WORD"), QStringLiteral("hello")}});
    document.setTargetModel(QStringLiteral("claude-doc-model"));
    const QString path = m_dir.filePath(QStringLiteral("doc.promptwerk"));
    QString error;
    QVERIFY2(saveDocumentFile(document, path, &error), qPrintable(error));

    const Run python = run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("python")});
    QCOMPARE(python.exitCode, 0);
    QVERIFY2(python.err.isEmpty(), python.err.constData());
    QVERIFY(python.out.contains("MODEL = \"claude-doc-model\"\n"));
    QVERIFY(python.out.contains("SYSTEM = \"Be brief.\"\n"));
    QVERIFY(python.out.contains("    \"WORD\": \"hello\",\n"));

    const Run text = run({QStringLiteral("export"), path, QStringLiteral("--format=text")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("## System\n\nBe brief.\n\n## User\n\nTranslate {{WORD}}\n"));
}

void TestExportCli::exportsAnImportableFileToOutput()
{
    const QString input = writeFile(QStringLiteral("prompt.md"), "## System\n\nTerse.\n\n## User\n\nSay {{X}} ✓\n");
    const QString output = m_dir.filePath(QStringLiteral("request.json"));
    const Run result = run({QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("messages-json"),
        QStringLiteral("-o"), output, QStringLiteral("--target-model"), QStringLiteral("claude-cli-model")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject request = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(request.value(QLatin1String("model")).toString(), QStringLiteral("claude-cli-model"));
    QCOMPARE(request.value(QLatin1String("system")).toString(), QStringLiteral("Terse."));
    QCOMPARE(request.value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("content")).toString(),
        QStringLiteral("Say {{X}} ✓"));
}

void TestExportCli::readsStandardInput()
{
    const Run result = run({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("jinja")},
        "Hello {{NAME}}, {% not a tag %}");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.endsWith("## User\n\nHello {{ NAME }}, {{ '{' }}% not a tag %}\n"));
}

void TestExportCli::curlOutputIsExecutable()
{
    const QString input = writeFile(QStringLiteral("hi.txt"), "Hi");
    const QString output = m_dir.filePath(QStringLiteral("send.sh"));
    const Run result = run({QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("curl"),
        QStringLiteral("--output"), output});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::permissions(output) & QFile::ExeOwner);
}

void TestExportCli::refusesUnknownFormat()
{
    const QString input = writeFile(QStringLiteral("x.txt"), "Hi");
    const QString output = m_dir.filePath(QStringLiteral("never.txt"));
    const Run result = run(
        {QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("java"), QStringLiteral("-o"), output});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
        QByteArray("promptwerk-cli: export: unknown format 'java' (valid formats: text, messages-json, python, typescript, "
                   "curl, jinja, promptfoo, prompt-tools)\n"));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(output));
}

void TestExportCli::refusesMissingFormat()
{
    const Run result = run({QStringLiteral("export"), writeFile(QStringLiteral("y.txt"), "Hi")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("promptwerk-cli: export: --format is required (one of: text, "), result.err.constData());
}

void TestExportCli::refusesInvalidInput()
{
    const QString input = writeFile(QStringLiteral("broken.json"), "{\n  \"messages\": [\n    {\"role\": \"user\",}\n");
    const Run result = run({QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("python")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(
        result.err, QByteArray("promptwerk-cli: ") + input.toUtf8() + ":3:22: invalid JSON: object is missing after a comma\n");
    QVERIFY(result.out.isEmpty());

    const QString future = writeFile(QStringLiteral("future.promptwerk"), "{\"format\": \"promptwerk\", \"version\": 7}");
    const Run document = run({QStringLiteral("export"), future, QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(document.exitCode, 2);
    QVERIFY2(document.err.contains("version: the file is format version 7, newer than this Promptwerk reads"),
        document.err.constData());

    const Run missing = run({QStringLiteral("export"), m_dir.filePath(QStringLiteral("nothing.md")), QStringLiteral("--format"),
        QStringLiteral("text")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("cannot read"), missing.err.constData());
}

void TestExportCli::exportThenDiffIsIdentical_data()
{
    QTest::addColumn<QByteArray>("prompt");
    QTest::addColumn<QString>("format");
    // The reproducers of issue 13: a raw U+FEFF at the start of a string was lost on the way back in.
    const QByteArray message = R"({"messages":[{"role":"user","content":"\ufeffHello {{NAME}}"}]})";
    const QByteArray system = R"({"system":"\ufeffYou are terse.","messages":[{"role":"user","content":"Hi"}]})";
    const QByteArray others = R"({"messages":[{"role":"user","content":"\u2028a\uffff \ud800"}]})";
    for (const QString &format : {QStringLiteral("prompt-tools"), QStringLiteral("messages-json")}) {
        QTest::addRow("message, %s", qPrintable(format)) << message << format;
        QTest::addRow("system, %s", qPrintable(format)) << system << format;
        QTest::addRow("other invisibles, %s", qPrintable(format)) << others << format;
    }
}

void TestExportCli::exportThenDiffIsIdentical()
{
    QFETCH(QByteArray, prompt);
    QFETCH(QString, format);
    const QString input = writeFile(QStringLiteral("bom.json"), prompt);
    const QString output = m_dir.filePath(QStringLiteral("out.json"));
    const Run exported = run({QStringLiteral("export"), input, QStringLiteral("--format"), format, QStringLiteral("-o"), output});
    QCOMPARE(exported.exitCode, 0);

    const Run diff = run({QStringLiteral("diff"), QStringLiteral("--json"), input, output});
    QVERIFY2(!diff.out.contains("\"delete\"") && !diff.out.contains("\"insert\""), diff.out.constData());
    QCOMPARE(diff.exitCode, 0);

    // The diff's own JSON keeps the mark too.
    const Run changed = run({QStringLiteral("diff"), QStringLiteral("--json"), input,
        writeFile(QStringLiteral("other.txt"), "\xEF\xBB\xBF\xEF\xBB\xBFHello")});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(!changed.out.contains("\xEF\xBB\xBF"), changed.out.constData());
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
