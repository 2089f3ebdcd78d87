#include "openaijobs.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw {

namespace {

const QString chatPath = QStringLiteral("/v1/chat/completions");

} // namespace

OpenAiChatJob::OpenAiChatJob(ApiClient &client, QJsonObject body, QObject *parent)
    : ApiJob(client, ApiProtocol::OpenAi, QByteArrayLiteral("POST"), chatPath, parent)
{
    body.remove(QLatin1String("stream"));
    body.remove(QLatin1String("stream_options"));
    setRequestBody(body);
}

QString OpenAiChatJob::readResponse(const QJsonObject &body)
{
    QString problem;
    std::optional<ChatCompletion> completion = ChatCompletion::fromJson(body, &problem);
    if (!completion)
        return problem;
    m_completion = std::move(*completion);
    return {};
}

OpenAiChatStreamJob::OpenAiChatStreamJob(ApiClient &client, QJsonObject body, QObject *parent)
    : StreamingApiJob(client, ApiProtocol::OpenAi, QByteArrayLiteral("POST"), chatPath, parent)
{
    body.insert(QLatin1String("stream"), true);
    if (!body.contains(QLatin1String("stream_options")))
        body.insert(QLatin1String("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}});
    setRequestBody(body);
    setStreaming(true);
}

void OpenAiChatStreamJob::prepareAttempt()
{
    StreamingApiJob::prepareAttempt();
    m_stream = ChatStreamAccumulator();
}

std::optional<ApiError> OpenAiChatStreamJob::readEvent(const SseEvent &event)
{
    QString text;
    std::optional<ApiError> error = m_stream.addEvent(event, &text);
    if (error)
        return error;
    deliverText(text);
    return std::nullopt;
}

OpenAiModelsJob::OpenAiModelsJob(ApiClient &client, QObject *parent)
    : ApiJob(client, ApiProtocol::OpenAi, QByteArrayLiteral("GET"), QStringLiteral("/v1/models"), parent)
{ }

QString OpenAiModelsJob::readResponse(const QJsonObject &body)
{
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray())
        return QCoreApplication::translate("pw::ApiJob", "%1: must be an array (found %2)")
            .arg(QLatin1String("data"), jsonTypeName(data));
    const QJsonArray entries = data.toArray();
    m_models.clear();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString problem;
        const std::optional<ModelInfo> model = ModelInfo::fromJson(entries[i], QStringLiteral("data[%1]").arg(i), &problem);
        if (!model)
            return problem;
        m_models.append(*model);
    }
    return {};
}

} // namespace pw
