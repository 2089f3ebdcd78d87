#include "prompt/promptjson.h"
#include "prompt/validation.h"
#include "prompt/variables.h"

#include <QJsonDocument>
#include <QTest>

using namespace pw;

namespace {

QJsonObject parseObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QStringList diagnosticTexts(const QList<Diagnostic> &diagnostics)
{
    QStringList texts;
    for (const Diagnostic &d : diagnostics)
        texts.append(d.toString());
    return texts;
}

} // namespace

class TestPrompt : public QObject
{
    Q_OBJECT

private slots:
    void scanFindsNamesAndPositions();
    void scanIgnoresMalformedPlaceholders_data();
    void scanIgnoresMalformedPlaceholders();
    void scanWholePromptReportsLocations();
    void fillReplacesInOnePass();
    void fillListsMissingValues();
    void upperSnake_data();
    void upperSnake();
    void validation_data();
    void validation();
    void parseErrorsNameTheirPlace_data();
    void parseErrorsNameTheirPlace();
    void documentedRequestRoundTrips();
    void systemBlocksOnlyForMessagesApi();
    void readPromptFileAcceptsJsonAndText();
    void readPromptFileReportsBadInput_data();
    void readPromptFileReportsBadInput();
};

void TestPrompt::scanFindsNamesAndPositions()
{
    const QList<VariableOccurrence> found = scanVariables(u"Translate {{WORD}} to {{LANG}}, {{WORD}}!");
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].name, QStringLiteral("WORD"));
    QCOMPARE(found[0].location.offset, 10);
    QCOMPARE(found[0].length, 8);
    QCOMPARE(found[1].name, QStringLiteral("LANG"));
    QCOMPARE(found[1].location.offset, 22);
    QCOMPARE(found[2].location.offset, 32);
}

void TestPrompt::scanIgnoresMalformedPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("spaces (jinja)") << QStringLiteral("{{ NAME }}") << QStringList();
    QTest::newRow("single braces") << QStringLiteral("{NAME}") << QStringList();
    QTest::newRow("digit first") << QStringLiteral("{{1ST}}") << QStringList();
    QTest::newRow("unclosed") << QStringLiteral("{{NAME} and {{OTHER}}") << QStringList {QStringLiteral("OTHER")};
    QTest::newRow("triple braces") << QStringLiteral("{{{NAME}}}") << QStringList {QStringLiteral("NAME")};
    QTest::newRow("lower and digits") << QStringLiteral("{{user_name2}}") << QStringList {QStringLiteral("user_name2")};
    QTest::newRow("empty") << QStringLiteral("{{}}") << QStringList();
    QTest::newRow("cjk around") << QStringLiteral("翻訳:{{TEXT}}です") << QStringList {QStringLiteral("TEXT")};
}

void TestPrompt::scanIgnoresMalformedPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QStringList found;
    for (const VariableOccurrence &o : scanVariables(text))
        found.append(o.name);
    QCOMPARE(found, names);
}

void TestPrompt::scanWholePromptReportsLocations()
{
    Prompt prompt;
    prompt.system = QStringLiteral("You translate to {{LANG}}.");
    prompt.messages = {Message::user(QStringLiteral("Say {{WORD}}")),
        {Role::User, {ContentBlock::fromText(QStringLiteral("x")), ContentBlock::fromText(QStringLiteral("{{LANG}}"))}}};
    const QList<VariableOccurrence> found = scanVariables(prompt);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].location.path(), QStringLiteral("system"));
    QCOMPARE(found[1].location.path(), QStringLiteral("messages[0].content[0]"));
    QCOMPARE(found[1].location.offset, 4);
    QCOMPARE(found[2].location.path(), QStringLiteral("messages[1].content[1]"));
    QCOMPARE(variableNames(prompt), (QStringList {QStringLiteral("LANG"), QStringLiteral("WORD")}));
}

void TestPrompt::fillReplacesInOnePass()
{
    // A value that itself looks like a placeholder is inserted verbatim.
    const VariableValues values {{QStringLiteral("A"), QStringLiteral("{{B}}")}, {QStringLiteral("B"), QStringLiteral("b")}};
    QCOMPARE(fillVariables(u"[{{A}}|{{B}}]", values), QStringLiteral("[{{B}}|b]"));

    Prompt prompt;
    prompt.system = QStringLiteral("Sys {{B}}");
    prompt.messages = {Message::user(QStringLiteral("{{A}}{{A}}")), Message::assistant(QStringLiteral("ok"))};
    const FillResult filled = fillVariables(prompt, values);
    QVERIFY(filled.ok());
    QCOMPARE(filled.prompt.system, QStringLiteral("Sys b"));
    QCOMPARE(filled.prompt.messages[0].text(), QStringLiteral("{{B}}{{B}}"));
    QCOMPARE(filled.prompt.messages[1].text(), QStringLiteral("ok"));
}

void TestPrompt::fillListsMissingValues()
{
    Prompt prompt;
    prompt.system = QStringLiteral("{{X}} {{Y}}");
    prompt.messages = {Message::user(QStringLiteral("{{Y}} {{Z}} {{X}}"))};
    const FillResult filled = fillVariables(prompt, {{QStringLiteral("Y"), QStringLiteral("y")}});
    QVERIFY(!filled.ok());
    QCOMPARE(filled.missing, (QStringList {QStringLiteral("X"), QStringLiteral("Z")}));
    QCOMPARE(filled.prompt.system, QStringLiteral("{{X}} y"));
}

void TestPrompt::upperSnake_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << QStringLiteral("target language") << QStringLiteral("TARGET_LANGUAGE");
    QTest::newRow("camel") << QStringLiteral("orderId") << QStringLiteral("ORDER_ID");
    QTest::newRow("punctuation") << QStringLiteral("  e-mail address: ") << QStringLiteral("E_MAIL_ADDRESS");
    QTest::newRow("digit first") << QStringLiteral("2nd item") << QStringLiteral("V_2ND_ITEM");
    QTest::newRow("nothing usable") << QStringLiteral("日本語") << QStringLiteral("VALUE");
}

void TestPrompt::upperSnake()
{
    QFETCH(QString, words);
    QFETCH(QString, expected);
    QCOMPARE(toUpperSnake(words), expected);
    QVERIFY(isUpperSnake(toUpperSnake(words)));
}

void TestPrompt::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // under the prompt-tools rules
    // Whether the findings are about message order only, which the Messages API
    // rules (claude, openai) accept.
    QTest::addColumn<bool>("orderOnly");
    QTest::newRow("valid with prefill") << QByteArray(
        R"({"system":"s","messages":[{"role":"user","content":"a"},{"role":"user","content":[{"type":"text","text":"b"}]},{"role":"assistant","content":"{"}]})")
                                        << QStringList() << false;
    QTest::newRow("no messages") << QByteArray(R"({"messages":[]})")
                                 << QStringList {QStringLiteral("messages: at least one message is required")} << false;
    QTest::newRow("image block") << QByteArray(
        R"({"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"},{"role":"user","content":[{"type":"image","source":{}}]}]})")
                                 << QStringList {QStringLiteral(
                                        "messages[2].content[0]: only text blocks are allowed (found \"image\")")}
                                 << false;
    QTest::newRow("cache control") << QByteArray(
        R"({"messages":[{"role":"user","content":[{"type":"text","text":"a","cache_control":{"type":"ephemeral"}}]}]})")
                                   << QStringList {QStringLiteral("messages[0].content[0]: cache_control is not allowed")}
                                   << false;
    QTest::newRow("assistant first") << QByteArray(R"({"messages":[{"role":"assistant","content":"a"}]})")
                                     << QStringList {QStringLiteral(
                                            "messages[0].role: the first message must be from the user (found \"assistant\")")}
                                     << true;
    QTest::newRow("assistant in the middle")
        << QByteArray(
               R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"},{"role":"user","content":"c"}]})")
        << QStringList {QStringLiteral("messages[1].role: an assistant message is only allowed last, as a prefill")} << true;
    QTest::newRow("two assistants") << QByteArray(
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"},{"role":"assistant","content":"c"}]})")
                                    << QStringList {QStringLiteral(
                                           "messages[1].role: an assistant message is only allowed last, as a prefill")}
                                    << true;
    QTest::newRow("empty content") << QByteArray(R"({"messages":[{"role":"user","content":[]}]})")
                                   << QStringList {QStringLiteral("messages[0].content: must hold at least one text block")}
                                   << false;
}

void TestPrompt::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(bool, orderOnly);
    const PromptParseResult parsed = promptFromJson(parseObject(json.constData()));
    QVERIFY2(parsed.ok(), qPrintable(diagnosticTexts(parsed.errors).join(u'\n')));
    const QList<Diagnostic> findings = validatePrompt(parsed.prompt, PromptRules::PromptTools);
    QCOMPARE(diagnosticTexts(findings), expected);
    QCOMPARE(diagnosticTexts(validatePrompt(parsed.prompt, PromptRules::MessagesApi)), orderOnly ? QStringList() : expected);
    for (const Diagnostic &d : findings)
        QCOMPARE(d.severity, Severity::Error);
}

void TestPrompt::parseErrorsNameTheirPlace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("messages missing") << QByteArray(R"({"system":"s"})") << QStringLiteral("messages: is required");
    QTest::newRow("messages not array") << QByteArray(R"({"messages":{}})")
                                        << QStringLiteral("messages: must be an array (found object)");
    QTest::newRow("bad role") << QByteArray(R"({"messages":[{"role":"system","content":"a"}]})")
                              << QStringLiteral("messages[0].role: must be \"user\" or \"assistant\" (found \"system\")");
    QTest::newRow("content number") << QByteArray(R"({"messages":[{"role":"user","content":5}]})")
                                    << QStringLiteral(
                                           "messages[0].content: must be a string or an array of blocks (found number)");
    QTest::newRow("text missing") << QByteArray(R"({"messages":[{"role":"user","content":[{"type":"text"}]}]})")
                                  << QStringLiteral("messages[0].content[0].text: must be a string (found nothing)");
    QTest::newRow("system blocks") << QByteArray(R"({"system":[{"type":"text","text":"s"}],"messages":[]})")
                                   << QStringLiteral("system: must be a string (found array)");
}

void TestPrompt::parseErrorsNameTheirPlace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const PromptParseResult parsed = promptFromJson(parseObject(json.constData()));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.constFirst().toString(), expected);
}

void TestPrompt::documentedRequestRoundTrips()
{
    // The templatize example of the prompt-tools documentation.
    const QJsonObject request = parseObject(R"({
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Translate hello to German"}]}],
        "system": "You are an English to German translator"})");
    const PromptParseResult parsed = promptFromJson(request);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.prompt.messages.size(), 1);
    QCOMPARE(parsed.prompt.messages[0].text(), QStringLiteral("Translate hello to German"));
    QCOMPARE(promptToJson(parsed.prompt), request);

    // String content is read and written back as one text block.
    const PromptParseResult fromString = promptFromJson(parseObject(R"({"messages":[{"role":"user","content":"Hi"}]})"));
    QVERIFY(fromString.ok());
    QCOMPARE(fromString.prompt.messages[0], Message::user(QStringLiteral("Hi")));
    const PromptParseResult again = promptFromJson(promptToJson(fromString.prompt));
    QCOMPARE(again.prompt, fromString.prompt);
}

void TestPrompt::systemBlocksOnlyForMessagesApi()
{
    const QJsonObject request = parseObject(
        R"({"system":[{"type":"text","text":"One"},{"type":"text","text":"Two"}],"messages":[{"role":"user","content":"x"}]})");
    QVERIFY(!promptFromJson(request, SystemShape::StringOnly).ok());
    const PromptParseResult parsed = promptFromJson(request, SystemShape::StringOrBlocks);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.prompt.system, QStringLiteral("One\n\nTwo"));

    const PromptParseResult badBlock = promptFromJson(
        parseObject(R"({"system":[{"type":"image"}],"messages":[{"role":"user","content":"x"}]})"), SystemShape::StringOrBlocks);
    QCOMPARE(
        badBlock.errors.constFirst().toString(), QStringLiteral("system[0]: only text blocks are allowed (found \"image\")"));
}

void TestPrompt::readPromptFileAcceptsJsonAndText()
{
    const PromptFileResult json
        = readPromptFile(R"({"system":"S","messages":[{"role":"user","content":"U"}]})", QStringLiteral("p.json"));
    QVERIFY2(json.ok(), qPrintable(json.error));
    QVERIFY(json.wasJson);
    QCOMPARE(json.prompt.system, QStringLiteral("S"));

    const QByteArray text = "Summarise {{DOC}}\nin three bullets.\n";
    const PromptFileResult plain = readPromptFile(text, QStringLiteral("p.txt"));
    QVERIFY(plain.ok());
    QVERIFY(!plain.wasJson);
    QCOMPARE(plain.prompt.messages, (QList<Message> {Message::user(QString::fromUtf8(text))}));

    // A JSON object without "messages" in a .txt file is just text.
    const PromptFileResult object = readPromptFile(R"({"a": 1})", QStringLiteral("p.txt"));
    QVERIFY(object.ok());
    QCOMPARE(object.prompt.messages[0].text(), QStringLiteral("{\"a\": 1}"));
}

void TestPrompt::readPromptFileReportsBadInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken json") << QByteArray("{\n  \"messages\": [\n    {\"role\": }\n") << QStringLiteral("p.json")
                                 << QStringLiteral("p.json:3:15: invalid JSON");
    QTest::newRow("broken json prompt on stdin") << QByteArray("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"},]}")
                                                 << QStringLiteral("stdin") << QStringLiteral("stdin:1:50: invalid JSON");
    QTest::newRow("json without messages") << QByteArray("[1,2]") << QStringLiteral("p.json")
                                           << QStringLiteral("p.json: a JSON prompt must be an object");
    QTest::newRow("bad shape") << QByteArray(R"({"messages":[{"role":"user","content":7}]})") << QStringLiteral("stdin")
                               << QStringLiteral("stdin: messages[0].content: must be a string");
    QTest::newRow("latin-1") << QByteArray("caf\xe9\n") << QStringLiteral("p.txt")
                             << QStringLiteral("p.txt:1:4: the file is not valid UTF-8 text (byte 3)");
    QTest::newRow("truncated utf-8") << QByteArray("ok\n\xe6\x97") << QStringLiteral("p.txt")
                                     << QStringLiteral("p.txt:2:1: the file is not valid UTF-8 text (byte 3)");
    // ASCII is skipped eight bytes at a time: a bad byte at, just after and
    // inside such a chunk, and a valid sequence cut off by the end.
    QTest::newRow("bad byte at a chunk start") << QByteArray("0123456789abcdef\xff") << QStringLiteral("p.txt")
                                               << QStringLiteral("p.txt:1:17: the file is not valid UTF-8 text (byte 16)");
    QTest::newRow("bad byte inside a chunk") << QByteArray(
        "0123456789a\xc3\xa9\x80"
        "cdefgh") << QStringLiteral("p.txt") << QStringLiteral("p.txt:1:13: the file is not valid UTF-8 text (byte 13)");
    QTest::newRow("cut off after ascii") << QByteArray("01234567\xe6\x97") << QStringLiteral("p.txt")
                                         << QStringLiteral("p.txt:1:9: the file is not valid UTF-8 text (byte 8)");
}

void TestPrompt::readPromptFileReportsBadInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const PromptFileResult result = readPromptFile(data, name);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestPrompt)
#include "tst_prompt.moc"
