#include "exchange/codeliterals.h"
#include "exchange/exporters.h"
#include "exchange/importers.h"

#include "fakes/fakeapiserver.h"
#include "prompt/variables.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;

namespace {

// Text that breaks naive quoting in every language the exports are written in.
const QString trickyText = QStringLiteral(
    "Quote \" apostrophe ' backtick ` backslash \\ dollar ${x} $& tab\tCR\r\n"
    "unicode: 翻訳 ✓ 😀, bidi \u202Eevil\u202C, bom \uFEFF, nel \u0085, ls \u2028 ps \u2029, del \x7F, nul-ish \x01\n"
    "braces: {single} {{ spaced }} {%tag%} {#comment#} {{{TRIPLE}}} {{%");

ExportSource sampleSource()
{
    ExportSource source;
    source.prompt.system = QStringLiteral("You translate into {{TARGET_LANGUAGE}}.\n") + trickyText;
    source.prompt.messages = {Message::user(QStringLiteral("Translate {{WORD}} to {{TARGET_LANGUAGE}}.\n\n") + trickyText),
        Message::assistant(QStringLiteral("Sure, here is {{WORD}}:")),
        Message::user(QStringLiteral("And again: {{WORD}}{{UNFILLED}}"))};
    source.testValues = {{QStringLiteral("WORD"), QStringLiteral("say \"hi\" {{TARGET_LANGUAGE}} $& \\ `${y}`\nnext line ✓")},
        {QStringLiteral("TARGET_LANGUAGE"), QStringLiteral("German")}, {QStringLiteral("TRIPLE"), QStringLiteral("3")},
        {QStringLiteral("UNUSED"), QStringLiteral("stale")}};
    source.targetModel = QStringLiteral("claude-test-model");
    source.maxTokens = 777;
    return source;
}

// The prompt's own variables that have a test value: what exports write.
VariableValues usedValues(const ExportSource &source)
{
    VariableValues values = source.testValues;
    values.remove(QStringLiteral("UNUSED"));
    return values;
}

Prompt filledPrompt(const ExportSource &source)
{
    return fillVariables(source.prompt, source.testValues).prompt;
}

// {"model", "max_tokens", "system"?, "messages": [{"role", "content": "text"}]}
QJsonObject expectedRequest(const Prompt &prompt, const ExportSource &source)
{
    QJsonArray messages;
    for (const Message &message : prompt.messages)
        messages.append(
            QJsonObject {{QStringLiteral("role"), roleName(message.role)}, {QStringLiteral("content"), message.text()}});
    QJsonObject request {{QStringLiteral("model"), source.targetModel}, {QStringLiteral("max_tokens"), source.maxTokens},
        {QStringLiteral("messages"), messages}};
    if (!prompt.system.isEmpty())
        request.insert(QStringLiteral("system"), prompt.system);
    return request;
}

QString exported(const ExportSource &source, ExportFormat format)
{
    const ExportResult result = exportPrompt(source, format);
    if (!result.ok())
        qFatal("export failed: %s", qPrintable(result.error));
    return result.text;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

QJsonObject valuesJson(const VariableValues &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// Debian's interpreter, where install-deps.sh puts python3-jinja2 and python3-yaml.
const QString python = QStringLiteral(PW_SYSTEM_PYTHON);

const char *const stubAnthropic = R"(import json
import os


class _Block:
    type = "text"
    text = "stub reply"


class _Reply:
    content = [_Block()]


class _Messages:
    def create(self, **kwargs):
        with open(os.environ["PW_RECORD"], "w", encoding="utf-8") as f:
            json.dump(kwargs, f, ensure_ascii=False)
        return _Reply()


class Anthropic:
    def __init__(self, **kwargs):
        self.messages = _Messages()
)";

const char *const renderJinja = R"(import json, sys
import jinja2
template = open(sys.argv[1], encoding="utf-8").read()
values = json.load(open(sys.argv[2], encoding="utf-8"))
env = jinja2.Environment(keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
open(sys.argv[3], "w", encoding="utf-8", newline="").write(env.from_string(template).render(values))
)";

// Renders the promptfoo prompt as promptfoo would (Nunjucks and Jinja2 agree on
// every construct the export uses) and reads it as the JSON chat.
const char *const readPromptfoo = R"(import json, sys
import jinja2, yaml
config = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
prompt = config["prompts"][0]
variables = config["tests"][0]["vars"]
rendered = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(prompt).render(variables)
out = {
    "description": config["description"],
    "provider": config["providers"][0]["id"],
    "max_tokens": config["providers"][0]["config"]["max_tokens"],
    "chat": json.loads(rendered),
    "values": {name: json.loads('"' + value + '"') for name, value in variables.items()},
}
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(out, ensure_ascii=False))
)";

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatNames();
    void formatFromFileName_data();
    void formatFromFileName();
    void literals_data();
    void literals();
    void textLayoutImportsBackAsMarkdown();
    void messagesJsonFillsBackToThePrompt();
    void promptToolsJsonImportsBack();
    void pythonCompilesAndSendsTheFilledPrompt();
    void pythonRefusesMissingValues();
    void jinjaRendersToTheFilledPrompt();
    void promptfooConfigHoldsPromptAndValues();
    void curlSendsTheFilledRequest();
    void typeScriptIsWellFormed();
    void noExportContainsTheApiKey();
    void refusesWhatCannotBeExported();
    void defaultModelWhenNoneGiven();

private:
    QByteArray runPython(
        const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

void TestExporters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The consumers must be there: a missing one fails here with the fix, rather than skipping.
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import jinja2, yaml")});
    QVERIFY2(probe.waitForFinished(30000) && probe.exitCode() == 0,
        qPrintable(python
            + QStringLiteral(" cannot import jinja2 and yaml: run scripts/install-deps.sh (python3-jinja2 python3-yaml). ")
            + QString::fromUtf8(probe.readAllStandardError())));
}

QString TestExporters::writeFile(const QString &name, const QByteArray &data)
{
    return pw::test::writeTestFile(m_dir.filePath(name), data);
}

QByteArray TestExporters::runPython(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("PYTHONPYCACHEPREFIX"), m_dir.filePath(QStringLiteral("pycache")));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    process.setProcessEnvironment(env);
    process.start(python, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("python %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return "FAILED";
    }
    return process.readAllStandardOutput();
}

void TestExporters::formatNames()
{
    QCOMPARE(exportFormatNames(),
        (QStringList {QStringLiteral("text"), QStringLiteral("messages-json"), QStringLiteral("python"),
            QStringLiteral("typescript"), QStringLiteral("curl"), QStringLiteral("jinja"), QStringLiteral("promptfoo"),
            QStringLiteral("prompt-tools")}));
    for (ExportFormat format : allExportFormats()) {
        QCOMPARE(exportFormatFromName(exportFormatName(format)), format);
        QVERIFY(!exportFileSuffix(format).isEmpty());
    }
    QVERIFY(!exportFormatFromName(u"java"));
}

void TestExporters::formatFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ExportFormat>("chosen");
    QTest::addColumn<std::optional<ExportFormat>>("expected");
    // A ".yaml" name with the default format wrote Markdown: the extension wins.
    QTest::newRow("yaml over text") << QStringLiteral("eval.yaml") << ExportFormat::Text
                                    << std::optional(ExportFormat::Promptfoo);
    QTest::newRow("YML") << QStringLiteral("/tmp/a.b/Eval.YML") << ExportFormat::Python << std::optional(ExportFormat::Promptfoo);
    QTest::newRow("py") << QStringLiteral("code.py") << ExportFormat::Text << std::optional(ExportFormat::Python);
    QTest::newRow("md is text") << QStringLiteral("prompt.md") << ExportFormat::Curl << std::optional(ExportFormat::Text);
    QTest::newRow("json keeps the chosen JSON")
        << QStringLiteral("p.json") << ExportFormat::PromptTools << std::optional(ExportFormat::PromptTools);
    QTest::newRow("json otherwise messages")
        << QStringLiteral("p.json") << ExportFormat::Python << std::optional(ExportFormat::MessagesJson);
    QTest::newRow("no extension") << QStringLiteral("/tmp/x.d/prompt") << ExportFormat::Python << std::optional<ExportFormat>();
    QTest::newRow("unknown extension") << QStringLiteral("prompt.docx") << ExportFormat::Python << std::optional<ExportFormat>();
}

void TestExporters::formatFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(ExportFormat, chosen);
    QFETCH(std::optional<ExportFormat>, expected);
    QCOMPARE(exportFormatForFileName(fileName, chosen), expected);
}

void TestExporters::literals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<LiteralStyle>("style");
    QTest::addColumn<QString>("literal");
    const QString text = QStringLiteral("a\"b\\c\nd\te\r`${}✓\u202E😀\U000F0000\x01");
    QTest::newRow("python") << text << LiteralStyle::Python
                            << QStringLiteral("\"a\\\"b\\\\c\\nd\\te\\r`${}✓\\u202E😀\\U000F0000\\u0001\"");
    QTest::newRow("yaml") << text << LiteralStyle::YamlDoubleQuoted
                          << QStringLiteral("\"a\\\"b\\\\c\\nd\\te\\r`${}✓\\u202E😀\\U000F0000\\u0001\"");
    QTest::newRow("javascript") << text << LiteralStyle::JavaScript
                                << QStringLiteral("\"a\\\"b\\\\c\\nd\\te\\r`${}✓\\u202E😀\\u{F0000}\\u0001\"");
    QTest::newRow("template literal") << text << LiteralStyle::JavaScriptTemplate
                                      << QStringLiteral("`a\"b\\\\c\nd\te\\r\\`\\${}✓\\u202E😀\\u{F0000}\\u0001`");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << LiteralStyle::Python << QStringLiteral("\"\\uD800\"");
}

void TestExporters::literals()
{
    QFETCH(QString, text);
    QFETCH(LiteralStyle, style);
    QFETCH(QString, literal);
    QCOMPARE(quotedLiteral(text, style), literal);
}

void TestExporters::textLayoutImportsBackAsMarkdown()
{
    ExportSource source;
    source.prompt = {QStringLiteral("Be brief."),
        {Message::user(QStringLiteral("Translate {{WORD}}")), Message::assistant(QStringLiteral("Here:"))}};
    const QString text = exported(source, ExportFormat::Text);
    QCOMPARE(text, QStringLiteral("## System\n\nBe brief.\n\n## User\n\nTranslate {{WORD}}\n\n## Assistant\n\nHere:\n"));
    const ImportResult back = importPrompt(text.toUtf8(), QStringLiteral("exported.md"));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.prompt, source.prompt);
}

void TestExporters::messagesJsonFillsBackToThePrompt()
{
    const ExportSource source = sampleSource();
    const QJsonObject request = parseObject(exported(source, ExportFormat::MessagesJson).toUtf8());
    QCOMPARE(request, expectedRequest(source.prompt, source)); // the template, {{VARIABLES}} kept
    // Filled with the test values, it is the prompt.
    const ImportResult read = importPrompt(QJsonDocument(request).toJson(), QStringLiteral("request.json"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.format, ImportFormat::MessagesApi);
    QCOMPARE(read.targetModel, source.targetModel);
    QCOMPARE(fillVariables(read.prompt, source.testValues).prompt, filledPrompt(source));
}

void TestExporters::promptToolsJsonImportsBack()
{
    const ExportSource source = sampleSource();
    const QString json = exported(source, ExportFormat::PromptTools);
    const ImportResult read = importPrompt(json.toUtf8(), QStringLiteral("prompt.json"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.format, ImportFormat::PromptTools);
    QCOMPARE(read.prompt, source.prompt);
    QCOMPARE(read.values, usedValues(source));
    QCOMPARE(read.targetModel, source.targetModel);
    QCOMPARE(fillVariables(read.prompt, read.values).prompt, filledPrompt(source));
}

void TestExporters::pythonCompilesAndSendsTheFilledPrompt()
{
    const ExportSource source = sampleSource();
    const QString script = writeFile(QStringLiteral("prompt_export.py"), exported(source, ExportFormat::Python).toUtf8());
    QCOMPARE(runPython({QStringLiteral("-m"), QStringLiteral("py_compile"), script}), QByteArray());

    QDir(m_dir.path()).mkpath(QStringLiteral("stub/anthropic"));
    writeFile(QStringLiteral("stub/anthropic/__init__.py"), stubAnthropic);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), m_dir.filePath(QStringLiteral("stub")));
    const QString record = m_dir.filePath(QStringLiteral("python-request.json"));
    env.insert(QStringLiteral("PW_RECORD"), record);
    // Runs the script's own main: create_message(TEST_VALUES).
    QCOMPARE(runPython({script}, env), QByteArray("stub reply\n"));

    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    // UNFILLED has no test value: the script's TEST_VALUES has "" for it.
    VariableValues values = source.testValues;
    values.insert(QStringLiteral("UNFILLED"), QString());
    QCOMPARE(parseObject(recorded.readAll()), expectedRequest(fillVariables(source.prompt, values).prompt, source));
}

void TestExporters::pythonRefusesMissingValues()
{
    const QString script
        = writeFile(QStringLiteral("prompt_missing.py"), exported(sampleSource(), ExportFormat::Python).toUtf8());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), m_dir.filePath(QStringLiteral("stub")));
    const QByteArray out = runPython({QStringLiteral("-c"),
                                         QStringLiteral("import sys, runpy\n"
                                                        "sys.path.insert(0, %1)\n"
                                                        "m = runpy.run_path(%2)\n"
                                                        "try:\n"
                                                        "    m['build_request']({'WORD': 'x'})\n"
                                                        "except KeyError as e:\n"
                                                        "    print(e.args[0])\n")
                                             .arg(quotedLiteral(m_dir.filePath(QStringLiteral("stub")), LiteralStyle::Python),
                                                 quotedLiteral(script, LiteralStyle::Python))},
        env);
    QCOMPARE(out, QByteArray("no value for TARGET_LANGUAGE, TRIPLE, UNFILLED\n"));
}

void TestExporters::jinjaRendersToTheFilledPrompt()
{
    const ExportSource source = sampleSource();
    const QString templatePath = writeFile(QStringLiteral("prompt.jinja"), exported(source, ExportFormat::Jinja).toUtf8());
    // Jinja needs a value for every variable; UNFILLED gets its own placeholder text back.
    VariableValues values = source.testValues;
    values.insert(QStringLiteral("UNFILLED"), QStringLiteral("{{UNFILLED}}"));
    const QString valuesPath = writeFile(QStringLiteral("values.json"), QJsonDocument(valuesJson(values)).toJson());
    const QString output = m_dir.filePath(QStringLiteral("rendered.txt"));
    QCOMPARE(runPython({QStringLiteral("-c"), QString::fromUtf8(renderJinja), templatePath, valuesPath, output}), QByteArray());
    QFile rendered(output);
    QVERIFY(rendered.open(QIODevice::ReadOnly));
    ExportSource filled;
    filled.prompt = filledPrompt(source);
    QCOMPARE(QString::fromUtf8(rendered.readAll()), exported(filled, ExportFormat::Text));
}

void TestExporters::promptfooConfigHoldsPromptAndValues()
{
    ExportSource source = sampleSource();
    source.testValues.insert(QStringLiteral("UNFILLED"), QStringLiteral("filled too"));
    const QString config = writeFile(QStringLiteral("promptfooconfig.yaml"), exported(source, ExportFormat::Promptfoo).toUtf8());
    const QString output = m_dir.filePath(QStringLiteral("promptfoo.json"));
    QCOMPARE(runPython({QStringLiteral("-c"), QString::fromUtf8(readPromptfoo), config, output}), QByteArray());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject read = parseObject(file.readAll());

    QCOMPARE(read.value(QLatin1String("provider")).toString(), QStringLiteral("anthropic:messages:claude-test-model"));
    QCOMPARE(read.value(QLatin1String("max_tokens")).toInt(), 777);
    QCOMPARE(read.value(QLatin1String("values")).toObject(), valuesJson(usedValues(source)));
    const Prompt filled = filledPrompt(source);
    QJsonArray chat {
        QJsonObject {{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), filled.system}}};
    for (const Message &message : filled.messages)
        chat.append(QJsonObject {{QStringLiteral("role"), roleName(message.role)}, {QStringLiteral("content"), message.text()}});
    QCOMPARE(read.value(QLatin1String("chat")).toArray(), chat);
}

void TestExporters::curlSendsTheFilledRequest()
{
    test::FakeApiServer server;
    QVERIFY(server.listen());
    const ExportSource source = sampleSource();
    const QString script = writeFile(QStringLiteral("request.sh"), exported(source, ExportFormat::Curl).toUtf8());

    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
    shell.setProcessEnvironment(env);
    QSignalSpy finished(&shell, &QProcess::finished);
    shell.start(QStringLiteral("bash"), {script});
    // The fake answers from this thread's event loop: wait without blocking it.
    QVERIFY(finished.wait(20000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

    const QList<test::RecordedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].method, QByteArray("POST"));
    QCOMPARE(requests[0].path, QByteArray("/v1/messages"));
    QCOMPARE(requests[0].headers.value("x-api-key"), QByteArray("test-key"));
    QCOMPARE(requests[0].headers.value("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(requests[0].headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(requests[0].json(), expectedRequest(filledPrompt(source), source));
    QVERIFY(shell.readAllStandardOutput().contains("\"type\""));
}

void TestExporters::typeScriptIsWellFormed()
{
    // The type check against @anthropic-ai/sdk needs npm packages (scripts/check-typescript-export.sh);
    // here: the pieces a reader and tsc rely on.
    const ExportSource source = sampleSource();
    const QString ts = exported(source, ExportFormat::TypeScript);
    QVERIFY(ts.contains(QLatin1String("import Anthropic from \"@anthropic-ai/sdk\";")));
    QVERIFY(ts.contains(QLatin1String(
        "export interface PromptVariables {\n  TARGET_LANGUAGE: string;\n  TRIPLE: string;\n  WORD: string;\n  UNFILLED: string;\n}")));
    QVERIFY(ts.contains(QStringLiteral("  WORD: `say \"hi\" {{TARGET_LANGUAGE}} $& \\\\ \\`\\${y}\\`\nnext line ✓`,\n")));
    QVERIFY(ts.contains(QLatin1String("  UNFILLED: \"\", // no test value in Promptwerk\n")));
    QVERIFY(ts.contains(QLatin1String("Anthropic.MessageCreateParamsNonStreaming")));
    QVERIFY(!ts.contains(QChar(0x202E))); // no raw bidi override
}

void TestExporters::noExportContainsTheApiKey()
{
    const QByteArray key = "sk-ant-api03-PROMPTWERK-TEST-KEY-never-export-me";
    qputenv("ANTHROPIC_API_KEY", key);
    ExportSource source = sampleSource();
    source.prompt.messages.append(Message::user(QStringLiteral("{{ANTHROPIC_API_KEY}}")));
    for (ExportFormat format : allExportFormats()) {
        const ExportResult result = exportPrompt(source, format);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(!result.text.contains(QString::fromUtf8(key)), qPrintable(exportFormatName(format)));
    }
    qunsetenv("ANTHROPIC_API_KEY");
    QVERIFY(exported(source, ExportFormat::Curl).contains(QLatin1String("\"x-api-key: $ANTHROPIC_API_KEY\"")));
}

void TestExporters::refusesWhatCannotBeExported()
{
    ExportSource source;
    source.prompt.messages = {Message::user(QStringLiteral("ok"))};
    source.prompt.messages[0].content.append({QStringLiteral("image"), QString(), false});
    for (ExportFormat format : allExportFormats()) {
        QCOMPARE(exportPrompt(source, format).error,
            QStringLiteral("messages[0].content[1]: only text blocks can be exported (found \"image\")"));
    }
    source.prompt.messages = {Message::user(QStringLiteral("Is it {{true}}?"))};
    QCOMPARE(exportPrompt(source, ExportFormat::Jinja).error,
        QStringLiteral("messages[0].content[0]: the variable {{true}} cannot be a Jinja variable (Jinja reads \"true\" as a "
                       "keyword); rename it"));
    QVERIFY(exportPrompt(source, ExportFormat::Python).ok());
}

void TestExporters::defaultModelWhenNoneGiven()
{
    ExportSource source;
    source.prompt.messages = {Message::user(QStringLiteral("Hi"))};
    const QJsonObject request = parseObject(exported(source, ExportFormat::MessagesJson).toUtf8());
    QCOMPARE(request.value(QLatin1String("model")).toString(), defaultExportModel());
    QCOMPARE(request.value(QLatin1String("max_tokens")).toInt(), 1024);
    QVERIFY(!request.contains(QLatin1String("system")));
    // prompt-tools JSON has no model to invent.
    QVERIFY(!parseObject(exported(source, ExportFormat::PromptTools).toUtf8()).contains(QLatin1String("target_model")));
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
