#include "exchange/importers.h"

#include <QTest>

using namespace pw;

namespace {

Prompt promptOf(const QString &system, const QList<Message> &messages)
{
    return {system, messages};
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void detectsFormat_data();
    void detectsFormat();
    void imports_data();
    void imports();
    void refuses_data();
    void refuses();
    void formatNamesRoundTrip();
    void forcedFormatIsStrict();
};

void TestImporters::detectsFormat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ImportFormat>("format");
    const QByteArray request = "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}";
    const QByteArray messagesApi = "{\"model\": \"m\", \"max_tokens\": 5, \"messages\": []}";
    QTest::newRow("json prompt-tools") << request << "a.json" << ImportFormat::PromptTools;
    QTest::newRow("json messages api") << messagesApi << "a.JSON" << ImportFormat::MessagesApi;
    QTest::newRow("system blocks") << QByteArray("{\"system\": [], \"messages\": []}") << "a.json" << ImportFormat::MessagesApi;
    QTest::newRow("sniffed json") << request << "prompt" << ImportFormat::PromptTools;
    QTest::newRow("sniffed json after bom") << QByteArray("\xEF\xBB\xBF") + messagesApi << "-" << ImportFormat::MessagesApi;
    QTest::newRow("invalid json named json") << QByteArray("nope") << "a.json" << ImportFormat::PromptTools;
    QTest::newRow("markdown by name") << QByteArray("hello") << "a.md" << ImportFormat::Markdown;
    QTest::newRow("markdown long name") << QByteArray("hello") << "a.markdown" << ImportFormat::Markdown;
    QTest::newRow("markdown by headings") << QByteArray("## System\nx\n## User\ny") << "prompt" << ImportFormat::Markdown;
    QTest::newRow("txt wins over headings") << QByteArray("## User\nhi") << "a.txt" << ImportFormat::PlainText;
    QTest::newRow("heading in a fence") << QByteArray("```\n## User\n```\n") << "prompt" << ImportFormat::PlainText;
    QTest::newRow("plain") << QByteArray("Tell me a joke") << "prompt" << ImportFormat::PlainText;
}

void TestImporters::detectsFormat()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(ImportFormat, format);
    QCOMPARE(importFormatName(detectImportFormat(data, fileName)), importFormatName(format));
}

void TestImporters::imports_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<Prompt>("prompt");
    QTest::addColumn<VariableValues>("values");
    QTest::addColumn<QString>("targetModel");
    const QString none;

    QTest::newRow("prompt-tools request") << QByteArray(
        R"({"system": "Be kind", "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi {{NAME}}"}]},
                          {"role": "assistant", "content": "Hello"}], "feedback": null, "target_model": "claude-x"})")
                                          << "r.json" << ImportFormat::PromptTools
                                          << promptOf(QStringLiteral("Be kind"),
                                                 {Message::user(QStringLiteral("Hi {{NAME}}")),
                                                     Message::assistant(QStringLiteral("Hello"))})
                                          << VariableValues() << QStringLiteral("claude-x");
    QTest::newRow("templatize response") << QByteArray(
        R"({"messages": [{"role": "user", "content": [{"type": "text", "text": "Translate {{WORD}}"}]}],
                          "system": "", "usage": [{"input_tokens": 4, "output_tokens": 5}],
                          "variable_values": {"WORD": "hello"}})")
                                         << "t.json" << ImportFormat::PromptTools
                                         << promptOf(QString(), {Message::user(QStringLiteral("Translate {{WORD}}"))})
                                         << VariableValues {{QStringLiteral("WORD"), QStringLiteral("hello")}} << none;
    QTest::newRow("messages api, system blocks, string content")
        << QByteArray(R"({"model": "claude-opus-4-6", "max_tokens": 100, "temperature": 0.5, "stream": true,
                          "system": [{"type": "text", "text": "One"}, {"type": "text", "text": "Two", "cache_control": null}],
                          "messages": [{"role": "user", "content": "Plain string ✓"}]})")
        << "m.json" << ImportFormat::MessagesApi
        << promptOf(QStringLiteral("One\n\nTwo"), {Message::user(QStringLiteral("Plain string ✓"))}) << VariableValues()
        << QStringLiteral("claude-opus-4-6");
    QTest::newRow("messages api, block content")
        << QByteArray(R"({"model": "m", "max_tokens": 1, "system": "S",
                          "messages": [{"role": "user", "content": [{"type": "text", "text": "a"},
                                                                     {"type": "text", "text": "b", "cache_control": {"type": "ephemeral"}}]}]})")
        << "m.json" << ImportFormat::MessagesApi
        << promptOf(QStringLiteral("S"),
               {Message {Role::User, {ContentBlock::fromText(QStringLiteral("a")), ContentBlock::fromText(QStringLiteral("b"))}}})
        << VariableValues() << QStringLiteral("m");
    QTest::newRow("plain text kept verbatim")
        << QByteArray("\xEF\xBB\xBF  Say {{X}}\r\n\n") << "p.txt" << ImportFormat::PlainText
        << promptOf(QString(), {Message::user(QStringLiteral("  Say {{X}}\r\n\n"))}) << VariableValues() << none;
    QTest::newRow("markdown without headings is one message")
        << QByteArray("# Title\n\nWrite {{THING}}.\n") << "p.md" << ImportFormat::Markdown
        << promptOf(QString(), {Message::user(QStringLiteral("# Title\n\nWrite {{THING}}.\n"))}) << VariableValues() << none;
    QTest::newRow("markdown sections") << QByteArray(
        "\n## System\n\nYou are terse.\n\n## user\r\n\r\nLine one\r\n\r\n```\n## Assistant\n```\n"
        "### not a role\n## Assistant ##\nOK\n\n\n")
                                       << "p.md" << ImportFormat::Markdown
                                       << promptOf(QStringLiteral("You are terse."),
                                              {Message::user(
                                                   QStringLiteral("Line one\n\n```\n## Assistant\n```\n### not a role")),
                                                  Message::assistant(QStringLiteral("OK"))})
                                       << VariableValues() << none;
}

void TestImporters::imports()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(ImportFormat, format);
    QFETCH(Prompt, prompt);
    QFETCH(VariableValues, values);
    QFETCH(QString, targetModel);
    const ImportResult result = importPrompt(data, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(importFormatName(result.format), importFormatName(format));
    QCOMPARE(result.prompt.system, prompt.system);
    QCOMPARE(result.prompt.messages.size(), prompt.messages.size());
    for (qsizetype i = 0; i < prompt.messages.size(); ++i) {
        QCOMPARE(result.prompt.messages[i].role, prompt.messages[i].role);
        QCOMPARE(result.prompt.messages[i].content, prompt.messages[i].content);
    }
    QCOMPARE(result.values, values);
    QCOMPARE(result.targetModel, targetModel);
}

void TestImporters::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const QByteArray &data, const char *fileName, const char *error) {
        QTest::newRow(name) << data << QString::fromUtf8(fileName) << QString::fromUtf8(error);
    };
    row("json syntax", "{\n  \"messages\": [\n    {\"role\": \"user\" \"content\": \"x\"}\n  ]\n}", "a.json",
        "a.json:3:22: invalid JSON: unterminated object");
    row("truncated json", "{\"messages\": [{\"role\": \"user\", \"content\": \"x", "prompt",
        "prompt:1:45: invalid JSON: unterminated string");
    row("json array", "[{\"role\": \"user\"}]", "a.json",
        "a.json: a JSON prompt must be an object with \"messages\" (found an array)");
    row("no messages", "{\"system\": \"x\"}", "a.json",
        "a.json: messages: is required (a JSON prompt is {\"system\": ..., \"messages\": [...]})");
    row("generate request", "{\"task\": \"a chef\"}", "a.json",
        "a.json: a generate_prompt request holds a task, not a prompt: there is nothing to import");
    row("empty messages", "{\"messages\": []}", "a.json", "a.json: messages: holds no message: there is no prompt to import");
    row("bad role", "{\"messages\": [{\"role\": \"system\", \"content\": \"x\"}]}", "a.json",
        "a.json: messages[0].role: must be \"user\" or \"assistant\" (found \"system\")");
    row("content number", "{\"messages\": [{\"role\": \"user\", \"content\": 5}]}", "a.json",
        "a.json: messages[0].content: must be a string or an array of blocks (found number)");
    row("image block",
        "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"a\"}, "
        "{\"type\": \"image\", \"source\": {}}]}]}",
        "a.json", "a.json: messages[0].content[1]: only text blocks can be imported (found \"image\")");
    row("system block not text",
        "{\"model\": \"m\", \"system\": [{\"type\": \"image\"}], \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}",
        "a.json", "a.json: system[0]: only text blocks are allowed (found \"image\")");
    row("model number", "{\"model\": 4, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}", "a.json",
        "a.json: model: must be a string (found number)");
    row("target model number", "{\"target_model\": [], \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}", "a.json",
        "a.json: target_model: must be a string (found array)");
    row("value not string", "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"variable_values\": {\"A\": 1}}",
        "a.json", "a.json: variable_values.A: must be a string (found number)");
    row("value name invalid",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"variable_values\": {\"\\ufeffA\": \"1\"}}", "a.json",
        "a.json: variable_values: \"\\ufeffA\" is not a valid variable name (a letter or underscore, then letters, digits or "
        "underscores, as in {{NAME}})");
    row("not utf-8", "Hello\nw\xC3\x28rld", "a.txt", "a.txt:2:2: the file is not valid UTF-8 text (byte 7)");
    row("empty text", " \n\t\n", "a.txt", "a.txt: the file is empty: there is no prompt to import");
    row("markdown preamble", "# My prompt\n\n## User\nhi\n", "a.md",
        "a.md:1:1: text before the first \"## System\", \"## User\" or \"## Assistant\" heading; move it into a section or "
        "remove it");
    row("markdown second system", "## System\na\n## User\nb\n## System\nc\n", "a.md",
        "a.md:5:1: a second \"## System\" section (a prompt has one system prompt)");
    row("markdown late system", "## User\nb\n## Assistant\nc\n## System\na\n", "a.md",
        "a.md:5:1: \"## System\" must come before the messages");
    row("markdown empty section", "## System\na\n## User\n\n   \n## Assistant\nc\n", "a.md",
        "a.md:3:1: the \"## User\" section is empty");
    row("markdown only system", "## System\na\n", "a.md", "a.md: there is a \"## System\" section but no \"## User\" message");
}

void TestImporters::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QString, error);
    const ImportResult result = importPrompt(data, fileName);
    QCOMPARE(result.error, error);
    // Never partly applied.
    QVERIFY(result.prompt.messages.isEmpty());
    QVERIFY(result.prompt.system.isEmpty());
    QVERIFY(result.values.isEmpty());
}

void TestImporters::formatNamesRoundTrip()
{
    for (ImportFormat format : allImportFormats())
        QCOMPARE(importFormatFromName(importFormatName(format)), format);
    QVERIFY(!importFormatFromName(u"yaml"));
}

void TestImporters::forcedFormatIsStrict()
{
    // The prompt-tools request shape allows only a string system prompt.
    const QByteArray data = R"({"system": [{"type": "text", "text": "x"}], "messages": [{"role": "user", "content": "y"}]})";
    QVERIFY(importPrompt(data, QStringLiteral("a.json")).ok());
    QCOMPARE(importPrompt(data, QStringLiteral("a.json"), ImportFormat::PromptTools).error,
        QStringLiteral("a.json: system: must be a string (found array)"));
    // Forced plain text takes JSON as text.
    const ImportResult text = importPrompt(data, QStringLiteral("a.json"), ImportFormat::PlainText);
    QVERIFY(text.ok());
    QCOMPARE(text.prompt.messages.constFirst().text(), QString::fromUtf8(data));
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
