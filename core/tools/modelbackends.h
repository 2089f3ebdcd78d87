#pragma once

#include "modeltoolrun.h"

#include "api/apiclient.h"

#include <memory>

namespace pw {

// Claude through the Messages API: streamed, with structured output
// (output_config.format json_schema), never forced tool use (the newest
// models reject tool_choice any/tool).
class AnthropicBackend : public ModelBackend
{
public:
    AnthropicBackend(std::shared_ptr<ApiClient> client, QString model);
    QString model() const override { return m_model; }
    CompletionCall *start(const CompletionRequest &request, QObject *parent) override;

    static QJsonObject requestBody(const CompletionRequest &request, const QString &model);

private:
    std::shared_ptr<ApiClient> m_client;
    QString m_model;
};

// OpenAI-compatible chat completions (Ollama, llama.cpp, LM Studio, vLLM,
// OpenAI): streamed, response_format json_schema in the nested shape.
class OpenAiBackend : public ModelBackend
{
public:
    OpenAiBackend(std::shared_ptr<ApiClient> client, QString model);
    QString model() const override { return m_model; }
    CompletionCall *start(const CompletionRequest &request, QObject *parent) override;

    static QJsonObject requestBody(const CompletionRequest &request, const QString &model);

private:
    std::shared_ptr<ApiClient> m_client;
    QString m_model;
};

} // namespace pw
