// The engines against the local fake server: what each one sends, and what
// it makes of every kind of answer (streamed JSON, truncation, refusal,
// unusable JSON, API errors, cancel), plus the post-processing every result
// gets and the engine settings.
#include "analysis/modelcapabilities.h"
#include "api/prompttoolstypes.h"
#include "fakes/fakeapiserver.h"
#include "fakes/modelanswers.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"
#include "tools/engine.h"
#include "tools/enginesettings.h"
#include "tools/modelbackends.h"
#include "tools/modeltoolrun.h"
#include "tools/postprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;
using pw::test::FakeApiServer;
using pw::test::FakeResponse;
using pw::test::headerValue;
using pw::test::inPieces;
using pw::test::modelAnswer;
using pw::test::RecordedRequest;
using pw::test::TextPairs;

namespace {

const QByteArray messagesPath = QByteArrayLiteral("/v1/messages");
const QByteArray chatPath = QByteArrayLiteral("/v1/chat/completions");

using Pairs = TextPairs;

// The fake's token estimate: characters / 4 rounded up, at least 1.
qint64 fakeTokens(qsizetype characters)
{
    return std::max<qint64>(1, (characters + 3) / 4);
}

// The messages of a recorded Messages API request body.
QList<Message> sentMessages(const QJsonObject &body)
{
    QList<Diagnostic> errors;
    const QList<Message> messages = messagesFromJson(body.value(QLatin1String("messages")), errors);
    if (!errors.isEmpty())
        qWarning("unreadable messages in a request: %s", qPrintable(errors.constFirst().toString()));
    return messages;
}

QJsonArray userMessageJson(const QString &text)
{
    return messagesToJson({Message::user(text)});
}

// An ordinary few-shot prompt the Messages API accepts: a system prompt and
// user / assistant / user turns.
Prompt fewShotPrompt()
{
    return {QStringLiteral("You classify product reviews."),
        {Message::user(QStringLiteral("Review: The blender broke in a week.")), Message::assistant(QStringLiteral("negative")),
            Message::user(QStringLiteral("Review: Quiet, fast and easy to clean."))}};
}

Prompt translationPrompt()
{
    return {QStringLiteral("You are a translator into German."), {Message::user(QStringLiteral("Translate hello to German"))}};
}

ToolRequest generateRequest(const QString &task = QStringLiteral("Summarize a support ticket for the on-call engineer"))
{
    ToolRequest request;
    request.tool = Tool::Generate;
    request.task = task;
    return request;
}

ToolRequest promptRequest(Tool tool, const Prompt &prompt, const QString &targetModel = QString())
{
    ToolRequest request;
    request.tool = tool;
    request.prompt = prompt;
    request.targetModel = targetModel;
    return request;
}

QString describe(const ToolRun &run)
{
    if (!run.isFinished())
        return QStringLiteral("still running");
    return run.succeeded() ? QStringLiteral("succeeded") : run.error().toString();
}

bool hasNote(const ToolResult &result, const QString &code)
{
    return std::any_of(result.notes.begin(), result.notes.end(), [&](const Diagnostic &d) { return d.code == code; });
}

QString notesText(const ToolResult &result)
{
    QStringList lines;
    for (const Diagnostic &note : result.notes)
        lines.append(note.code + QStringLiteral(": ") + note.toString());
    return lines.join(QLatin1Char('\n'));
}

// A started run and everything it signalled. The run is owned here and
// deleted before the engine that made it.
class Watched
{
public:
    explicit Watched(ToolRun *run)
        : run(run), finished(run, &ToolRun::finished), text(run, &ToolRun::textReceived), status(run, &ToolRun::statusChanged)
    { }

    // Waits for the end; false unless finished() came exactly once.
    bool waitForEnd(int timeoutMs = 5000)
    {
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return false;
        QCoreApplication::processEvents(); // a second finished() would already be queued
        return finished.count() == 1;
    }

    QStringList statuses() const
    {
        QStringList list;
        for (const QList<QVariant> &arguments : status)
            list.append(arguments.constFirst().toString());
        return list;
    }

    std::unique_ptr<ToolRun> run;
    QSignalSpy finished;
    QSignalSpy text;
    QSignalSpy status;
};

} // namespace

class TestEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // claude
    void claudeStreamsAResult();
    void claudeTruncated();
    void claudeContextWindowExceeded();
    void claudeRefusal();
    void claudeRepairsInvalidJsonOnce();
    void claudeGivesUpAfterOneRepair();
    void claudeRecomputesWrongValues();
    void claudeRefusesATemplateThatDoesNotAlign();
    void claudeNotesDroppedVariables();
    void claudePrefillPolicy_data();
    void claudePrefillPolicy();
    void claudeWithoutStructuredOutput();
    void claudeCancelMidStream();
    void claudeEmptyTaskSendsNothing();
    void claudeRetriesOverloaded();
    void fewShotPromptKeepsItsTurns_data();
    void fewShotPromptKeepsItsTurns();
    void claudeErrorEventMidStream();
    void claudeStreamDropped();
    void runOutlivesItsEngine_data();
    void runOutlivesItsEngine();
    void deletingARunMidStream_data();
    void deletingARunMidStream();

    // openai
    void openAiStreamsAResult();
    void openAiTruncated();
    void openAiWithoutKey();
    void openAiContentFilter();
    void openAiCodeFence();

    // prompt-tools
    void promptToolsGenerate();
    void promptToolsImprove();
    void promptToolsTemplatize();
    void promptToolsSumsUsageArray();
    void promptToolsHtmlPage();
    void promptToolsWrongShape();
    void promptToolsRefusesFewShotTurns();

    // local
    void localTemplatizeIsLossless();
    void localNeedsAModel_data();
    void localNeedsAModel();

    // settings
    void settingsRoundTrip();
    void settingsClampBadValues();
    void resolvePrecedence_data();
    void resolvePrecedence();
    void resolveBadBaseUrl_data();
    void resolveBadBaseUrl();
    void unknownEngine();

private:
    std::unique_ptr<Engine> makeEngine(const QString &name, int maxRetries = 0, const QString &key = QStringLiteral("test-key"),
        const QString &toolModel = QString());
    // Runs a claude tool whose model answers `answers` in order; each answer
    // is streamed in small pieces.
    std::unique_ptr<Watched> runClaude(const ToolRequest &request, const QStringList &answers);

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<Engine> m_engine;
};

void TestEngines::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEngines::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
}

void TestEngines::cleanup()
{
    m_engine.reset();
    m_server.reset();
}

std::unique_ptr<Engine> TestEngines::makeEngine(const QString &name, int maxRetries, const QString &key, const QString &toolModel)
{
    EngineConfig config;
    config.engine = name;
    config.baseUrl
        = name == QLatin1String("openai") ? QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1")) : m_server->baseUrl();
    config.apiKey = key;
    config.toolModel = toolModel;
    config.timeoutSeconds = 5;
    config.maxRetries = maxRetries;
    QString error;
    std::unique_ptr<Engine> engine = createEngine(config, &error);
    if (!engine)
        qFatal("createEngine(%s): %s", qPrintable(name), qPrintable(error));
    return engine;
}

std::unique_ptr<Watched> TestEngines::runClaude(const ToolRequest &request, const QStringList &answers)
{
    for (const QString &answer : answers)
        m_server->enqueue(messagesPath, FakeResponse::anthropicStream(inPieces(answer, 7)));
    m_engine = makeEngine(QStringLiteral("claude"));
    auto watched = std::make_unique<Watched>(m_engine->start(request, nullptr));
    watched->waitForEnd();
    return watched;
}

// ---- claude ---------------------------------------------------------------

void TestEngines::claudeStreamsAResult()
{
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Summarize this ticket:\n{{TICKET}}")}},
        QStringLiteral("You help on-call engineers."));
    FakeResponse response = FakeResponse::anthropicStream(inPieces(answer, 5));
    const QString requestId = headerValue(response, "request-id");
    m_server->enqueue(messagesPath, response);

    const std::unique_ptr<Engine> engine
        = makeEngine(QStringLiteral("claude"), 0, QStringLiteral("test-key"), QStringLiteral("claude-opus-5-5"));
    QCOMPARE(engine->name(), QStringLiteral("claude"));
    const ToolRequest request = generateRequest();
    Watched w(engine->start(request, nullptr));
    QSignalSpy usage(w.run.get(), &ToolRun::usageChanged);
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));

    // The outcome.
    const ToolResult &result = w.run->result();
    QCOMPARE(result.prompt.system, QStringLiteral("You help on-call engineers."));
    QCOMPARE(result.prompt.messages.size(), 1);
    QCOMPARE(result.prompt.messages[0].text(), QStringLiteral("Summarize this ticket:\n{{TICKET}}"));
    QVERIFY(w.text.count() > 10);
    QCOMPARE(w.run->streamedText(), answer);
    QString joined;
    for (const QList<QVariant> &arguments : std::as_const(w.text))
        joined += arguments.constFirst().toString();
    QCOMPARE(joined, answer);
    const Usage expectedUsage {12, fakeTokens(answer.size())};
    QCOMPARE(result.usage, expectedUsage);
    QCOMPARE(w.run->usage(), expectedUsage);
    QVERIFY(!usage.isEmpty());
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(result.requestId, requestId);
    QCOMPARE(w.statuses(),
        (QStringList {QStringLiteral("Waiting for claude-opus-5-5…"), QStringLiteral("claude-opus-5-5 is writing…")}));

    // What was sent.
    QCOMPARE(m_server->requestCount(messagesPath), 1);
    const RecordedRequest sent = m_server->requests().constFirst();
    QCOMPARE(sent.headers.value("x-api-key"), QByteArray("test-key"));
    const QJsonObject body = sent.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-opus-5-5"));
    QCOMPARE(body.value(QLatin1String("system")).toString(), toolMetaPrompt(Tool::Generate, QString()));
    QVERIFY(body.value(QLatin1String("system")).toString().contains(QLatin1String("{{CUSTOMER_EMAIL}}")));
    QVERIFY(!body.value(QLatin1String("system")).toString().contains(QLatin1String("PREFILL_POLICY")));
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), ModelToolRun::defaultMaxTokens);
    const QJsonObject format = body.value(QLatin1String("output_config")).toObject().value(QLatin1String("format")).toObject();
    QCOMPARE(format.value(QLatin1String("type")).toString(), QStringLiteral("json_schema"));
    QCOMPARE(format.value(QLatin1String("schema")).toObject(), toolOutputSchema(Tool::Generate));
    QVERIFY(!body.contains(QLatin1String("tool_choice")));
    QVERIFY(!body.contains(QLatin1String("tools")));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages, userMessageJson(toolUserMessage(request)));
    QVERIFY(toolUserMessage(request).contains(request.task));
}

void TestEngines::claudeTruncated()
{
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Summarize")}});
    m_server->enqueue(messagesPath, FakeResponse::anthropicStream(inPieces(answer.left(30), 7), QStringLiteral("max_tokens")));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"));
    ToolRequest request = generateRequest();
    request.maxOutputTokens = 2048;
    Watched w(engine->start(request, nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.run->succeeded());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Truncated);
    QVERIFY2(w.run->error().message.contains(QLatin1String("larger budget")), qPrintable(w.run->error().message));
    QVERIFY2(w.run->error().message.contains(QLatin1String("2048")), qPrintable(w.run->error().message));
    QVERIFY(!w.run->error().requestId.isEmpty());
    QCOMPARE(m_server->requestCount(messagesPath), 1); // a cut-off answer is not repaired
    QCOMPARE(m_server->requests().constFirst().json().value(QLatin1String("max_tokens")).toInt(), 2048);
}

void TestEngines::claudeContextWindowExceeded()
{
    m_server->enqueue(messagesPath,
        FakeResponse::anthropicStream({QStringLiteral("{\"messages\": [")}, QStringLiteral("model_context_window_exceeded")));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Truncated);
    // A larger output budget would not help here.
    QVERIFY2(w.run->error().message.contains(QLatin1String("context window of claude-sonnet-5-5")),
        qPrintable(w.run->error().message));
    QVERIFY2(!w.run->error().message.contains(QLatin1String("larger budget")), qPrintable(w.run->error().message));
    QCOMPARE(m_server->requestCount(messagesPath), 1);
}

void TestEngines::claudeRefusal()
{
    m_server->enqueue(messagesPath, FakeResponse::anthropicStream({QStringLiteral("I can't help")}, QStringLiteral("refusal")));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.run->succeeded());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Refusal);
    QVERIFY2(w.run->error().message.contains(QLatin1String("declined")), qPrintable(w.run->error().message));
    QCOMPARE(m_server->requestCount(messagesPath), 1);
}

void TestEngines::claudeRepairsInvalidJsonOnce()
{
    const QString bad = QStringLiteral("{\"messages\": [{\"role\": \"user\", \"content\": [");
    const QString good = modelAnswer({{QStringLiteral("user"), QStringLiteral("Summarize {{TICKET}}")}});
    const ToolRequest request = generateRequest();
    m_server->enqueue(messagesPath, FakeResponse::anthropicStream(inPieces(bad, 7)));
    m_server->enqueue(messagesPath, FakeResponse::anthropicStream(inPieces(good, 7)));
    m_engine = makeEngine(QStringLiteral("claude"));
    const auto w = std::make_unique<Watched>(m_engine->start(request, nullptr));
    // Displays of the stream learn that the bad answer is void before the new one comes.
    QString shown;
    int clears = 0;
    connect(w->run.get(), &ToolRun::textReceived, this, [&](const QString &delta) { shown += delta; });
    connect(w->run.get(), &ToolRun::textCleared, this, [&] {
        QCOMPARE(shown, bad);
        shown.clear();
        ++clears;
    });
    QVERIFY(w->waitForEnd());
    QCOMPARE(clears, 1);
    QCOMPARE(shown, good);
    QCOMPARE(w->finished.count(), 1);
    QVERIFY2(w->run->succeeded(), qPrintable(describe(*w->run)));
    QCOMPARE(w->run->result().prompt.messages[0].text(), QStringLiteral("Summarize {{TICKET}}"));
    QCOMPARE(w->run->streamedText(), good); // the repair replaced the bad answer
    QVERIFY(w->statuses().join(QLatin1Char('\n')).contains(QLatin1String("Repairing")));
    // Both calls are paid for.
    QCOMPARE(w->run->result().usage, (Usage {24, fakeTokens(bad.size()) + fakeTokens(good.size())}));

    QCOMPARE(m_server->requestCount(messagesPath), 2);
    const QJsonObject first = m_server->requests().at(0).json();
    const QJsonObject second = m_server->requests().at(1).json();
    QCOMPARE(second.value(QLatin1String("system")), first.value(QLatin1String("system")));
    QCOMPARE(second.value(QLatin1String("output_config")), first.value(QLatin1String("output_config")));
    const QJsonArray messages = second.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0], first.value(QLatin1String("messages")).toArray().at(0));
    const QList<Message> turns = sentMessages(second);
    QCOMPARE(turns.size(), 3);
    QCOMPARE(turns[1].role, Role::Assistant);
    QCOMPARE(turns[1].text(), bad);
    QCOMPARE(turns[2].role, Role::User);
    QVERIFY2(turns[2].text().contains(QLatin1String("invalid JSON at line 1")), qPrintable(turns[2].text()));
}

void TestEngines::claudeGivesUpAfterOneRepair()
{
    const std::unique_ptr<Watched> w
        = runClaude(generateRequest(), {QStringLiteral("Sure! Here is the prompt."), QStringLiteral("{\"system\": \"x\"}")});
    QVERIFY(!w->run->succeeded());
    QCOMPARE(w->run->error().kind, ToolError::Kind::InvalidOutput);
    QVERIFY2(w->run->error().message.contains(QLatin1String("messages")), qPrintable(w->run->error().message));
    QVERIFY2(w->run->error().message.contains(QLatin1String("repair")), qPrintable(w->run->error().message));
    QCOMPARE(m_server->requestCount(messagesPath), 2);
}

void TestEngines::claudeRecomputesWrongValues()
{
    const Prompt original = translationPrompt();
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Translate {{WORD}} to {{LANGUAGE}}")}},
        QStringLiteral("You are a translator into {{LANGUAGE}}."),
        Pairs {{QStringLiteral("WORD"), QStringLiteral("helo")}, {QStringLiteral("LANGUAGE"), QStringLiteral("German")}});
    const std::unique_ptr<Watched> w = runClaude(promptRequest(Tool::Templatize, original), {answer});
    QVERIFY2(w->run->succeeded(), qPrintable(describe(*w->run)));
    const ToolResult &result = w->run->result();
    QVERIFY(result.variableValues);
    const VariableValues expected {
        {QStringLiteral("WORD"), QStringLiteral("hello")}, {QStringLiteral("LANGUAGE"), QStringLiteral("German")}};
    QCOMPARE(*result.variableValues, expected);
    QCOMPARE(fillVariables(result.prompt, *result.variableValues).prompt, original);
    QVERIFY2(hasNote(result, QStringLiteral("recomputed-value")), qPrintable(notesText(result)));
    QVERIFY2(notesText(result).contains(QLatin1String("\"helo\"")), qPrintable(notesText(result)));

    const QJsonObject body = m_server->requests().constFirst().json();
    QCOMPARE(body.value(QLatin1String("system")).toString(), toolMetaPrompt(Tool::Templatize, QString()));
    QCOMPARE(body.value(QLatin1String("output_config"))
                 .toObject()
                 .value(QLatin1String("format"))
                 .toObject()
                 .value(QLatin1String("schema"))
                 .toObject(),
        toolOutputSchema(Tool::Templatize));
    // The input travels as the prompt's JSON inside <prompt> tags.
    const QString sentText = sentMessages(body).constFirst().text();
    QVERIFY(sentText.startsWith(QLatin1String("<prompt>\n")));
    QVERIFY(sentText.contains(QLatin1String("Translate hello to German")));
}

void TestEngines::claudeRefusesATemplateThatDoesNotAlign()
{
    const Prompt original = translationPrompt();
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Translate {{WORD}} into {{LANGUAGE}}")}},
        QStringLiteral("You are a translator into {{LANGUAGE}}."),
        Pairs {{QStringLiteral("WORD"), QStringLiteral("hello")}, {QStringLiteral("LANGUAGE"), QStringLiteral("German")}});
    const std::unique_ptr<Watched> w = runClaude(promptRequest(Tool::Templatize, original), {answer});
    QVERIFY(!w->run->succeeded());
    const ToolError &error = w->run->error();
    QCOMPARE(error.kind, ToolError::Kind::InvalidOutput);
    QVERIFY(!error.details.isEmpty());
    QCOMPARE(error.details.constFirst().location.path(), QStringLiteral("messages[0].content[0]"));
    QVERIFY2(error.message.contains(QLatin1String("messages[0].content[0]")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("into")), qPrintable(error.message));
    QVERIFY(!error.requestId.isEmpty());
    QCOMPARE(w->run->request().prompt, original);
    QCOMPARE(m_server->requestCount(messagesPath), 1);
}

void TestEngines::claudeNotesDroppedVariables()
{
    const Prompt original {QString(), {Message::user(QStringLiteral("Summarize {{DOCUMENT}} for {{AUDIENCE}}."))}};
    ToolRequest request = promptRequest(Tool::Improve, original);
    request.feedback = QStringLiteral("Make it shorter");
    const QString answer = modelAnswer(
        {{QStringLiteral("user"), QStringLiteral("<document>\n{{DOCUMENT}}\n</document>\nSummarize the document.")}});
    const std::unique_ptr<Watched> w = runClaude(request, {answer});
    QVERIFY2(w->run->succeeded(), qPrintable(describe(*w->run)));
    const ToolResult &result = w->run->result();
    QVERIFY2(hasNote(result, QStringLiteral("dropped-variable")), qPrintable(notesText(result)));
    QVERIFY(notesText(result).contains(QLatin1String("AUDIENCE")));
    QVERIFY(!notesText(result).contains(QLatin1String("DOCUMENT")));
    QVERIFY(!result.variableValues);

    const QJsonObject body = m_server->requests().constFirst().json();
    QCOMPARE(body.value(QLatin1String("output_config"))
                 .toObject()
                 .value(QLatin1String("format"))
                 .toObject()
                 .value(QLatin1String("schema"))
                 .toObject(),
        toolOutputSchema(Tool::Improve));
    const QString sentText = sentMessages(body).constFirst().text();
    QVERIFY(sentText.contains(QLatin1String("<feedback>\nMake it shorter\n</feedback>")));
    QVERIFY(sentText.contains(QLatin1String("{{AUDIENCE}}")));
}

void TestEngines::claudePrefillPolicy_data()
{
    QTest::addColumn<QString>("targetModel");
    QTest::addColumn<bool>("folded");
    QTest::newRow("rejects prefill") << QStringLiteral("claude-opus-4-6") << true;
    QTest::newRow("accepts prefill") << QStringLiteral("claude-3-7-sonnet-20250219") << false;
}

void TestEngines::claudePrefillPolicy()
{
    QFETCH(QString, targetModel);
    QFETCH(bool, folded);
    QCOMPARE(modelAcceptsPrefill(targetModel), !folded);

    const Prompt original {QString(), {Message::user(QStringLiteral("Answer {{QUESTION}}"))}};
    const QString userText = QStringLiteral("Answer the question in <question> tags.\n<question>{{QUESTION}}</question>");
    const QString answer
        = modelAnswer({{QStringLiteral("user"), userText}, {QStringLiteral("assistant"), QStringLiteral("<thinking>")}});
    const std::unique_ptr<Watched> w = runClaude(promptRequest(Tool::Improve, original, targetModel), {answer});
    QVERIFY2(w->run->succeeded(), qPrintable(describe(*w->run)));
    const ToolResult &result = w->run->result();

    const QString system = m_server->requests().constFirst().json().value(QLatin1String("system")).toString();
    QCOMPARE(system, toolMetaPrompt(Tool::Improve, targetModel));
    QVERIFY(system.contains(targetModel));
    if (folded) {
        QVERIFY(system.contains(QLatin1String("rejects a prefill")));
        QCOMPARE(result.prompt.messages.size(), 1);
        QVERIFY(!result.prompt.hasPrefill());
        QCOMPARE(result.prompt.messages[0].text(), userText + foldedPrefillInstruction(QStringLiteral("<thinking>")));
        QVERIFY(result.prompt.messages[0].text().contains(QLatin1String("Begin your answer with")));
        QVERIFY2(hasNote(result, QStringLiteral("prefill-folded")), qPrintable(notesText(result)));
        // The note points at the message that now holds the instruction.
        for (const Diagnostic &note : result.notes) {
            if (note.code == QLatin1String("prefill-folded"))
                QCOMPARE(note.location.path(), QStringLiteral("messages[0]"));
        }
    } else {
        QVERIFY(system.contains(QLatin1String("accepts a prefill")));
        QCOMPARE(result.prompt.messages.size(), 2);
        QVERIFY(result.prompt.hasPrefill());
        QCOMPARE(result.prompt.messages[0].text(), userText);
        QCOMPARE(result.prompt.messages[1].text(), QStringLiteral("<thinking>"));
        QVERIFY2(!hasNote(result, QStringLiteral("prefill-folded")), qPrintable(notesText(result)));
    }
    QVERIFY2(!hasNote(result, QStringLiteral("dropped-variable")), qPrintable(notesText(result)));
}

void TestEngines::claudeWithoutStructuredOutput()
{
    m_server->enqueue(messagesPath,
        FakeResponse::apiError(400, QStringLiteral("invalid_request_error"),
            QStringLiteral("output_config.format: json_schema is not supported for this model.")));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"), 2);
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.run->succeeded());
    const ToolError &error = w.run->error();
    QCOMPARE(error.kind, ToolError::Kind::Api);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.errorType, QStringLiteral("invalid_request_error"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY2(error.message.contains(QLatin1String("output_config.format")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("choose another tool model")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("..")), qPrintable(error.message));
    QCOMPARE(m_server->requestCount(messagesPath), 1); // a 400 is final
}

void TestEngines::claudeCancelMidStream()
{
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Summarize {{TICKET}} ").repeated(20)}});
    FakeResponse slow = FakeResponse::anthropicStream(inPieces(answer, 4));
    slow.chunkDelayMs = 100;
    m_server->setAlways(messagesPath, slow);
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.text.wait(5000));
    const qsizetype received = w.text.count();

    w.run->cancel();
    QCOMPARE(w.finished.count(), 1); // at once, not when the server gives up
    QVERIFY(!w.run->succeeded());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Canceled);
    w.run->cancel(); // a second cancel changes nothing

    // Once the server has seen the hang-up, nothing more can arrive.
    QTRY_COMPARE(m_server->openConnectionCount(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(w.finished.count(), 1);
    QCOMPARE(w.text.count(), received);
    QCOMPARE(w.run->error().kind, ToolError::Kind::Canceled);
    QCOMPARE(m_server->requestCount(messagesPath), 1);
}

void TestEngines::claudeEmptyTaskSendsNothing()
{
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"));
    Watched w(engine->start(generateRequest(QStringLiteral("  \n ")), nullptr));
    QCOMPARE(w.finished.count(), 0); // fails from the event loop, like any error
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.run->error().kind, ToolError::Kind::InvalidInput);
    QVERIFY2(w.run->error().message.contains(QLatin1String("task")), qPrintable(w.run->error().message));

    // An invalid prompt for improve: nothing sent either.
    Watched empty(engine->start(promptRequest(Tool::Improve, Prompt {}), nullptr));
    QVERIFY(empty.waitForEnd());
    QCOMPARE(empty.run->error().kind, ToolError::Kind::InvalidInput);
    // A valid run afterwards is the first and only request the server sees:
    // had the refused ones sent anything, it would have arrived before.
    Watched valid(engine->start(generateRequest(), nullptr));
    QVERIFY(valid.waitForEnd());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().path, messagesPath);

    // The same check, for callers that want to name their input.
    QVERIFY(!invalidRequestError(generateRequest(), PromptRules::MessagesApi));
    QVERIFY(!invalidRequestError(promptRequest(Tool::Templatize, translationPrompt()), PromptRules::PromptTools));
    const std::optional<ToolError> noMessages = invalidRequestError(
        promptRequest(Tool::Templatize, Prompt {QStringLiteral("Be brief."), {}}), PromptRules::MessagesApi);
    QVERIFY(noMessages);
    QCOMPARE(noMessages->kind, ToolError::Kind::InvalidInput);
    QCOMPARE(noMessages->message, QStringLiteral("messages: at least one message is required"));
    QCOMPARE(noMessages->details.size(), 1);
}

void TestEngines::fewShotPromptKeepsItsTurns_data()
{
    QTest::addColumn<QString>("engineName");
    QTest::addColumn<int>("tool");
    for (const QString &engine : {QStringLiteral("claude"), QStringLiteral("openai")}) {
        for (const Tool tool : allTools())
            QTest::addRow("%s %s", qPrintable(engine), qPrintable(toolName(tool))) << engine << int(tool);
    }
}

// claude and openai take what the Messages API takes: few-shot turns go to the
// model and come back as turns, through every tool.
void TestEngines::fewShotPromptKeepsItsTurns()
{
    QFETCH(QString, engineName);
    QFETCH(int, tool);
    const Prompt original = fewShotPrompt();
    const Tool which = Tool(tool);
    const QString answer = which == Tool::Templatize
        ? modelAnswer({{QStringLiteral("user"), QStringLiteral("Review: The blender broke in a week.")},
                          {QStringLiteral("assistant"), QStringLiteral("negative")},
                          {QStringLiteral("user"), QStringLiteral("Review: {{REVIEW}}")}},
            original.system, Pairs {{QStringLiteral("REVIEW"), QStringLiteral("Quiet, fast and easy to clean.")}})
        : modelAnswer({{QStringLiteral("user"), QStringLiteral("<review>The blender broke in a week.</review>")},
                          {QStringLiteral("assistant"), QStringLiteral("negative")},
                          {QStringLiteral("user"), QStringLiteral("<review>{{REVIEW}}</review>")}},
            original.system);
    const bool openAi = engineName == QLatin1String("openai");
    const QByteArray path = openAi ? chatPath : messagesPath;
    m_server->enqueue(
        path, openAi ? FakeResponse::openAiStream(inPieces(answer, 9)) : FakeResponse::anthropicStream(inPieces(answer, 9)));
    const std::unique_ptr<Engine> engine = makeEngine(engineName);
    const ToolRequest request
        = which == Tool::Generate ? generateRequest(QStringLiteral("Classify reviews")) : promptRequest(which, original);
    Watched w(engine->start(request, nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));

    const Prompt &result = w.run->result().prompt;
    QCOMPARE(result.system, original.system);
    QCOMPARE(result.messages.size(), 3);
    QCOMPARE(result.messages[0].role, Role::User);
    QCOMPARE(result.messages[1].role, Role::Assistant);
    QCOMPARE(result.messages[1].text(), QStringLiteral("negative"));
    QCOMPARE(result.messages[2].role, Role::User);
    if (which == Tool::Templatize)
        QCOMPARE(fillVariables(result, *w.run->result().variableValues).prompt, original);

    // The model saw the prompt with its turns.
    QCOMPARE(m_server->requestCount(path), 1);
    const QString sent = QString::fromUtf8(m_server->requests().constFirst().body);
    if (which != Tool::Generate)
        QVERIFY2(sent.contains(QLatin1String("negative")), qPrintable(sent));
}

void TestEngines::claudeRetriesOverloaded()
{
    m_server->enqueue(messagesPath,
        FakeResponse::apiError(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))
            .withHeader("retry-after-ms", "5"));
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Summarize {{TICKET}}")}});
    m_server->enqueue(messagesPath, FakeResponse::anthropicStream(inPieces(answer, 9)));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"), 2);
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    const QString statuses = w.statuses().join(QLatin1Char('\n'));
    // The server's retry-after-ms (5 ms), not the default backoff (about 0.5 s).
    QVERIFY2(statuses.contains(QLatin1String("retrying in 0.0 s (attempt 2)")), qPrintable(statuses));
    QVERIFY2(statuses.contains(QLatin1String("retrying")), qPrintable(statuses));
    QVERIFY2(statuses.contains(QLatin1String("529")), qPrintable(statuses));
    QVERIFY2(statuses.contains(QLatin1String("overloaded_error")), qPrintable(statuses));
    QCOMPARE(m_server->requestCount(messagesPath), 2);
    QCOMPARE(m_server->requests().at(0).body, m_server->requests().at(1).body);
}

void TestEngines::claudeErrorEventMidStream()
{
    FakeResponse stream
        = FakeResponse::anthropicStream(inPieces(modelAnswer({{QStringLiteral("user"), QStringLiteral("Hi")}}), 5));
    // Keep message_start, the block start, ping and two deltas; then the
    // server reports an overload inside the 200 stream.
    stream.chunks = stream.chunks.mid(0, 5);
    stream.chunks.append(QByteArrayLiteral(
        "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"));
    m_server->enqueue(messagesPath, stream);
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"), 2);
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.run->succeeded());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Api);
    QCOMPARE(w.run->error().errorType, QStringLiteral("overloaded_error"));
    QVERIFY2(w.run->error().message.contains(QLatin1String("Overloaded")), qPrintable(w.run->error().toString()));
    QVERIFY2(w.run->error().toString().contains(QLatin1String("(overloaded_error, request req_fake_")),
        qPrintable(w.run->error().toString()));
    QVERIFY2(!w.run->error().toString().contains(QLatin1String("HTTP 200")), qPrintable(w.run->error().toString()));
    QVERIFY(w.text.count() >= 1); // text had begun: not retried
    QCOMPARE(m_server->requestCount(messagesPath), 1);
}

void TestEngines::claudeStreamDropped()
{
    FakeResponse stream
        = FakeResponse::anthropicStream(inPieces(modelAnswer({{QStringLiteral("user"), QStringLiteral("Hi")}}), 5));
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < 5; ++i)
        bytes += stream.chunks.at(i).size();
    stream.dropAfterBytes = bytes + 10; // inside the third delta
    m_server->setAlways(messagesPath, stream);
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("claude"), 2);
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.run->succeeded());
    const ToolError &error = w.run->error();
    QVERIFY2(error.kind == ToolError::Kind::Network || error.kind == ToolError::Kind::Api, qPrintable(error.toString()));
    // Qt reports a chunked body that stops short either as an error or as
    // an end; the stream reader catches the second case.
    QVERIFY2(error.message.contains(QLatin1String("closed the connection"))
            || error.message.contains(QLatin1String("cut off before message_stop")),
        qPrintable(error.toString()));
    QVERIFY2(!error.toString().contains(QLatin1String("HTTP 200")), qPrintable(error.toString()));
    QVERIFY(w.text.count() >= 1);
    QCOMPARE(m_server->requestCount(messagesPath), 1); // a stream that has begun is never retried
}

void TestEngines::runOutlivesItsEngine_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("claude") << QStringLiteral("claude");
    QTest::newRow("openai") << QStringLiteral("openai");
    QTest::newRow("prompt-tools") << QStringLiteral("prompt-tools");
    QTest::newRow("local") << QStringLiteral("local");
}

// The window may drop an engine (settings changed) while a run goes on.
void TestEngines::runOutlivesItsEngine()
{
    QFETCH(QString, engine);
    m_server->setOpenAiKeyRequired(false);
    std::unique_ptr<Engine> made = makeEngine(engine);
    Watched w(made->start(promptRequest(Tool::Templatize, translationPrompt()), nullptr));
    made.reset();
    QVERIFY(w.waitForEnd());
    // The fake's default claude/openai answer is a schema example that does
    // not align with the prompt; either way the run ends cleanly.
    QVERIFY(w.run->isFinished());
    if (engine == QLatin1String("prompt-tools") || engine == QLatin1String("local"))
        QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    else
        QCOMPARE(w.run->error().kind, ToolError::Kind::InvalidOutput);
}

void TestEngines::deletingARunMidStream_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("claude") << QStringLiteral("claude");
    QTest::newRow("openai") << QStringLiteral("openai");
}

void TestEngines::deletingARunMidStream()
{
    QFETCH(QString, engine);
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Summarize {{TICKET}} ").repeated(10)}});
    FakeResponse slow = engine == QLatin1String("claude") ? FakeResponse::anthropicStream(inPieces(answer, 4))
                                                          : FakeResponse::openAiStream(inPieces(answer, 4));
    slow.chunkDelayMs = 50;
    m_server->setAlways(engine == QLatin1String("claude") ? messagesPath : chatPath, slow);
    const std::unique_ptr<Engine> made = makeEngine(engine);
    auto w = std::make_unique<Watched>(made->start(generateRequest(), nullptr));
    QVERIFY(w->text.wait(5000));
    w.reset(); // no cancel: the owner simply goes away
    // The stream's remaining events, up to the server seeing the hang-up, must find nothing to call.
    QTRY_COMPARE(m_server->openConnectionCount(), 0);
    QCOMPARE(m_server->requests().size(), 1);
}

// ---- openai ---------------------------------------------------------------

void TestEngines::openAiStreamsAResult()
{
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Classify {{EMAIL}} as spam or not.")}});
    FakeResponse response = FakeResponse::openAiStream(inPieces(answer, 6));
    const QString requestId = headerValue(response, "request-id");
    m_server->enqueue(chatPath, response);
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("openai"));
    QCOMPARE(engine->name(), QStringLiteral("openai"));
    const ToolRequest request = generateRequest(QStringLiteral("A spam classifier"));
    Watched w(engine->start(request, nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    QCOMPARE(w.run->result().prompt.messages[0].text(), QStringLiteral("Classify {{EMAIL}} as spam or not."));
    QVERIFY(w.text.count() > 10);
    QCOMPARE(w.run->streamedText(), answer);
    QCOMPARE(w.run->result().usage, (Usage {12, fakeTokens(answer.size())}));
    QCOMPARE(w.run->result().requestId, requestId);

    QCOMPARE(m_server->requestCount(chatPath), 1);
    const RecordedRequest sent = m_server->requests().constFirst();
    QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer test-key"));
    const QJsonObject body = sent.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), findEngine(QStringLiteral("openai"))->defaultToolModel);
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(messages[0].toObject().value(QLatin1String("content")).toString(), toolMetaPrompt(Tool::Generate, QString()));
    QCOMPARE(messages[1].toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
    QCOMPARE(messages[1].toObject().value(QLatin1String("content")).toString(), toolUserMessage(request));
    const QJsonObject format = body.value(QLatin1String("response_format")).toObject();
    QCOMPARE(format.value(QLatin1String("type")).toString(), QStringLiteral("json_schema"));
    QVERIFY(!format.contains(QLatin1String("schema"))); // the flat shape is ignored by llama.cpp
    const QJsonObject schema = format.value(QLatin1String("json_schema")).toObject();
    QCOMPARE(schema.value(QLatin1String("name")).toString(), QStringLiteral("generate_result"));
    QCOMPARE(schema.value(QLatin1String("schema")).toObject(), toolOutputSchema(Tool::Generate));
    QCOMPARE(schema.value(QLatin1String("strict")), QJsonValue(true));
}

void TestEngines::openAiTruncated()
{
    const QString answer = modelAnswer({{QStringLiteral("user"), QStringLiteral("Classify {{EMAIL}}")}});
    m_server->enqueue(chatPath, FakeResponse::openAiStream(inPieces(answer.left(25), 6), QStringLiteral("length")));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("openai"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.run->succeeded());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Truncated);
    QVERIFY2(w.run->error().message.contains(QLatin1String("larger budget")), qPrintable(w.run->error().message));
    QCOMPARE(m_server->requestCount(chatPath), 1);
}

void TestEngines::openAiWithoutKey()
{
    m_server->setOpenAiKeyRequired(false);
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("openai"), 0, QString(), QStringLiteral("qwen2.5:7b"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    // The fake's default answer is an example for the schema.
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    QVERIFY(!w.run->result().prompt.messages.isEmpty());
    QVERIFY(w.run->result().usage.outputTokens > 0);
    const RecordedRequest sent = m_server->requests().constFirst();
    QVERIFY(!sent.headers.contains("authorization"));
    QCOMPARE(sent.json().value(QLatin1String("model")).toString(), QStringLiteral("qwen2.5:7b"));
}

void TestEngines::openAiContentFilter()
{
    m_server->enqueue(chatPath, FakeResponse::openAiStream({QStringLiteral("{\"mess")}, QStringLiteral("content_filter")));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("openai"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Refusal);
    QVERIFY2(w.run->error().message.contains(QLatin1String("llama3.2")), qPrintable(w.run->error().message));
}

// Small local models like to wrap JSON in a Markdown fence.
void TestEngines::openAiCodeFence()
{
    const QString answer
        = QStringLiteral("```json\n%1\n```\n").arg(modelAnswer({{QStringLiteral("user"), QStringLiteral("Hi {{NAME}}")}}));
    m_server->enqueue(chatPath, FakeResponse::openAiStream(inPieces(answer, 6)));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("openai"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    QCOMPARE(w.run->result().prompt.messages[0].text(), QStringLiteral("Hi {{NAME}}"));
    QCOMPARE(m_server->requestCount(chatPath), 1); // no repair needed
}

// ---- prompt-tools -----------------------------------------------------------

void TestEngines::promptToolsGenerate()
{
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("prompt-tools"));
    QCOMPARE(engine->name(), QStringLiteral("prompt-tools"));
    ToolRequest request = generateRequest(QStringLiteral("a polite translator"));
    request.targetModel = QStringLiteral("claude-3-7-sonnet-20250219");
    Watched w(engine->start(request, nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    const ToolResult &result = w.run->result();
    QCOMPARE(result.prompt.messages.size(), 2);
    QVERIFY(result.prompt.messages[0].text().contains(QLatin1String("You will act as a polite translator.")));
    QVERIFY(result.prompt.messages[0].text().contains(QLatin1String("{{INPUT}}")));
    QCOMPARE(result.prompt.messages[1].text(), QStringLiteral("<thinking>")); // this target accepts prefills
    QVERIFY(!result.variableValues);
    QCOMPARE(result.usage.inputTokens, fakeTokens(request.task.size()));
    QCOMPARE(result.usage.outputTokens, fakeTokens(result.prompt.messages[0].text().size() + 10));
    QCOMPARE(w.run->usage(), result.usage);
    QVERIFY(result.requestId.startsWith(QLatin1String("req_fake_")));

    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest sent = m_server->requests().constFirst();
    QCOMPARE(sent.path, QByteArray("/v1/experimental/generate_prompt"));
    QVERIFY(sent.headers.value("anthropic-beta").contains("prompt-tools-2025-04-02"));
    QCOMPARE(sent.headers.value("x-api-key"), QByteArray("test-key"));
    QCOMPARE(sent.json().value(QLatin1String("task")).toString(), request.task);
    QCOMPARE(sent.json().value(QLatin1String("target_model")).toString(), request.targetModel);
}

void TestEngines::promptToolsImprove()
{
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("prompt-tools"));
    ToolRequest request = promptRequest(Tool::Improve,
        {QStringLiteral("You are terse."), {Message::user(QStringLiteral("Translate {{WORD}} to German"))}},
        QStringLiteral("claude-sonnet-5-5"));
    request.feedback = QStringLiteral("explain idioms");
    Watched w(engine->start(request, nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    const ToolResult &result = w.run->result();
    // The fake ends with a <thinking> prefill, which claude-sonnet-5-5 rejects.
    QVERIFY(!result.prompt.hasPrefill());
    QVERIFY2(hasNote(result, QStringLiteral("prefill-folded")), qPrintable(notesText(result)));
    QVERIFY(!hasNote(result, QStringLiteral("dropped-variable")));
    const QString text = result.prompt.messages.constLast().text();
    QVERIFY(text.contains(QLatin1String("Pay particular attention to this: explain idioms")));
    QVERIFY(text.contains(QLatin1String("{{WORD}}")));
    QVERIFY(text.endsWith(foldedPrefillInstruction(QStringLiteral("<thinking>"))));
    QVERIFY(result.usage.inputTokens > 0);
    QVERIFY(result.usage.outputTokens > 0);
    QVERIFY(result.requestId.startsWith(QLatin1String("req_fake_")));

    const RecordedRequest sent = m_server->requests().constFirst();
    QCOMPARE(sent.path, QByteArray("/v1/experimental/improve_prompt"));
    const QJsonObject body = sent.json();
    QCOMPARE(body.value(QLatin1String("feedback")).toString(), request.feedback);
    QCOMPARE(body.value(QLatin1String("system")).toString(), request.prompt.system);
    QCOMPARE(body.value(QLatin1String("messages")).toArray(), messagesToJson(request.prompt.messages));
}

void TestEngines::promptToolsTemplatize()
{
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("prompt-tools"));
    const Prompt original {QStringLiteral("You are a professional English to German translator."),
        {Message::user(QStringLiteral("Translate hello to German"))}};
    Watched w(engine->start(promptRequest(Tool::Templatize, original), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    const ToolResult &result = w.run->result();
    QCOMPARE(result.prompt.messages[0].text(), QStringLiteral("Translate {{WORD_TO_TRANSLATE}} to {{TARGET_LANGUAGE}}"));
    QCOMPARE(result.prompt.system, QStringLiteral("You are a professional English to {{TARGET_LANGUAGE}} translator."));
    QVERIFY(result.variableValues);
    const VariableValues expected {{QStringLiteral("WORD_TO_TRANSLATE"), QStringLiteral("hello")},
        {QStringLiteral("TARGET_LANGUAGE"), QStringLiteral("German")}};
    QCOMPARE(*result.variableValues, expected);
    QCOMPARE(fillVariables(result.prompt, *result.variableValues).prompt, original);
    QVERIFY2(result.notes.isEmpty(), qPrintable(notesText(result)));
    QVERIFY(result.usage.inputTokens > 0);
    QVERIFY(result.requestId.startsWith(QLatin1String("req_fake_")));
    QCOMPARE(m_server->requests().constFirst().path, QByteArray("/v1/experimental/templatize_prompt"));
}

void TestEngines::promptToolsSumsUsageArray()
{
    const QJsonObject body {{QStringLiteral("messages"), messagesToJson({Message::user(QStringLiteral("Say {{X}}"))})},
        {QStringLiteral("system"), QString()},
        {QStringLiteral("usage"),
            QJsonArray {QJsonObject {{QStringLiteral("input_tokens"), 490}, {QStringLiteral("output_tokens"), 661}},
                QJsonObject {{QStringLiteral("input_tokens"), 10}, {QStringLiteral("output_tokens"), 39}}}}};
    m_server->enqueue("/v1/experimental/generate_prompt", FakeResponse::json(200, body));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("prompt-tools"));
    Watched w(engine->start(generateRequest(), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    QCOMPARE(w.run->result().usage, (Usage {500, 700}));
    QCOMPARE(w.run->usage(), (Usage {500, 700}));
    const QJsonObject usage = toolResultToJson(w.run->result()).value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 500);
    QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 700);
}

void TestEngines::promptToolsHtmlPage()
{
    m_server->setAlways("/v1/experimental/templatize_prompt",
        FakeResponse::html(502,
            QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                              "<hr><center>nginx</center></body></html>")));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("prompt-tools"), 1);
    Watched w(engine->start(promptRequest(Tool::Templatize, translationPrompt()), nullptr));
    QVERIFY(w.waitForEnd(8000));
    QVERIFY(!w.run->succeeded());
    const ToolError &error = w.run->error();
    QCOMPARE(error.kind, ToolError::Kind::Api);
    QCOMPARE(error.httpStatus, 502);
    QVERIFY2(error.message.contains(QLatin1String("HTML page")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("502 Bad Gateway")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("<")), qPrintable(error.message));
    QVERIFY2(error.toString().contains(QLatin1String("HTTP 502")), qPrintable(error.toString()));
    QCOMPARE(m_server->requests().size(), 2); // 5xx is retried once here
}

void TestEngines::promptToolsWrongShape()
{
    m_server->enqueue("/v1/experimental/improve_prompt",
        FakeResponse::json(200, {{QStringLiteral("messages"), QStringLiteral("none")}, {QStringLiteral("system"), QString()}}));
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("prompt-tools"));
    Watched w(engine->start(promptRequest(Tool::Improve, translationPrompt()), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.run->succeeded());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Api);
    QVERIFY2(w.run->error().message.contains(QLatin1String("messages")), qPrintable(w.run->error().toString()));
    QVERIFY(!w.run->error().requestId.isEmpty());
}

// The retired endpoint's rules stay with the engine that speaks it: the
// few-shot prompt is refused before anything is sent, naming the field.
void TestEngines::promptToolsRefusesFewShotTurns()
{
    const std::unique_ptr<Engine> engine = makeEngine(QStringLiteral("prompt-tools"));
    Watched w(engine->start(promptRequest(Tool::Improve, fewShotPrompt()), nullptr));
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.run->error().kind, ToolError::Kind::InvalidInput);
    QCOMPARE(w.run->error().message, QStringLiteral("messages[1].role: an assistant message is only allowed last, as a prefill"));
    QCOMPARE(w.run->error().details.constFirst().location.field, QStringLiteral("role"));
    QVERIFY(m_server->requests().isEmpty());
}

// ---- local ------------------------------------------------------------------

void TestEngines::localTemplatizeIsLossless()
{
    EngineConfig config;
    config.engine = QStringLiteral("local");
    QString error;
    const std::unique_ptr<Engine> engine = createEngine(config, &error);
    QVERIFY2(engine, qPrintable(error));
    QVERIFY(engine->supports(Tool::Templatize));
    QVERIFY(!engine->supports(Tool::Generate));
    const Prompt original {QStringLiteral("You are a support agent for Acme Corp."),
        {Message::user(QStringLiteral(
            "Reply to this email from jane.doe@example.com about order #48213:\n\"My package arrived broken.\""))}};
    Watched w(engine->start(promptRequest(Tool::Templatize, original), nullptr));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.run->succeeded(), qPrintable(describe(*w.run)));
    const ToolResult &result = w.run->result();
    QVERIFY(result.variableValues);
    QVERIFY(!result.variableValues->isEmpty());
    QVERIFY(result.prompt != original);
    QCOMPARE(fillVariables(result.prompt, *result.variableValues).prompt, original);
    QCOMPARE(result.usage, Usage {});
    QVERIFY(m_server->requests().isEmpty());
}

void TestEngines::localNeedsAModel_data()
{
    QTest::addColumn<int>("tool");
    QTest::newRow("generate") << int(Tool::Generate);
    QTest::newRow("improve") << int(Tool::Improve);
}

void TestEngines::localNeedsAModel()
{
    QFETCH(int, tool);
    EngineConfig config;
    config.engine = QStringLiteral("local");
    QString error;
    const std::unique_ptr<Engine> engine = createEngine(config, &error);
    QVERIFY(engine);
    ToolRequest request = promptRequest(Tool(tool), translationPrompt());
    request.task = QStringLiteral("A translator");
    Watched w(engine->start(request, nullptr));
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.run->error().kind, ToolError::Kind::Unsupported);
    QVERIFY2(w.run->error().message.contains(QLatin1String("needs a model")), qPrintable(w.run->error().message));
}

// ---- settings -----------------------------------------------------------------

void TestEngines::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Promptwerk.conf"));
    const EngineSettings openAi {QUrl(QStringLiteral("http://localhost:8080/v1")), QStringLiteral("qwen2.5:7b"), 30, 5};
    const EngineSettings claude {
        QUrl(QStringLiteral("https://gateway.example/anthropic")), QStringLiteral("claude-opus-5-5"), 120, 0};
    {
        QSettings settings(path, QSettings::IniFormat);
        SettingsStore store(&settings);
        QCOMPARE(store.currentEngine(), QStringLiteral("claude"));
        QCOMPARE(store.engineSettings(QStringLiteral("openai")), EngineSettings {});
        store.setEngineSettings(QStringLiteral("openai"), openAi);
        store.setEngineSettings(QStringLiteral("claude"), claude);
        store.setCurrentEngine(QStringLiteral("openai"));
        store.setTargetModel(QStringLiteral("claude-opus-4-6"));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QSettings settings(path, QSettings::IniFormat);
    const SettingsStore store(&settings);
    QCOMPARE(store.engineSettings(QStringLiteral("openai")), openAi);
    QCOMPARE(store.engineSettings(QStringLiteral("claude")), claude);
    QCOMPARE(store.engineSettings(QStringLiteral("prompt-tools")), EngineSettings {});
    QCOMPARE(store.currentEngine(), QStringLiteral("openai"));
    QCOMPARE(store.targetModel(), QStringLiteral("claude-opus-4-6"));
    // Where the window and the CLI keep them (the man pages name this file).
    QVERIFY2(SettingsStore::openDefault()->fileName().endsWith(QLatin1String("/Promptwerk/Promptwerk.conf")),
        qPrintable(SettingsStore::openDefault()->fileName()));
    // No key is ever written to the settings file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("key"));
}

void TestEngines::settingsClampBadValues()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("bad.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("engine"), QStringLiteral("gpt-9000"));
    settings.setValue(QStringLiteral("engines/claude/timeoutSeconds"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("engines/claude/maxRetries"), 99);
    const SettingsStore store(&settings);
    QCOMPARE(store.currentEngine(), QStringLiteral("claude"));
    const EngineSettings claude = store.engineSettings(QStringLiteral("claude"));
    QCOMPARE(claude.timeoutSeconds, 600);
    QCOMPARE(claude.maxRetries, 2);
}

void TestEngines::resolvePrecedence_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");

    const QString o = QStringLiteral("http://127.0.0.1:1111");
    const QString e = QStringLiteral("https://env.example");
    const QString s = QStringLiteral("https://saved.example");
    QTest::newRow("claude: override wins") << QStringLiteral("claude") << o << e << s << o;
    QTest::newRow("claude: environment over settings") << QStringLiteral("claude") << QString() << e << s << e;
    QTest::newRow("claude: settings") << QStringLiteral("claude") << QString() << QString() << s << s;
    QTest::newRow("claude: default") << QStringLiteral("claude") << QString() << QString() << QString()
                                     << QStringLiteral("https://api.anthropic.com");
    QTest::newRow("prompt-tools: environment") << QStringLiteral("prompt-tools") << QString() << e << s << e;
    QTest::newRow("openai: override wins") << QStringLiteral("openai") << o << e << s << o;
    QTest::newRow("openai: environment over settings") << QStringLiteral("openai") << QString() << e << s << e;
    QTest::newRow("openai: settings") << QStringLiteral("openai") << QString() << QString() << s << s;
    QTest::newRow("openai: default is local")
        << QStringLiteral("openai") << QString() << QString() << QString() << QStringLiteral("http://localhost:11434/v1");
}

void TestEngines::resolvePrecedence()
{
    QFETCH(QString, engine);
    QFETCH(QString, override);
    QFETCH(QString, environment);
    QFETCH(QString, saved);
    QFETCH(QString, expected);

    const bool openAi = engine == QLatin1String("openai");
    QProcessEnvironment env;
    if (!environment.isEmpty())
        env.insert(openAi ? QStringLiteral("OPENAI_BASE_URL") : QStringLiteral("ANTHROPIC_BASE_URL"), environment);
    // The other engine's variable never counts.
    env.insert(openAi ? QStringLiteral("ANTHROPIC_BASE_URL") : QStringLiteral("OPENAI_BASE_URL"),
        QStringLiteral("https://other.example"));
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("anthropic-key"));
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("openai-key"));

    EngineSettings settings;
    settings.baseUrl = QUrl(saved);
    settings.toolModel = QStringLiteral("saved-model");
    settings.timeoutSeconds = 42;
    settings.maxRetries = 4;
    EngineOverrides overrides;
    overrides.baseUrl = override;
    if (!override.isEmpty()) {
        overrides.toolModel = QStringLiteral("override-model");
        overrides.timeoutSeconds = 7;
        overrides.maxRetries = 0;
    }

    QString error;
    const EngineConfig config = resolveEngineConfig(engine, settings, overrides, env, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(config.engine, engine);
    QCOMPARE(config.baseUrl, QUrl(expected));
    QCOMPARE(config.toolModel, override.isEmpty() ? QStringLiteral("saved-model") : QStringLiteral("override-model"));
    QCOMPARE(config.timeoutSeconds, override.isEmpty() ? 42 : 7);
    QCOMPARE(config.maxRetries, override.isEmpty() ? 4 : 0);
    QCOMPARE(config.apiKey, openAi ? QStringLiteral("openai-key") : QStringLiteral("anthropic-key"));

    // Nothing saved: the engine's default tool model.
    const EngineConfig defaults
        = resolveEngineConfig(engine, EngineSettings {}, EngineOverrides {}, QProcessEnvironment(), &error);
    QCOMPARE(defaults.toolModel, findEngine(engine)->defaultToolModel);
    QCOMPARE(defaults.timeoutSeconds, 600);
    QCOMPARE(defaults.maxRetries, 2);
    QVERIFY(defaults.apiKey.isEmpty());
}

void TestEngines::resolveBadBaseUrl_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("source");

    QTest::newRow("option: not http") << QStringLiteral("ftp://files.example") << QString() << QString()
                                      << QStringLiteral("--base-url");
    QTest::newRow("option: no host") << QStringLiteral("http://") << QString() << QString() << QStringLiteral("--base-url");
    QTest::newRow("environment: no scheme") << QString() << QStringLiteral("api.example.com") << QString()
                                            << QStringLiteral("ANTHROPIC_BASE_URL");
    QTest::newRow("environment: spaces") << QString() << QStringLiteral("http://exa mple.com") << QString()
                                         << QStringLiteral("ANTHROPIC_BASE_URL");
    QTest::newRow("settings: not http") << QString() << QString() << QStringLiteral("file:///etc/passwd")
                                        << QStringLiteral("the settings");
}

void TestEngines::resolveBadBaseUrl()
{
    QFETCH(QString, override);
    QFETCH(QString, environment);
    QFETCH(QString, saved);
    QFETCH(QString, source);
    QProcessEnvironment env;
    if (!environment.isEmpty())
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), environment);
    EngineSettings settings;
    settings.baseUrl = QUrl(saved);
    EngineOverrides overrides;
    overrides.baseUrl = override;
    QString error;
    resolveEngineConfig(QStringLiteral("claude"), settings, overrides, env, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(source), qPrintable(error));
    QVERIFY2(error.contains(override + environment + saved), qPrintable(error));
}

void TestEngines::unknownEngine()
{
    EngineConfig config;
    config.engine = QStringLiteral("gemini");
    QString error;
    QVERIFY(!createEngine(config, &error));
    QVERIFY2(error.contains(QLatin1String("gemini")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("claude, prompt-tools, openai, local")), qPrintable(error));
    QVERIFY(!findEngine(QStringLiteral("gemini")));
    QCOMPARE(engineIds().size(), 4);
}

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
