#include "chatcompletion.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The first choice's text: a string, null, or (some servers) an array of text parts.
bool readContent(const QJsonValue &value, const QString &where, QString *into, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        *into += value.toString();
        return true;
    }
    if (value.isArray()) {
        for (const QJsonValue part : value.toArray())
            *into += part.toObject().value(QLatin1String("text")).toString();
        return true;
    }
    return fail(error,
        QCoreApplication::translate("pw::ChatCompletion", "%1: must be a string (found %2)").arg(where, jsonTypeName(value)));
}

ApiError streamErrorFromChunk(const QJsonValue &error)
{
    ApiError apiError = ApiError::make(ApiErrorKind::Stream, QString());
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        apiError.message = object.value(QLatin1String("message")).toString();
        apiError.type = object.value(QLatin1String("type")).toString();
    } else {
        apiError.message = error.toString();
    }
    if (apiError.message.isEmpty())
        apiError.message = QCoreApplication::translate("pw::ChatCompletion", "the server sent an error chunk without a message");
    return apiError;
}

} // namespace

std::optional<Usage> ChatCompletion::usageFromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        fail(error,
            QCoreApplication::translate("pw::ChatCompletion", "%1: must be an object (found %2)")
                .arg(QLatin1String("usage"), jsonTypeName(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Usage usage;
    const std::pair<QLatin1String, qint64 Usage::*> fields[] = {
        {QLatin1String("prompt_tokens"), &Usage::inputTokens},
        {QLatin1String("completion_tokens"), &Usage::outputTokens},
    };
    for (const auto &[key, member] : fields) {
        const QJsonValue count = object.value(key);
        if (count.isUndefined() || count.isNull())
            continue;
        if (!count.isDouble() || count.toDouble() < 0) {
            fail(error,
                QCoreApplication::translate("pw::ChatCompletion", "%1: must be a non-negative number (found %2)")
                    .arg(QString(u"usage." + key), jsonTypeName(count)));
            return std::nullopt;
        }
        usage.*member = count.toInteger();
    }
    return usage;
}

std::optional<ChatCompletion> ChatCompletion::fromJson(const QJsonObject &object, QString *error)
{
    ChatCompletion completion;
    completion.id = object.value(QLatin1String("id")).toString();
    completion.model = object.value(QLatin1String("model")).toString();
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() || !choices.first().isObject()) {
        fail(error,
            QCoreApplication::translate("pw::ChatCompletion", "%1: must be a non-empty array of objects")
                .arg(QLatin1String("choices")));
        return std::nullopt;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonValue message = choice.value(QLatin1String("message"));
    if (!message.isObject()) {
        fail(error,
            QCoreApplication::translate("pw::ChatCompletion", "%1: must be an object (found %2)")
                .arg(QLatin1String("choices[0].message"), jsonTypeName(message)));
        return std::nullopt;
    }
    if (!readContent(message.toObject().value(QLatin1String("content")), QStringLiteral("choices[0].message.content"),
            &completion.content, error))
        return std::nullopt;
    completion.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (!usage.isUndefined() && !usage.isNull()) {
        const std::optional<Usage> parsed = usageFromJson(usage, error);
        if (!parsed)
            return std::nullopt;
        completion.usage = *parsed;
        completion.hasUsage = true;
    }
    return completion;
}

std::optional<ApiError> ChatStreamAccumulator::addEvent(const SseEvent &event, QString *textDelta)
{
    ++m_events;
    if (event.data.trimmed() == "[DONE]") {
        m_done = true;
        return std::nullopt;
    }
    const auto invalid = [this](const QString &problem) {
        return ApiError::make(ApiErrorKind::InvalidResponse,
            QCoreApplication::translate("pw::ChatCompletion", "stream chunk %1: %2").arg(m_events).arg(problem));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QCoreApplication::translate("pw::ChatCompletion", "data is not JSON (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return invalid(QCoreApplication::translate("pw::ChatCompletion", "data is not a JSON object"));
    const QJsonObject chunk = document.object();
    if (chunk.contains(QLatin1String("error")))
        return streamErrorFromChunk(chunk.value(QLatin1String("error")));

    if (m_completion.id.isEmpty())
        m_completion.id = chunk.value(QLatin1String("id")).toString();
    if (m_completion.model.isEmpty())
        m_completion.model = chunk.value(QLatin1String("model")).toString();
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject()) {
        QString problem;
        const std::optional<Usage> parsed = ChatCompletion::usageFromJson(usage, &problem);
        if (!parsed)
            return invalid(problem);
        m_completion.usage = *parsed;
        m_completion.hasUsage = true;
    }
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return std::nullopt; // the include_usage chunk
    const QJsonObject choice = choices.first().toObject();
    QString text;
    QString problem;
    if (!readContent(choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")),
            QStringLiteral("choices[0].delta.content"), &text, &problem))
        return invalid(problem);
    m_completion.content += text;
    if (textDelta)
        *textDelta += text;
    const QJsonValue finishReason = choice.value(QLatin1String("finish_reason"));
    if (finishReason.isString())
        m_completion.finishReason = finishReason.toString();
    return std::nullopt;
}

std::optional<ApiError> ChatStreamAccumulator::finish() const
{
    if (isComplete())
        return std::nullopt;
    return ApiError::make(ApiErrorKind::Stream,
        QCoreApplication::translate("pw::ChatCompletion",
            "the stream was cut off before [DONE], after %n chunks and %1 characters of text", nullptr, m_events)
            .arg(m_completion.content.size()));
}

} // namespace pw
