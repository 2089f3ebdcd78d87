#include "anthropicmessage.h"

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

// An optional string field: absent and null read as empty.
bool readString(const QJsonObject &object, QLatin1String key, const QString &where, QString *into, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(error,
            QCoreApplication::translate("pw::AnthropicMessage", "%1: must be a string (found %2)")
                .arg(QString(where + QLatin1Char('.') + key), jsonTypeName(value)));
    *into = value.toString();
    return true;
}

bool readBlock(const QJsonValue &value, const QString &where, AnthropicContentBlock *block, QString *error)
{
    if (!value.isObject())
        return fail(error,
            QCoreApplication::translate("pw::AnthropicMessage", "%1: must be an object (found %2)")
                .arg(where, jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    block->raw = object;
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isString())
        return fail(error,
            QCoreApplication::translate("pw::AnthropicMessage", "%1: must be a string (found %2)")
                .arg(QString(where + u".type"), jsonTypeName(type)));
    block->type = type.toString();
    if (block->type == QLatin1String("text")) {
        if (!object.value(QLatin1String("text")).isString())
            return fail(error,
                QCoreApplication::translate("pw::AnthropicMessage", "%1: must be a string (found %2)")
                    .arg(QString(where + u".text"), jsonTypeName(object.value(QLatin1String("text")))));
        block->text = object.value(QLatin1String("text")).toString();
    } else if (block->type == QLatin1String("thinking")) {
        if (!readString(object, QLatin1String("thinking"), where, &block->thinking, error)
            || !readString(object, QLatin1String("signature"), where, &block->signature, error))
            return false;
    } else if (block->type == QLatin1String("tool_use")) {
        if (!readString(object, QLatin1String("id"), where, &block->id, error)
            || !readString(object, QLatin1String("name"), where, &block->name, error))
            return false;
        const QJsonValue input = object.value(QLatin1String("input"));
        if (!input.isUndefined() && !input.isObject())
            return fail(error,
                QCoreApplication::translate("pw::AnthropicMessage", "%1: must be an object (found %2)")
                    .arg(QString(where + u".input"), jsonTypeName(input)));
        block->input = input.toObject();
    }
    return true;
}

ApiError invalidEvent(int number, const QString &name, const QString &problem)
{
    return ApiError::make(ApiErrorKind::InvalidResponse,
        QCoreApplication::translate("pw::AnthropicMessage", "stream event %1 (%2): %3").arg(number).arg(name, problem));
}

// message_delta carries cumulative counts: each one sent replaces the total so far.
void applyCumulativeUsage(const QJsonObject &usage, Usage *into)
{
    const std::pair<QLatin1String, qint64 Usage::*> fields[] = {
        {QLatin1String("input_tokens"), &Usage::inputTokens},
        {QLatin1String("output_tokens"), &Usage::outputTokens},
        {QLatin1String("cache_creation_input_tokens"), &Usage::cacheCreationInputTokens},
        {QLatin1String("cache_read_input_tokens"), &Usage::cacheReadInputTokens},
    };
    for (const auto &[key, member] : fields) {
        const QJsonValue value = usage.value(key);
        if (value.isDouble() && value.toDouble() >= 0)
            into->*member = value.toInteger();
    }
}

} // namespace

QJsonObject AnthropicContentBlock::toJson() const
{
    QJsonObject object = raw;
    object.insert(QLatin1String("type"), type);
    if (type == QLatin1String("text")) {
        object.insert(QLatin1String("text"), text);
    } else if (type == QLatin1String("thinking")) {
        object.insert(QLatin1String("thinking"), thinking);
        object.insert(QLatin1String("signature"), signature);
    } else if (type == QLatin1String("tool_use")) {
        object.insert(QLatin1String("id"), id);
        object.insert(QLatin1String("name"), name);
        object.insert(QLatin1String("input"), input);
    }
    return object;
}

QString AnthropicMessage::text() const
{
    QString joined;
    for (const AnthropicContentBlock &block : content) {
        if (block.isText())
            joined += block.text;
    }
    return joined;
}

const AnthropicContentBlock *AnthropicMessage::firstToolUse() const
{
    for (const AnthropicContentBlock &block : content) {
        if (block.isToolUse())
            return &block;
    }
    return nullptr;
}

QJsonObject AnthropicMessage::toJson() const
{
    QJsonArray blocks;
    for (const AnthropicContentBlock &block : content)
        blocks.append(block.toJson());
    const auto stringOrNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return {{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("role"), role},
        {QStringLiteral("model"), model}, {QStringLiteral("content"), blocks},
        {QStringLiteral("stop_reason"), stringOrNull(stopReason)}, {QStringLiteral("stop_sequence"), stringOrNull(stopSequence)},
        {QStringLiteral("usage"), usage.toJson()}};
}

std::optional<AnthropicMessage> AnthropicMessage::fromJson(const QJsonObject &object, QString *error)
{
    AnthropicMessage message;
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isUndefined() && type != QJsonValue(QStringLiteral("message"))) {
        fail(error,
            QCoreApplication::translate("pw::AnthropicMessage", "type: expected \"message\" (found %1)")
                .arg(type.isString() ? type.toString() : jsonTypeName(type)));
        return std::nullopt;
    }
    if (!readString(object, QLatin1String("id"), QStringLiteral("message"), &message.id, error)
        || !readString(object, QLatin1String("model"), QStringLiteral("message"), &message.model, error)
        || !readString(object, QLatin1String("stop_reason"), QStringLiteral("message"), &message.stopReason, error)
        || !readString(object, QLatin1String("stop_sequence"), QStringLiteral("message"), &message.stopSequence, error))
        return std::nullopt;
    QString role;
    if (!readString(object, QLatin1String("role"), QStringLiteral("message"), &role, error))
        return std::nullopt;
    if (!role.isEmpty())
        message.role = role;

    const QJsonValue content = object.value(QLatin1String("content"));
    if (!content.isArray()) {
        fail(error,
            content.isUndefined()
                ? QCoreApplication::translate("pw::AnthropicMessage", "%1: missing").arg(QLatin1String("content"))
                : QCoreApplication::translate("pw::AnthropicMessage", "%1: must be an array (found %2)")
                      .arg(QLatin1String("content"), jsonTypeName(content)));
        return std::nullopt;
    }
    const QJsonArray blocks = content.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        AnthropicContentBlock block;
        if (!readBlock(blocks[i], QStringLiteral("content[%1]").arg(i), &block, error))
            return std::nullopt;
        message.content.append(block);
    }

    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (!usage.isUndefined() && !usage.isNull()) {
        const std::optional<Usage> parsed = Usage::fromJson(usage, error);
        if (!parsed)
            return std::nullopt;
        message.usage = *parsed;
    }
    return message;
}

std::optional<ApiError> MessageStreamAccumulator::addEvent(const SseEvent &event, MessageStreamDelta *delta)
{
    ++m_events;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    const QString eventName = QString::fromUtf8(event.type);
    if (parseError.error != QJsonParseError::NoError)
        return invalidEvent(m_events, eventName,
            QCoreApplication::translate("pw::AnthropicMessage", "data is not JSON (%1 at offset %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return invalidEvent(
            m_events, eventName, QCoreApplication::translate("pw::AnthropicMessage", "data is not a JSON object"));
    const QJsonObject data = document.object();
    // The event name decides; data.type stands in for a stream without "event:" lines.
    const QString name = event.type == "message" ? data.value(QLatin1String("type")).toString() : eventName;

    if (name == QLatin1String("error")) {
        const QJsonObject errorObject = data.value(QLatin1String("error")).toObject();
        ApiError error = ApiError::make(ApiErrorKind::Stream, errorObject.value(QLatin1String("message")).toString());
        error.type = errorObject.value(QLatin1String("type")).toString();
        error.requestId = data.value(QLatin1String("request_id")).toString();
        if (error.message.isEmpty())
            error.message = QCoreApplication::translate("pw::AnthropicMessage", "the server sent an error event: %1")
                                .arg(QString::fromUtf8(event.data.left(200)));
        return error;
    }
    if (m_complete)
        return std::nullopt;
    if (name == QLatin1String("message_start")) {
        QString problem;
        const std::optional<AnthropicMessage> message
            = AnthropicMessage::fromJson(data.value(QLatin1String("message")).toObject(), &problem);
        if (!message)
            return invalidEvent(m_events, name, QStringLiteral("message.") + problem);
        m_message = *message;
        m_started = true;
        return std::nullopt;
    }
    if (name == QLatin1String("content_block_start"))
        return startBlock(data);
    if (name == QLatin1String("content_block_delta"))
        return applyDelta(data, delta);
    if (name == QLatin1String("content_block_stop"))
        return stopBlock(data);
    if (name == QLatin1String("message_delta")) {
        const QJsonObject messageDelta = data.value(QLatin1String("delta")).toObject();
        if (messageDelta.contains(QLatin1String("stop_reason")))
            m_message.stopReason = messageDelta.value(QLatin1String("stop_reason")).toString();
        if (messageDelta.contains(QLatin1String("stop_sequence")))
            m_message.stopSequence = messageDelta.value(QLatin1String("stop_sequence")).toString();
        applyCumulativeUsage(data.value(QLatin1String("usage")).toObject(), &m_message.usage);
        return std::nullopt;
    }
    if (name == QLatin1String("message_stop"))
        m_complete = true;
    // ping and event types added later are ignored.
    return std::nullopt;
}

AnthropicContentBlock *MessageStreamAccumulator::block(
    const QJsonObject &data, const char *eventName, std::optional<ApiError> *error)
{
    const QJsonValue index = data.value(QLatin1String("index"));
    const auto position = m_blockPositions.constFind(index.toInt(-1));
    if (!index.isDouble() || position == m_blockPositions.cend()) {
        *error = invalidEvent(m_events, QLatin1String(eventName),
            index.isDouble() ? QCoreApplication::translate("pw::AnthropicMessage", "index %1 names no block started before")
                                   .arg(index.toDouble())
                             : QCoreApplication::translate("pw::AnthropicMessage", "%1: must be a number (found %2)")
                                   .arg(QLatin1String("index"), jsonTypeName(index)));
        return nullptr;
    }
    return &m_message.content[*position];
}

std::optional<ApiError> MessageStreamAccumulator::startBlock(const QJsonObject &data)
{
    const QJsonValue index = data.value(QLatin1String("index"));
    if (!index.isDouble() || index.toInt(-1) < 0)
        return invalidEvent(m_events, QStringLiteral("content_block_start"),
            QCoreApplication::translate("pw::AnthropicMessage", "%1: must be a non-negative integer")
                .arg(QLatin1String("index")));
    AnthropicContentBlock block;
    QString problem;
    if (!readBlock(data.value(QLatin1String("content_block")), QStringLiteral("content_block"), &block, &problem))
        return invalidEvent(m_events, QStringLiteral("content_block_start"), problem);
    m_blockPositions.insert(index.toInt(), m_message.content.size());
    m_message.content.append(block);
    return std::nullopt;
}

std::optional<ApiError> MessageStreamAccumulator::applyDelta(const QJsonObject &data, MessageStreamDelta *delta)
{
    std::optional<ApiError> error;
    AnthropicContentBlock *target = block(data, "content_block_delta", &error);
    if (!target)
        return error;
    const QJsonObject change = data.value(QLatin1String("delta")).toObject();
    const QString type = change.value(QLatin1String("type")).toString();
    if (type == QLatin1String("text_delta")) {
        const QString text = change.value(QLatin1String("text")).toString();
        target->text += text;
        if (delta)
            delta->text += text;
    } else if (type == QLatin1String("thinking_delta")) {
        const QString thinking = change.value(QLatin1String("thinking")).toString();
        target->thinking += thinking;
        if (delta)
            delta->thinking += thinking;
    } else if (type == QLatin1String("signature_delta")) {
        target->signature += change.value(QLatin1String("signature")).toString();
    } else if (type == QLatin1String("input_json_delta")) {
        m_partialJson[data.value(QLatin1String("index")).toInt()] += change.value(QLatin1String("partial_json")).toString();
    }
    return std::nullopt;
}

std::optional<ApiError> MessageStreamAccumulator::stopBlock(const QJsonObject &data)
{
    std::optional<ApiError> error;
    AnthropicContentBlock *target = block(data, "content_block_stop", &error);
    if (!target)
        return error;
    const QString json = m_partialJson.take(data.value(QLatin1String("index")).toInt());
    if (json.trimmed().isEmpty())
        return std::nullopt; // no input_json_delta: the input from content_block_start stands
    QJsonParseError parseError;
    const QJsonDocument input = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !input.isObject())
        return invalidEvent(m_events, QStringLiteral("content_block_stop"),
            QCoreApplication::translate(
                "pw::AnthropicMessage", "the joined input of tool_use block \"%1\" is not a JSON object (%2 at offset %3)")
                .arg(target->name,
                    parseError.error != QJsonParseError::NoError
                        ? parseError.errorString()
                        : QCoreApplication::translate("pw::AnthropicMessage", "not an object"))
                .arg(parseError.offset));
    target->input = input.object();
    return std::nullopt;
}

std::optional<ApiError> MessageStreamAccumulator::finish() const
{
    if (m_complete)
        return std::nullopt;
    if (!m_started)
        return ApiError::make(ApiErrorKind::Stream,
            QCoreApplication::translate(
                "pw::AnthropicMessage", "the stream ended before message_start (%n events)", nullptr, m_events));
    return ApiError::make(ApiErrorKind::Stream,
        QCoreApplication::translate("pw::AnthropicMessage",
            "the stream was cut off before message_stop, after %n events and %1 characters of text", nullptr, m_events)
            .arg(m_message.text().size()));
}

} // namespace pw
