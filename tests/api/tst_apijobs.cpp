#include "api/anthropicjobs.h"
#include "api/openaijobs.h"
#include "apitesthelpers.h"
#include "prompt/variables.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace pw;
using namespace pw::test;

namespace {

QJsonObject messagesRequest(const QString &text)
{
    return {{QStringLiteral("model"), QStringLiteral("claude-sonnet-5-5")}, {QStringLiteral("max_tokens"), 256},
        {QStringLiteral("messages"),
            QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}}}};
}

QJsonObject chatRequest(const QString &text)
{
    return {{QStringLiteral("model"), QStringLiteral("llama3.2")},
        {QStringLiteral("messages"),
            QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}}}};
}

Prompt translationPrompt()
{
    Prompt prompt;
    prompt.system = QStringLiteral("You are a professional English to German translator.");
    prompt.messages = {Message::user(QStringLiteral("Translate \"hello\" to German."))};
    return prompt;
}

} // namespace

class TestApiJobs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<FakeApiServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>(fakeServerConfig(*m_server));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void anthropicHeaders()
    {
        ApiConfig config = m_client->config();
        config.betas = QStringList {QStringLiteral("beta-one"), QStringLiteral("beta-two")};
        m_client->setConfig(config);
        MessageJob job(*m_client, messagesRequest(QStringLiteral("Hi")));
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        const RecordedRequest request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/messages"));
        QCOMPARE(request.headers.value("x-api-key"), QByteArray("test-key"));
        QCOMPARE(request.headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QCOMPARE(request.headers.value("anthropic-beta"), QByteArray("beta-one,beta-two"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!request.headers.contains("authorization"));
    }

    void modelsFollowEveryPage()
    {
        ModelsJob all(*m_client);
        QVERIFY(runJob(all));
        QVERIFY2(all.succeeded(), qPrintable(describe(all)));
        const QList<ModelInfo> models = all.models();
        QVERIFY(models.size() >= 5);
        QCOMPARE(m_server->requestCount("/v1/models"), 1);
        for (const ModelInfo &model : models) {
            QVERIFY(!model.id.isEmpty());
            QVERIFY(!model.displayName.isEmpty());
            QVERIFY(model.createdAt.isValid());
        }
        QVERIFY(!m_server->requests().constFirst().headers.contains("anthropic-beta"));

        m_server->clear();
        ModelsJob paged(*m_client, 2);
        QVERIFY(runJob(paged));
        QVERIFY2(paged.succeeded(), qPrintable(describe(paged)));
        QCOMPARE(paged.models(), models);
        const int pages = int((models.size() + 1) / 2);
        QCOMPARE(m_server->requestCount("/v1/models"), pages);
        QCOMPARE(paged.attempts(), pages);
        const QList<RecordedRequest> requests = m_server->requests();
        QCOMPARE(requests[0].query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QVERIFY(!requests[0].query.hasQueryItem(QStringLiteral("after_id")));
        for (int page = 1; page < pages; ++page)
            QCOMPARE(requests[page].query.queryItemValue(QStringLiteral("after_id")), models[page * 2 - 1].id);
    }

    void modelsPageWithoutLastId()
    {
        const QJsonObject page {{QStringLiteral("data"),
                                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("m1")},
                                        {QStringLiteral("display_name"), QStringLiteral("M1")},
                                        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")}}}},
            {QStringLiteral("has_more"), true}};
        m_server->enqueue("/v1/models", FakeResponse::json(200, page));
        ModelsJob job(*m_client);
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::InvalidResponse);
        QVERIFY2(job.errorString().contains(QStringLiteral("has_more is true, but the page has no last_id")),
            qPrintable(job.errorString()));
        QVERIFY(job.errorString().contains(job.requestId()));

        QJsonObject stuck = page;
        stuck.insert(QStringLiteral("last_id"), QStringLiteral("m1"));
        m_server->enqueue("/v1/models", FakeResponse::json(200, stuck));
        m_server->enqueue("/v1/models", FakeResponse::json(200, stuck));
        ModelsJob loop(*m_client);
        QVERIFY(runJob(loop));
        QVERIFY(loop.error());
        QCOMPARE(loop.error()->kind, ApiErrorKind::InvalidResponse);
        QVERIFY2(loop.errorString().contains(QStringLiteral("last_id \"m1\" is the one this page started after")),
            qPrintable(loop.errorString()));
        QCOMPARE(loop.attempts(), 2);
    }

    void countTokens()
    {
        QJsonObject body = messagesRequest(QStringLiteral("Count these words, please."));
        body.insert(QStringLiteral("stream"), true);
        CountTokensJob job(*m_client, body);
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QVERIFY(job.inputTokens() > 0);
        const QJsonObject sent = m_server->requests().constLast().json();
        QVERIFY(!sent.contains(QStringLiteral("max_tokens")));
        QVERIFY(!sent.contains(QStringLiteral("stream")));
        QCOMPARE(m_server->requests().constLast().path, QByteArray("/v1/messages/count_tokens"));

        CountTokensJob longer(*m_client, messagesRequest(QString(400, QLatin1Char('w'))));
        QVERIFY(runJob(longer));
        QVERIFY(longer.inputTokens() > job.inputTokens());

        m_server->enqueue("/v1/messages/count_tokens", FakeResponse::json(200, {{QStringLiteral("input_tokens"), 14}}));
        CountTokensJob scripted(*m_client, messagesRequest(QStringLiteral("x")));
        QVERIFY(runJob(scripted));
        QCOMPARE(scripted.inputTokens(), 14);

        m_server->enqueue("/v1/messages/count_tokens", FakeResponse::json(200, {{QStringLiteral("tokens"), 14}}));
        CountTokensJob wrongShape(*m_client, messagesRequest(QStringLiteral("x")));
        QVERIFY(runJob(wrongShape));
        QVERIFY(wrongShape.error());
        QCOMPARE(wrongShape.error()->kind, ApiErrorKind::InvalidResponse);
        QVERIFY2(wrongShape.errorString().contains(QStringLiteral("input_tokens: must be a non-negative number (found nothing)")),
            qPrintable(wrongShape.errorString()));
    }

    void plainMessage()
    {
        m_server->enqueue(
            "/v1/messages", FakeResponse::anthropicMessage(QStringLiteral("Hello there"), QStringLiteral("max_tokens")));
        QJsonObject body = messagesRequest(QStringLiteral("Hi"));
        body.insert(QStringLiteral("stream"), true); // dropped by MessageJob
        MessageJob job(*m_client, body);
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.message().text(), QStringLiteral("Hello there"));
        QCOMPARE(job.message().stopReason, QStringLiteral("max_tokens"));
        QVERIFY(job.message().isTruncated());
        QVERIFY(job.message().id.startsWith(QStringLiteral("msg_")));
        QVERIFY(!job.message().model.isEmpty());
        QVERIFY(job.message().usage.outputTokens > 0);
        QVERIFY(job.requestId().startsWith(QStringLiteral("req_fake_")));
        QCOMPARE(job.attempts(), 1);
        QCOMPARE(job.httpStatus(), 200);
        QVERIFY(!m_server->requests().constLast().json().contains(QStringLiteral("stream")));

        MessageJob defaults(*m_client, messagesRequest(QStringLiteral("Say something")));
        QVERIFY(runJob(defaults));
        QVERIFY2(defaults.succeeded(), qPrintable(describe(defaults)));
        QVERIFY(!defaults.message().text().isEmpty());
        QCOMPARE(defaults.message().stopReason, QStringLiteral("end_turn"));
    }

    void invalidMessageRequest()
    {
        QJsonObject body = messagesRequest(QStringLiteral("Hi"));
        body.remove(QStringLiteral("max_tokens"));
        MessageJob job(*m_client, body);
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Http);
        QCOMPARE(job.error()->httpStatus, 400);
        QCOMPARE(job.error()->category(), ApiErrorCategory::InvalidRequest);
        QVERIFY2(job.errorString().contains(QStringLiteral("max_tokens")), qPrintable(job.errorString()));
        QVERIFY(!job.error()->requestId.isEmpty());
        QCOMPARE(m_server->requestCount("/v1/messages"), 1); // a 400 is final
    }

    void streamedMessage()
    {
        m_server->enqueue("/v1/messages",
            FakeResponse::anthropicStream({QStringLiteral("Hel"), QStringLiteral("lo"), QStringLiteral(" wörld 👋")}));
        MessageStreamJob job(*m_client, messagesRequest(QStringLiteral("Hi")));
        QStringList deltas;
        connect(&job, &StreamingApiJob::textDelta, this, [&deltas](const QString &text) { deltas.append(text); });
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(deltas, (QStringList {QStringLiteral("Hel"), QStringLiteral("lo"), QStringLiteral(" wörld 👋")}));
        QCOMPARE(job.text(), QStringLiteral("Hello wörld 👋"));
        QCOMPARE(job.message().text(), job.text());
        QCOMPARE(job.message().stopReason, QStringLiteral("end_turn"));
        QVERIFY(job.message().id.startsWith(QStringLiteral("msg_")));
        QVERIFY(job.message().usage.inputTokens > 0);
        QVERIFY(job.message().usage.outputTokens > 1);
        QVERIFY(job.requestId().startsWith(QStringLiteral("req_fake_")));
        const RecordedRequest request = m_server->requests().constLast();
        QCOMPARE(request.json().value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(request.headers.value("accept"), QByteArray("text/event-stream"));

        MessageStreamJob defaults(*m_client, messagesRequest(QStringLiteral("Tell me a story")));
        int deltaCount = 0;
        connect(&defaults, &StreamingApiJob::textDelta, this, [&deltaCount] { ++deltaCount; });
        QVERIFY(runJob(defaults));
        QVERIFY2(defaults.succeeded(), qPrintable(describe(defaults)));
        QVERIFY(deltaCount >= 1);
        QCOMPARE(defaults.message().text(), defaults.text());
    }

    void streamedToolUseAndThinking()
    {
        const QList<QByteArray> events = {
            "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_t\",\"type\":\"message\",\"role\":"
            "\"assistant\",\"content\":[],\"model\":\"claude-x\",\"usage\":{\"input_tokens\":9,\"output_tokens\":1}}}\n\n",
            "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\","
            "\"thinking\":\"\"}}\n\n",
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\","
            "\"thinking\":\"Plan it.\"}}\n\n",
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\","
            "\"signature\":\"c2ln\"}}\n\n",
            "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n",
            "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\","
            "\"id\":\"toolu_1\",\"name\":\"emit_prompt\",\"input\":{}}}\n\n",
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
            "\"partial_json\":\"{\\\"system\\\": \\\"Be \"}}\n\n",
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
            "\"partial_json\":\"brief\\\"}\"}}\n\n",
            "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n",
            "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},"
            "\"usage\":{\"output_tokens\":21}}\n\n",
            "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n",
        };
        m_server->enqueue("/v1/messages", FakeResponse::sse(events));
        MessageStreamJob job(*m_client, messagesRequest(QStringLiteral("Hi")));
        QString thinking;
        connect(&job, &MessageStreamJob::thinkingDelta, this, [&thinking](const QString &text) { thinking += text; });
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(thinking, QStringLiteral("Plan it."));
        QVERIFY(job.text().isEmpty());
        const AnthropicMessage &message = job.message();
        QCOMPARE(message.content.size(), 2);
        QCOMPARE(message.content[0].signature, QStringLiteral("c2ln"));
        QVERIFY(message.firstToolUse());
        QCOMPARE(message.firstToolUse()->input, (QJsonObject {{QStringLiteral("system"), QStringLiteral("Be brief")}}));
        QCOMPARE(message.stopReason, QStringLiteral("tool_use"));
        QCOMPARE(message.usage, (Usage {9, 21, 0, 0}));
    }

    void promptToolsGenerate()
    {
        ApiConfig config = m_client->config();
        config.betas = QStringList {QStringLiteral("other-beta-2026")};
        m_client->setConfig(config);
        PromptToolJob job(*m_client, GenerateRequest {QStringLiteral("a chef for a meal prep planning service"), QString()});
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.tool(), Tool::Generate);
        const ToolResult &result = job.result();
        QVERIFY(!result.prompt.messages.isEmpty());
        QCOMPARE(result.prompt.messages.first().role, Role::User);
        QVERIFY(result.usage.inputTokens > 0);
        QCOMPARE(result.requestId, job.requestId());
        QVERIFY(result.requestId.startsWith(QStringLiteral("req_fake_")));
        const RecordedRequest request = m_server->requests().constLast();
        QCOMPARE(request.path, QByteArray("/v1/experimental/generate_prompt"));
        QCOMPARE(request.headers.value("anthropic-beta"), QByteArray("other-beta-2026,prompt-tools-2025-04-02"));
        QCOMPARE(
            request.json().value(QStringLiteral("task")).toString(), QStringLiteral("a chef for a meal prep planning service"));
    }

    void promptToolsImprove()
    {
        ImproveRequest request;
        request.prompt = translationPrompt();
        request.prompt.messages.first().content.first().text = QStringLiteral("Translate {{WORD}} to {{LANGUAGE}}.");
        request.feedback = QStringLiteral("Make it more formal");
        PromptToolJob job(*m_client, request);
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QVERIFY(!job.result().prompt.messages.isEmpty());
        QCOMPARE(m_server->requests().constLast().path, QByteArray("/v1/experimental/improve_prompt"));
        QCOMPARE(m_server->requests().constLast().json().value(QStringLiteral("feedback")).toString(), request.feedback);
    }

    void promptToolsTemplatizeIsLossless()
    {
        const Prompt original = translationPrompt();
        PromptToolJob job(*m_client, TemplatizeRequest {original});
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        const ToolResult &result = job.result();
        QVERIFY(result.variableValues);
        QVERIFY(!result.variableValues->isEmpty());
        QVERIFY(!variableNames(result.prompt).isEmpty());
        const FillResult filled = fillVariables(result.prompt, *result.variableValues);
        QVERIFY(filled.ok());
        QCOMPARE(filled.prompt, original);
    }

    void promptToolsValidationError()
    {
        Prompt prompt;
        prompt.messages = {Message::assistant(QStringLiteral("I start")), Message::user(QStringLiteral("then me"))};
        PromptToolJob job(*m_client, TemplatizeRequest {prompt});
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->httpStatus, 400);
        QCOMPARE(job.error()->type, QStringLiteral("invalid_request_error"));
        QVERIFY2(job.errorString().contains(QStringLiteral("messages.")), qPrintable(job.errorString()));
        QVERIFY(!job.error()->requestId.isEmpty());
    }

    void promptToolsResultOfWrongShape()
    {
        m_server->enqueue("/v1/experimental/generate_prompt",
            FakeResponse::json(200, {{QStringLiteral("messages"), QStringLiteral("not a list")}}));
        PromptToolJob job(*m_client, GenerateRequest {QStringLiteral("x"), QString()});
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::InvalidResponse);
        QVERIFY2(job.errorString().contains(QStringLiteral("messages")), qPrintable(job.errorString()));
        QVERIFY(job.errorString().contains(QStringLiteral("/v1/experimental/generate_prompt")));
    }

    void openAiChat()
    {
        ApiConfig config = m_client->config();
        // Ollama's documented base ends with /v1: no second one is added.
        config.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1"));
        m_client->setConfig(config);
        m_server->enqueue("/v1/chat/completions", FakeResponse::openAiChat(QStringLiteral("Hallo"), QStringLiteral("length")));
        OpenAiChatJob job(*m_client, chatRequest(QStringLiteral("Translate hello")));
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(job.completion().content, QStringLiteral("Hallo"));
        QVERIFY(job.completion().isTruncated());
        QVERIFY(job.completion().hasUsage);
        const RecordedRequest request = m_server->requests().constLast();
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer test-key"));
        QVERIFY(!request.headers.contains("x-api-key"));
        QVERIFY(!request.headers.contains("anthropic-version"));
        QVERIFY(!request.json().contains(QStringLiteral("stream")));

        OpenAiChatJob defaults(*m_client, chatRequest(QStringLiteral("Say hi")));
        QVERIFY(runJob(defaults));
        QVERIFY2(defaults.succeeded(), qPrintable(describe(defaults)));
        QVERIFY(!defaults.completion().content.isEmpty());
        QCOMPARE(defaults.completion().finishReason, QStringLiteral("stop"));
    }

    void openAiWithoutKey()
    {
        ApiConfig config = m_client->config();
        config.apiKey.clear();
        m_client->setConfig(config);

        OpenAiChatJob rejected(*m_client, chatRequest(QStringLiteral("x")));
        QVERIFY(runJob(rejected));
        QVERIFY(rejected.error());
        QCOMPARE(rejected.error()->httpStatus, 401);
        QCOMPARE(rejected.error()->category(), ApiErrorCategory::Authentication);
        QVERIFY(!m_server->requests().constLast().headers.contains("authorization"));

        m_server->setOpenAiKeyRequired(false);
        OpenAiChatJob local(*m_client, chatRequest(QStringLiteral("x")));
        QVERIFY(runJob(local));
        QVERIFY2(local.succeeded(), qPrintable(describe(local)));
        QVERIFY(!m_server->requests().constLast().headers.contains("authorization"));
    }

    void openAiStream()
    {
        m_server->enqueue("/v1/chat/completions", FakeResponse::openAiStream({QStringLiteral("Ha"), QStringLiteral("llo")}));
        OpenAiChatStreamJob job(*m_client, chatRequest(QStringLiteral("Translate hello")));
        QStringList deltas;
        connect(&job, &StreamingApiJob::textDelta, this, [&deltas](const QString &text) { deltas.append(text); });
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QCOMPARE(deltas, (QStringList {QStringLiteral("Ha"), QStringLiteral("llo")}));
        QCOMPARE(job.text(), QStringLiteral("Hallo"));
        QCOMPARE(job.completion().content, QStringLiteral("Hallo"));
        QCOMPARE(job.completion().finishReason, QStringLiteral("stop"));
        QVERIFY(job.completion().hasUsage);
        QVERIFY(job.completion().usage.outputTokens > 0);
        const QJsonObject sent = m_server->requests().constLast().json();
        QCOMPARE(sent.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(sent.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool(), true);

        OpenAiChatStreamJob defaults(*m_client, chatRequest(QStringLiteral("Say hi")));
        QVERIFY(runJob(defaults));
        QVERIFY2(defaults.succeeded(), qPrintable(describe(defaults)));
        QCOMPARE(defaults.completion().content, defaults.text());
        QVERIFY(defaults.completion().hasUsage);
    }

    void openAiModels()
    {
        OpenAiModelsJob job(*m_client);
        QVERIFY(runJob(job));
        QVERIFY2(job.succeeded(), qPrintable(describe(job)));
        QVERIFY(!job.models().isEmpty());
        for (const ModelInfo &model : job.models())
            QVERIFY(!model.id.isEmpty());
        const RecordedRequest request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer test-key"));
    }

    void wrongKeyIsAnAuthenticationError()
    {
        ApiConfig config = m_client->config();
        config.apiKey = QStringLiteral("sk-ant-wrong-0123456789");
        m_client->setConfig(config);
        MessageJob job(*m_client, messagesRequest(QStringLiteral("Hi")));
        QVERIFY(runJob(job));
        QVERIFY(job.error());
        QCOMPARE(job.error()->kind, ApiErrorKind::Http);
        QCOMPARE(job.error()->category(), ApiErrorCategory::Authentication);
        QCOMPARE(job.attempts(), 1);
        QVERIFY(!job.errorString().contains(config.apiKey));
        QVERIFY(job.errorString().startsWith(QStringLiteral("HTTP 401 authentication_error: ")));
    }

private:
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiJobs)
#include "tst_apijobs.moc"
