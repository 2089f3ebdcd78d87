#pragma once

#include "apijob.h"
#include "chatcompletion.h"
#include "modelinfo.h"

namespace pw {

// Jobs for OpenAI-compatible servers (spec: openai-compatible.md): Ollama,
// llama.cpp, LM Studio, vLLM, OpenAI. Authorization: Bearer only when the
// client has a key; a base URL ending in /v1 gets no second /v1.

// POST /v1/chat/completions without streaming ("stream" is dropped from the body).
class OpenAiChatJob : public ApiJob
{
    Q_OBJECT

public:
    OpenAiChatJob(ApiClient &client, QJsonObject body, QObject *parent = nullptr);
    const ChatCompletion &completion() const { return m_completion; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    ChatCompletion m_completion;
};

// POST /v1/chat/completions with "stream": true and, unless the body sets its
// own, "stream_options": {"include_usage": true}. textDelta() as text
// arrives; after success, completion() has the text, finish_reason and usage.
class OpenAiChatStreamJob : public StreamingApiJob
{
    Q_OBJECT

public:
    OpenAiChatStreamJob(ApiClient &client, QJsonObject body, QObject *parent = nullptr);
    const ChatCompletion &completion() const { return m_stream.completion(); }

protected:
    void prepareAttempt() override;
    std::optional<ApiError> readEvent(const SseEvent &event) override;
    std::optional<ApiError> endOfStream() override { return m_stream.finish(); }

private:
    ChatStreamAccumulator m_stream;
};

// GET /v1/models of an OpenAI-compatible server: {"data": [{"id": ...}]}.
class OpenAiModelsJob : public ApiJob
{
    Q_OBJECT

public:
    explicit OpenAiModelsJob(ApiClient &client, QObject *parent = nullptr);
    const QList<ModelInfo> &models() const { return m_models; }

protected:
    QString readResponse(const QJsonObject &body) override;

private:
    QList<ModelInfo> m_models;
};

} // namespace pw
