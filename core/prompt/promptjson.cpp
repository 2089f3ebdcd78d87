#include "promptjson.h"

#include "validation.h"

#include <cstring>

#include <QCoreApplication>
#include <QJsonDocument>

namespace pw {

namespace {

Diagnostic parseError(const Location &location, const QString &message)
{
    return {Severity::Error, location, message, QStringLiteral("json-shape")};
}

QList<ContentBlock> blocksFromJson(const QJsonValue &value, const Location &where, QList<Diagnostic> &errors)
{
    QList<ContentBlock> blocks;
    if (value.isString()) {
        blocks.append(ContentBlock::fromText(value.toString()));
        return blocks;
    }
    if (!value.isArray()) {
        errors.append(parseError(where.withField(QStringLiteral("content")),
            QStringLiteral("must be a string or an array of blocks (found %1)").arg(jsonTypeName(value))));
        return blocks;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Location blockWhere = where;
        blockWhere.block = int(i);
        if (!array[i].isObject()) {
            errors.append(parseError(blockWhere, QStringLiteral("must be an object (found %1)").arg(jsonTypeName(array[i]))));
            continue;
        }
        const QJsonObject object = array[i].toObject();
        ContentBlock block;
        const QJsonValue type = object.value(QLatin1String("type"));
        if (!type.isString()) {
            errors.append(parseError(blockWhere.withField(QStringLiteral("type")),
                QStringLiteral("must be a string (found %1)").arg(jsonTypeName(type))));
            continue;
        }
        block.type = type.toString();
        block.hasCacheControl
            = object.contains(QLatin1String("cache_control")) && !object.value(QLatin1String("cache_control")).isNull();
        if (block.isText()) {
            const QJsonValue text = object.value(QLatin1String("text"));
            if (!text.isString()) {
                errors.append(parseError(blockWhere.withField(QStringLiteral("text")),
                    QStringLiteral("must be a string (found %1)").arg(jsonTypeName(text))));
                continue;
            }
            block.text = text.toString();
        }
        blocks.append(block);
    }
    return blocks;
}

} // namespace

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QList<Message> messagesFromJson(const QJsonValue &value, QList<Diagnostic> &errors, const QString &fieldName)
{
    QList<Message> messages;
    if (!value.isArray()) {
        errors.append(parseError(Location::prompt().withField(fieldName),
            value.isUndefined() ? QStringLiteral("is required")
                                : QStringLiteral("must be an array (found %1)").arg(jsonTypeName(value))));
        return messages;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Location where = Location::ofMessage(int(i));
        if (!array[i].isObject()) {
            errors.append(parseError(where, QStringLiteral("must be an object (found %1)").arg(jsonTypeName(array[i]))));
            continue;
        }
        const QJsonObject object = array[i].toObject();
        Message message;
        const QJsonValue role = object.value(QLatin1String("role"));
        const std::optional<Role> parsedRole = role.isString() ? roleFromName(role.toString()) : std::nullopt;
        if (!parsedRole) {
            const QString found = role.isString() ? QStringLiteral("\"%1\"").arg(role.toString()) : jsonTypeName(role);
            errors.append(parseError(where.withField(QStringLiteral("role")),
                QStringLiteral("must be \"user\" or \"assistant\" (found %1)").arg(found)));
        } else {
            message.role = *parsedRole;
        }
        message.content = blocksFromJson(object.value(QLatin1String("content")), where, errors);
        messages.append(message);
    }
    return messages;
}

PromptParseResult promptFromJson(const QJsonObject &object, SystemShape systemShape)
{
    PromptParseResult result;
    const QJsonValue system = object.value(QLatin1String("system"));
    if (system.isString()) {
        result.prompt.system = system.toString();
    } else if (system.isArray() && systemShape == SystemShape::StringOrBlocks) {
        QList<Diagnostic> errors;
        const QList<ContentBlock> blocks = blocksFromJson(system, Location::system(), errors);
        for (Diagnostic &error : errors) {
            // blocksFromJson reports blocks as message content; name them as system blocks.
            error.location.section = Location::Section::Prompt;
            error.location.field = QStringLiteral("system[%1]").arg(error.location.block)
                + (error.location.field.isEmpty() ? QString() : QLatin1Char('.') + error.location.field);
            error.location.block = -1;
        }
        result.errors += errors;
        QStringList texts;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (!blocks[i].isText()) {
                result.errors.append(parseError(Location::prompt().withField(QStringLiteral("system[%1]").arg(i)),
                    QStringLiteral("only text blocks are allowed (found \"%1\")").arg(blocks[i].type)));
            }
            texts.append(blocks[i].text);
        }
        // Separate blocks are separate paragraphs to the model.
        result.prompt.system = texts.join(QStringLiteral("\n\n"));
    } else if (!system.isNull() && !system.isUndefined()) {
        result.errors.append(
            parseError(Location::system(), QStringLiteral("must be a string (found %1)").arg(jsonTypeName(system))));
    }
    result.prompt.messages = messagesFromJson(object.value(QLatin1String("messages")), result.errors);
    return result;
}

QJsonObject contentBlockToJson(const ContentBlock &block)
{
    QJsonObject object {{QStringLiteral("type"), block.type}};
    if (block.isText())
        object.insert(QStringLiteral("text"), block.text);
    return object;
}

QJsonObject messageToJson(const Message &message)
{
    QJsonArray content;
    for (const ContentBlock &block : message.content)
        content.append(contentBlockToJson(block));
    return {{QStringLiteral("role"), roleName(message.role)}, {QStringLiteral("content"), content}};
}

QJsonArray messagesToJson(const QList<Message> &messages)
{
    QJsonArray array;
    for (const Message &message : messages)
        array.append(messageToJson(message));
    return array;
}

QJsonObject promptToJson(const Prompt &prompt)
{
    return {{QStringLiteral("system"), prompt.system}, {QStringLiteral("messages"), messagesToJson(prompt.messages)}};
}

TextPosition positionOfOffset(const QByteArray &data, qsizetype offset)
{
    TextPosition position;
    const qsizetype end = qBound(qsizetype(0), offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++position.column;
        }
    }
    return position;
}

namespace {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // Prompts are mostly ASCII: skip it eight bytes at a time.
        quint64 chunk;
        while (i + 8 <= n && (std::memcpy(&chunk, bytes + i, 8), (chunk & 0x8080808080808080ULL) == 0))
            i += 8;
        if (i >= n)
            break;
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                lo = 0xA0;
            else if (lead == 0xED)
                hi = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                lo = 0x90;
            else if (lead == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char c = bytes[i + k];
            const unsigned char min = k == 1 ? lo : 0x80;
            const unsigned char max = k == 1 ? hi : 0xBF;
            if (c < min || c > max)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

QString jsonParseErrorText(const QByteArray &data, const QJsonParseError &error, const QString &sourceName)
{
    const TextPosition at = positionOfOffset(data, error.offset);
    return QCoreApplication::translate("pw::PromptJson", "%1:%2:%3: invalid JSON: %4")
        .arg(sourceName)
        .arg(at.line)
        .arg(at.column)
        .arg(error.errorString());
}

bool decodeUtf8(const QByteArray &data, QString *text, qsizetype *badOffset)
{
    const qsizetype bad = firstInvalidUtf8(data);
    if (bad >= 0) {
        if (badOffset)
            *badOffset = bad;
        return false;
    }
    *text = QString::fromUtf8(data);
    return true;
}

PromptFileResult readPromptFile(const QByteArray &data, const QString &sourceName)
{
    PromptFileResult result;
    qsizetype badOffset = 0;
    QString text;
    if (!decodeUtf8(data, &text, &badOffset)) {
        const TextPosition at = positionOfOffset(data, badOffset);
        result.error = QCoreApplication::translate("pw::PromptJson", "%1:%2:%3: the file is not valid UTF-8 text (byte %4)")
                           .arg(sourceName)
                           .arg(at.line)
                           .arg(at.column)
                           .arg(badOffset);
        return result;
    }
    const bool namedJson = sourceName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const bool looksLikeObject = QStringView(text).trimmed().startsWith(u'{');
    // A text that starts like a JSON prompt is meant as one: a typo in it
    // must not be sent as a plain-text prompt (stdin has no file name).
    const bool meantAsPrompt = namedJson || (looksLikeObject && text.contains(QLatin1String("\"messages\"")));
    if (namedJson || looksLikeObject) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            if (meantAsPrompt) {
                result.error = jsonParseErrorText(data, parseError, sourceName);
                return result;
            }
        } else if (document.isObject() && document.object().contains(QLatin1String("messages"))) {
            PromptParseResult parsed = promptFromJson(document.object());
            if (!parsed.ok()) {
                result.error = sourceName + QStringLiteral(": ") + parsed.errors.constFirst().toString();
                return result;
            }
            result.prompt = parsed.prompt;
            result.wasJson = true;
            return result;
        } else if (namedJson) {
            result.error = QCoreApplication::translate(
                "pw::PromptJson", "%1: a JSON prompt must be an object with \"messages\" (and optionally \"system\")")
                               .arg(sourceName);
            return result;
        }
    }
    result.prompt.messages.append(Message::user(text));
    return result;
}

} // namespace pw
