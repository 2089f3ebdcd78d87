#include "modelbackends.h"

#include "apicall.h"

#include "api/anthropicjobs.h"
#include "api/openaijobs.h"
#include "prompt/promptjson.h"

#include <QJsonArray>

namespace pw {

AnthropicBackend::AnthropicBackend(std::shared_ptr<ApiClient> client, QString model)
    : m_client(std::move(client)), m_model(std::move(model))
{ }

QJsonObject AnthropicBackend::requestBody(const CompletionRequest &request, const QString &model)
{
    return {{QStringLiteral("model"), model}, {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("system"), request.system}, {QStringLiteral("messages"), messagesToJson(request.messages)},
        {QStringLiteral("stream"), true},
        {QStringLiteral("output_config"),
            QJsonObject {{QStringLiteral("format"),
                QJsonObject {
                    {QStringLiteral("type"), QStringLiteral("json_schema")}, {QStringLiteral("schema"), request.schema}}}}}};
}

CompletionCall *AnthropicBackend::start(const CompletionRequest &request, QObject *parent)
{
    auto *job = new MessageStreamJob(*m_client, requestBody(request, m_model));
    return new ApiCompletionCall(
        job,
        [](StreamingApiJob &finished, Usage *usage) {
            const AnthropicMessage &message = static_cast<MessageStreamJob &>(finished).message();
            *usage = message.usage;
            CompletionOutcome outcome;
            outcome.text = message.text();
            if (message.isRefusal())
                outcome.stop = CompletionOutcome::Stop::Refusal;
            else if (message.isTruncated())
                outcome.stop = CompletionOutcome::Stop::Truncated;
            else if (message.stopReason == QLatin1String("model_context_window_exceeded"))
                outcome.stop = CompletionOutcome::Stop::ContextExceeded;
            return outcome;
        },
        parent);
}

OpenAiBackend::OpenAiBackend(std::shared_ptr<ApiClient> client, QString model)
    : m_client(std::move(client)), m_model(std::move(model))
{ }

QJsonObject OpenAiBackend::requestBody(const CompletionRequest &request, const QString &model)
{
    QJsonArray messages {
        QJsonObject {{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), request.system}}};
    for (const Message &message : request.messages)
        messages.append(
            QJsonObject {{QStringLiteral("role"), roleName(message.role)}, {QStringLiteral("content"), message.text()}});
    return {{QStringLiteral("model"), model}, {QStringLiteral("messages"), messages},
        {QStringLiteral("max_tokens"), request.maxTokens}, {QStringLiteral("stream"), true},
        {QStringLiteral("response_format"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("json_schema")},
                {QStringLiteral("json_schema"),
                    QJsonObject {{QStringLiteral("name"), request.schemaName}, {QStringLiteral("schema"), request.schema},
                        {QStringLiteral("strict"), true}}}}}};
}

CompletionCall *OpenAiBackend::start(const CompletionRequest &request, QObject *parent)
{
    auto *job = new OpenAiChatStreamJob(*m_client, requestBody(request, m_model));
    return new ApiCompletionCall(
        job,
        [](StreamingApiJob &finished, Usage *usage) {
            const ChatCompletion &completion = static_cast<OpenAiChatStreamJob &>(finished).completion();
            *usage = completion.usage;
            CompletionOutcome outcome;
            outcome.text = completion.content;
            if (completion.isTruncated())
                outcome.stop = CompletionOutcome::Stop::Truncated;
            else if (completion.finishReason == QLatin1String("content_filter"))
                outcome.stop = CompletionOutcome::Stop::Refusal;
            return outcome;
        },
        parent);
}

} // namespace pw
