#include "anthropicjobs.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw {

namespace {

const QByteArray get = QByteArrayLiteral("GET");
const QByteArray post = QByteArrayLiteral("POST");

// A server that keeps saying has_more would otherwise be paged forever.
constexpr int maxModelPages = 1000;

} // namespace

ModelsJob::ModelsJob(ApiClient &client, int pageSize, QObject *parent)
    : ApiJob(client, ApiProtocol::Anthropic, get, QStringLiteral("/v1/models"), parent), m_pageSize(std::clamp(pageSize, 1, 1000))
{
    setQuery(pageQuery(QString()));
}

QUrlQuery ModelsJob::pageQuery(const QString &afterId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!afterId.isEmpty())
        query.addQueryItem(QStringLiteral("after_id"), afterId);
    return query;
}

QString ModelsJob::readResponse(const QJsonObject &body)
{
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray())
        return QCoreApplication::translate("pw::ApiJob", "%1: must be an array (found %2)")
            .arg(QLatin1String("data"), jsonTypeName(data));
    const QJsonArray entries = data.toArray();
    QList<ModelInfo> page;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString problem;
        const std::optional<ModelInfo> model = ModelInfo::fromJson(entries[i], QStringLiteral("data[%1]").arg(i), &problem);
        if (!model)
            return problem;
        page.append(*model);
    }
    m_models += page;
    ++m_pages;

    if (!body.value(QLatin1String("has_more")).toBool())
        return {};
    const QString lastId = body.value(QLatin1String("last_id")).toString();
    if (lastId.isEmpty() || page.isEmpty())
        return QCoreApplication::translate("pw::ApiJob", "has_more is true, but the page has no last_id to continue after");
    if (lastId == m_afterId)
        return QCoreApplication::translate(
            "pw::ApiJob", "has_more is true, but last_id \"%1\" is the one this page started after")
            .arg(lastId);
    m_afterId = lastId;
    if (m_pages >= maxModelPages)
        return QCoreApplication::translate("pw::ApiJob", "still has_more after %n pages; giving up", nullptr, m_pages);
    requestNextPage(pageQuery(lastId));
    return {};
}

CountTokensJob::CountTokensJob(ApiClient &client, QJsonObject body, QObject *parent)
    : ApiJob(client, ApiProtocol::Anthropic, post, QStringLiteral("/v1/messages/count_tokens"), parent)
{
    body.remove(QLatin1String("max_tokens"));
    body.remove(QLatin1String("stream"));
    setRequestBody(body);
}

QString CountTokensJob::readResponse(const QJsonObject &body)
{
    const QJsonValue tokens = body.value(QLatin1String("input_tokens"));
    if (!tokens.isDouble() || tokens.toDouble() < 0)
        return QCoreApplication::translate("pw::ApiJob", "%1: must be a non-negative number (found %2)")
            .arg(QLatin1String("input_tokens"), jsonTypeName(tokens));
    m_inputTokens = tokens.toInteger();
    return {};
}

MessageJob::MessageJob(ApiClient &client, QJsonObject body, QObject *parent)
    : ApiJob(client, ApiProtocol::Anthropic, post, QStringLiteral("/v1/messages"), parent)
{
    body.remove(QLatin1String("stream"));
    setRequestBody(body);
}

QString MessageJob::readResponse(const QJsonObject &body)
{
    QString problem;
    std::optional<AnthropicMessage> message = AnthropicMessage::fromJson(body, &problem);
    if (!message)
        return problem;
    m_message = std::move(*message);
    return {};
}

MessageStreamJob::MessageStreamJob(ApiClient &client, QJsonObject body, QObject *parent)
    : StreamingApiJob(client, ApiProtocol::Anthropic, post, QStringLiteral("/v1/messages"), parent)
{
    body.insert(QLatin1String("stream"), true);
    setRequestBody(body);
    setStreaming(true);
}

void MessageStreamJob::prepareAttempt()
{
    StreamingApiJob::prepareAttempt();
    m_stream = MessageStreamAccumulator();
}

std::optional<ApiError> MessageStreamJob::readEvent(const SseEvent &event)
{
    MessageStreamDelta delta;
    std::optional<ApiError> error = m_stream.addEvent(event, &delta);
    if (error)
        return error;
    if (!delta.thinking.isEmpty())
        emit thinkingDelta(delta.thinking);
    deliverText(delta.text);
    return std::nullopt;
}

const QString PromptToolJob::betaName = QStringLiteral("prompt-tools-2025-04-02");

PromptToolJob::PromptToolJob(ApiClient &client, Tool tool, const QJsonObject &body, QObject *parent)
    : ApiJob(client, ApiProtocol::Anthropic, post, toolEndpointPath(tool), parent), m_tool(tool)
{
    addBeta(betaName);
    setRequestBody(body);
}

PromptToolJob::PromptToolJob(ApiClient &client, const GenerateRequest &request, QObject *parent)
    : PromptToolJob(client, Tool::Generate, request.toJson(), parent)
{ }

PromptToolJob::PromptToolJob(ApiClient &client, const ImproveRequest &request, QObject *parent)
    : PromptToolJob(client, Tool::Improve, request.toJson(), parent)
{ }

PromptToolJob::PromptToolJob(ApiClient &client, const TemplatizeRequest &request, QObject *parent)
    : PromptToolJob(client, Tool::Templatize, request.toJson(), parent)
{ }

QString PromptToolJob::readResponse(const QJsonObject &body)
{
    QString problem;
    std::optional<ToolResult> result = toolResultFromJson(body, &problem);
    if (!result)
        return problem;
    m_result = std::move(*result);
    m_result.requestId = requestId();
    return {};
}

} // namespace pw
