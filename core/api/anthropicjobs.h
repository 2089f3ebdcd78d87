#pragma once

#include "anthropicmessage.h"
#include "apijob.h"
#include "modelinfo.h"
#include "prompttoolstypes.h"

namespace pw {

// Jobs for the Anthropic API (spec: anthropic-api.md, prompt-tools.md).
// Each is created on an ApiClient, then start()ed; see ApiJob.

// GET /v1/models, following has_more / last_id until every model is listed.
class ModelsJob : public ApiJob
{
    Q_OBJECT

public:
    // pageSize: the limit query parameter (1-1000).
    explicit ModelsJob(ApiClient &client, int pageSize = 100, QObject *parent = nullptr);
    // Newest first, as the server lists them.
    const QList<ModelInfo> &models() const { return m_models; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    QUrlQuery pageQuery(const QString &afterId) const;

    const int m_pageSize;
    QString m_afterId;
    QList<ModelInfo> m_models;
    int m_pages = 0;
};

// POST /v1/messages/count_tokens. The body is a Messages request; its
// max_tokens and stream fields are dropped, as this endpoint wants.
class CountTokensJob : public ApiJob
{
    Q_OBJECT

public:
    CountTokensJob(ApiClient &client, QJsonObject body, QObject *parent = nullptr);
    qint64 inputTokens() const { return m_inputTokens; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    qint64 m_inputTokens = 0;
};

// POST /v1/messages without streaming ("stream" is dropped from the body).
class MessageJob : public ApiJob
{
    Q_OBJECT

public:
    MessageJob(ApiClient &client, QJsonObject body, QObject *parent = nullptr);
    const AnthropicMessage &message() const { return m_message; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    AnthropicMessage m_message;
};

// POST /v1/messages with "stream": true. textDelta() (and thinkingDelta())
// come as the text arrives; text() has it all so far; after success,
// message() is the assembled message (content blocks with tool_use input
// parsed, stop_reason, stop_sequence, usage, model, id).
class MessageStreamJob : public StreamingApiJob
{
    Q_OBJECT

public:
    MessageStreamJob(ApiClient &client, QJsonObject body, QObject *parent = nullptr);
    const AnthropicMessage &message() const { return m_stream.message(); }

signals:
    void thinkingDelta(const QString &thinking);

protected:
    void prepareAttempt() override;
    std::optional<ApiError> readEvent(const SseEvent &event) override;
    std::optional<ApiError> endOfStream() override { return m_stream.finish(); }

private:
    MessageStreamAccumulator m_stream;
};

// POST /v1/experimental/{generate,improve,templatize}_prompt with the
// prompt-tools-2025-04-02 beta. result() carries the request id.
class PromptToolJob : public ApiJob
{
    Q_OBJECT

public:
    static const QString betaName; // "prompt-tools-2025-04-02"

    PromptToolJob(ApiClient &client, Tool tool, const QJsonObject &body, QObject *parent = nullptr);
    PromptToolJob(ApiClient &client, const GenerateRequest &request, QObject *parent = nullptr);
    PromptToolJob(ApiClient &client, const ImproveRequest &request, QObject *parent = nullptr);
    PromptToolJob(ApiClient &client, const TemplatizeRequest &request, QObject *parent = nullptr);

    Tool tool() const { return m_tool; }
    const ToolResult &result() const { return m_result; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    const Tool m_tool;
    ToolResult m_result;
};

} // namespace pw
