#include "fakes/fakeapibodies.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>

namespace pw::test {

namespace {

// A fixed creation time keeps OpenAI answers byte-for-byte deterministic.
constexpr qint64 openAiCreated = 1767225600; // 2026-01-01T00:00:00Z

std::atomic<int> requestCounter {0};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// "req_fake_7" -> "msg_fake_7": the ids of one answer share their number.
QString idWithPrefix(const QByteArray &requestId, QLatin1String prefix)
{
    return prefix + QString::fromLatin1(requestId.mid(requestId.lastIndexOf('_') + 1));
}

FakeResponse jsonWithRequestId(int status, const QJsonObject &body, const QByteArray &requestId)
{
    FakeResponse response;
    response.status = status;
    response.body = compact(body);
    response.withHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    response.withHeader(QByteArrayLiteral("request-id"), requestId);
    return response;
}

FakeResponse sseWithRequestId(const QList<QByteArray> &events, int chunkDelayMs, const QByteArray &requestId)
{
    FakeResponse response;
    response.chunks = events;
    response.chunkDelayMs = chunkDelayMs;
    response.withHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/event-stream; charset=utf-8"));
    response.withHeader(QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-cache"));
    response.withHeader(QByteArrayLiteral("request-id"), requestId);
    return response;
}

QByteArray anthropicEvent(const char *name, const QJsonObject &data)
{
    return QByteArrayLiteral("event: ") + name + QByteArrayLiteral("\ndata: ") + compact(data) + QByteArrayLiteral("\n\n");
}

QByteArray openAiEvent(const QJsonObject &data)
{
    return QByteArrayLiteral("data: ") + compact(data) + QByteArrayLiteral("\n\n");
}

int outputTokens(const QStringList &textChunks)
{
    return estimateTokens(textChunks.join(QString()).size());
}

QJsonObject openAiUsage(const OpenAiAnswer &answer)
{
    const int completion = outputTokens(answer.textChunks);
    return {{QStringLiteral("prompt_tokens"), answer.promptTokens}, {QStringLiteral("completion_tokens"), completion},
        {QStringLiteral("total_tokens"), answer.promptTokens + completion}};
}

} // namespace

QByteArray nextRequestId()
{
    return QByteArrayLiteral("req_fake_") + QByteArray::number(++requestCounter);
}

int estimateTokens(qsizetype characters)
{
    return std::max(1, int((characters + 3) / 4));
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse FakeResponse::json(int status, const QJsonObject &body)
{
    return jsonWithRequestId(status, body, nextRequestId());
}

FakeResponse FakeResponse::apiError(int status, const QString &type, const QString &message)
{
    const QByteArray requestId = nextRequestId();
    const QJsonObject body {{QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}},
        {QStringLiteral("request_id"), QString::fromLatin1(requestId)}};
    return jsonWithRequestId(status, body, requestId);
}

FakeResponse FakeResponse::spendLimit()
{
    const QByteArray requestId = nextRequestId();
    const QJsonObject error {{QStringLiteral("type"), QStringLiteral("rate_limit_error")},
        {QStringLiteral("message"), QStringLiteral("You have reached your specified API usage limits.")},
        {QStringLiteral("details"),
            QJsonObject {{QStringLiteral("error_code"), QStringLiteral("enforced_spend_limit_reached")}}}};
    const QJsonObject body {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("error"), error},
        {QStringLiteral("request_id"), QString::fromLatin1(requestId)}};
    return jsonWithRequestId(429, body, requestId);
}

FakeResponse FakeResponse::html(int status, const QByteArray &page)
{
    FakeResponse response;
    response.status = status;
    response.body = page;
    response.withHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/html; charset=utf-8"));
    return response;
}

FakeResponse FakeResponse::sse(const QList<QByteArray> &events, int chunkDelayMs)
{
    return sseWithRequestId(events, chunkDelayMs, nextRequestId());
}

FakeResponse FakeResponse::anthropicMessage(const QString &text, const QString &stopReason)
{
    AnthropicAnswer answer;
    answer.textChunks = QStringList {text};
    answer.stopReason = stopReason;
    return anthropicMessageResponse(answer);
}

FakeResponse FakeResponse::anthropicStream(const QStringList &textChunks, const QString &stopReason)
{
    AnthropicAnswer answer;
    answer.textChunks = textChunks;
    answer.stopReason = stopReason;
    return anthropicStreamResponse(answer, 0);
}

FakeResponse FakeResponse::openAiChat(const QString &text, const QString &finishReason)
{
    OpenAiAnswer answer;
    answer.textChunks = QStringList {text};
    answer.finishReason = finishReason;
    return openAiChatResponse(answer);
}

FakeResponse FakeResponse::openAiStream(const QStringList &textChunks, const QString &finishReason)
{
    OpenAiAnswer answer;
    answer.textChunks = textChunks;
    answer.finishReason = finishReason;
    return openAiStreamResponse(answer, 0);
}

FakeResponse anthropicMessageResponse(const AnthropicAnswer &answer)
{
    const QByteArray requestId = nextRequestId();
    const QString text = answer.textChunks.join(QString());
    QJsonArray content;
    // A refusal may come with no content at all.
    if (!text.isEmpty())
        content.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
    const QJsonObject body {{QStringLiteral("id"), idWithPrefix(requestId, QLatin1String("msg_fake_"))},
        {QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("content"), content}, {QStringLiteral("model"), answer.model},
        {QStringLiteral("stop_reason"), answer.stopReason}, {QStringLiteral("stop_sequence"), QJsonValue::Null},
        {QStringLiteral("usage"),
            QJsonObject {{QStringLiteral("input_tokens"), answer.inputTokens},
                {QStringLiteral("output_tokens"), outputTokens(answer.textChunks)}}}};
    return jsonWithRequestId(200, body, requestId);
}

FakeResponse anthropicStreamResponse(const AnthropicAnswer &answer, int chunkDelayMs)
{
    const QByteArray requestId = nextRequestId();
    const QJsonObject message {{QStringLiteral("id"), idWithPrefix(requestId, QLatin1String("msg_fake_"))},
        {QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("content"), QJsonArray()}, {QStringLiteral("model"), answer.model},
        {QStringLiteral("stop_reason"), QJsonValue::Null}, {QStringLiteral("stop_sequence"), QJsonValue::Null},
        {QStringLiteral("usage"),
            QJsonObject {{QStringLiteral("input_tokens"), answer.inputTokens}, {QStringLiteral("output_tokens"), 1}}}};
    const QString type = QStringLiteral("type");
    const QString index = QStringLiteral("index");

    QList<QByteArray> events;
    events.append(
        anthropicEvent("message_start", {{type, QStringLiteral("message_start")}, {QStringLiteral("message"), message}}));
    events.append(anthropicEvent("content_block_start",
        {{type, QStringLiteral("content_block_start")}, {index, 0},
            {QStringLiteral("content_block"),
                QJsonObject {{type, QStringLiteral("text")}, {QStringLiteral("text"), QString()}}}}));
    events.append(anthropicEvent("ping", {{type, QStringLiteral("ping")}}));
    for (const QString &chunk : answer.textChunks) {
        if (chunk.isEmpty())
            continue;
        events.append(anthropicEvent("content_block_delta",
            {{type, QStringLiteral("content_block_delta")}, {index, 0},
                {QStringLiteral("delta"), QJsonObject {{type, QStringLiteral("text_delta")}, {QStringLiteral("text"), chunk}}}}));
    }
    events.append(anthropicEvent("content_block_stop", {{type, QStringLiteral("content_block_stop")}, {index, 0}}));
    events.append(anthropicEvent("message_delta",
        {{type, QStringLiteral("message_delta")},
            {QStringLiteral("delta"),
                QJsonObject {
                    {QStringLiteral("stop_reason"), answer.stopReason}, {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
            {QStringLiteral("usage"), QJsonObject {{QStringLiteral("output_tokens"), outputTokens(answer.textChunks)}}}}));
    events.append(anthropicEvent("message_stop", {{type, QStringLiteral("message_stop")}}));
    return sseWithRequestId(events, chunkDelayMs, requestId);
}

FakeResponse openAiChatResponse(const OpenAiAnswer &answer)
{
    const QByteArray requestId = nextRequestId();
    const QJsonObject choice {{QStringLiteral("index"), 0},
        {QStringLiteral("message"),
            QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("content"), answer.textChunks.join(QString())}}},
        {QStringLiteral("finish_reason"), answer.finishReason}};
    const QJsonObject body {{QStringLiteral("id"), idWithPrefix(requestId, QLatin1String("chatcmpl-fake-"))},
        {QStringLiteral("object"), QStringLiteral("chat.completion")}, {QStringLiteral("created"), openAiCreated},
        {QStringLiteral("model"), answer.model}, {QStringLiteral("choices"), QJsonArray {choice}},
        {QStringLiteral("usage"), openAiUsage(answer)}};
    return jsonWithRequestId(200, body, requestId);
}

FakeResponse openAiStreamResponse(const OpenAiAnswer &answer, int chunkDelayMs)
{
    const QByteArray requestId = nextRequestId();
    const QString id = idWithPrefix(requestId, QLatin1String("chatcmpl-fake-"));
    const auto chunk = [&](const QJsonArray &choices) {
        return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), openAiCreated}, {QStringLiteral("model"), answer.model},
            {QStringLiteral("choices"), choices}};
    };
    const auto choice = [](const QJsonObject &delta, const QJsonValue &finishReason) {
        return QJsonArray {QJsonObject {
            {QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}, {QStringLiteral("finish_reason"), finishReason}}};
    };

    QList<QByteArray> events;
    events.append(openAiEvent(chunk(choice(
        {{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}}, QJsonValue::Null))));
    for (const QString &text : answer.textChunks) {
        if (!text.isEmpty())
            events.append(openAiEvent(chunk(choice({{QStringLiteral("content"), text}}, QJsonValue::Null))));
    }
    events.append(openAiEvent(chunk(choice({}, answer.finishReason))));
    if (answer.includeUsageChunk) {
        QJsonObject usageChunk = chunk({});
        usageChunk.insert(QStringLiteral("usage"), openAiUsage(answer));
        events.append(openAiEvent(usageChunk));
    }
    events.append(QByteArrayLiteral("data: [DONE]\n\n"));
    return sseWithRequestId(events, chunkDelayMs, requestId);
}

} // namespace pw::test
