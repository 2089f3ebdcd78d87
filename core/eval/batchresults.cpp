#include "batchresults.h"

#include "api/anthropicmessage.h"
#include "api/chatcompletion.h"
#include "prompt/promptjson.h"
#include "promptrun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::BatchRun", text);
}

std::optional<QJsonObject> parseLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

bool readCustomId(const QJsonObject &object, BatchResultLine *result, QString *error)
{
    const QJsonValue id = object.value(QLatin1String("custom_id"));
    if (!id.isString() || !isValidCustomId(id.toString())) {
        *error = id.isString() ? tr("custom_id: \"%1\" does not match ^[a-zA-Z0-9_-]{1,64}$").arg(id.toString().left(80))
                               : tr("custom_id: must be a string (found %1)").arg(jsonTypeName(id));
        return false;
    }
    result->customId = id.toString();
    return true;
}

// "type: message" of an error object, whatever it holds.
QString describeError(const QJsonObject &error)
{
    const QString type = error.value(QLatin1String("type")).toString();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString().simplified();
    QString kind = type.isEmpty() ? code : type;
    if (kind.isEmpty())
        return message.isEmpty() ? tr("an error without a description") : message;
    return message.isEmpty() ? kind : QStringLiteral("%1: %2").arg(kind, message);
}

} // namespace

bool isValidCustomId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

std::optional<BatchResultLine> parseMessageBatchResult(const QByteArray &line, QString *error)
{
    const std::optional<QJsonObject> object = parseLine(line, error);
    BatchResultLine result;
    if (!object || !readCustomId(*object, &result, error))
        return std::nullopt;
    const QJsonValue resultValue = object->value(QLatin1String("result"));
    if (!resultValue.isObject()) {
        *error = tr("result: must be an object (found %1)").arg(jsonTypeName(resultValue));
        return std::nullopt;
    }
    const QJsonObject entry = resultValue.toObject();
    const QString type = entry.value(QLatin1String("type")).toString();
    if (type == QLatin1String("succeeded")) {
        QString problem;
        const std::optional<AnthropicMessage> message
            = AnthropicMessage::fromJson(entry.value(QLatin1String("message")).toObject(), &problem);
        if (!message) {
            *error = QStringLiteral("result.message.") + problem;
            return std::nullopt;
        }
        result.outcome = BatchResultLine::Outcome::Succeeded;
        result.output = message->text();
        result.stopReason = message->stopReason;
        result.model = message->model;
        result.usage = message->usage;
        return result;
    }
    if (type == QLatin1String("errored")) {
        // {"type": "error", "error": {"type", "message"}, "request_id"}; the inner object says what went wrong.
        const QJsonObject envelope = entry.value(QLatin1String("error")).toObject();
        const QJsonValue inner = envelope.value(QLatin1String("error"));
        result.outcome = BatchResultLine::Outcome::Errored;
        result.error = describeError(inner.isObject() ? inner.toObject() : envelope);
        result.requestId = envelope.value(QLatin1String("request_id")).toString();
        return result;
    }
    if (type == QLatin1String("canceled")) {
        result.outcome = BatchResultLine::Outcome::Canceled;
        result.error = tr("canceled: the batch was canceled before this request ran");
        return result;
    }
    if (type == QLatin1String("expired")) {
        result.outcome = BatchResultLine::Outcome::Expired;
        result.error = tr("expired: the batch ended (after 24 hours) before this request ran");
        return result;
    }
    *error = tr("result.type: \"%1\" is none of succeeded, errored, canceled, expired").arg(type.left(40));
    return std::nullopt;
}

std::optional<BatchResultLine> parseOpenAiBatchResult(const QByteArray &line, QString *error)
{
    const std::optional<QJsonObject> object = parseLine(line, error);
    BatchResultLine result;
    if (!object || !readCustomId(*object, &result, error))
        return std::nullopt;
    const QJsonObject response = object->value(QLatin1String("response")).toObject();
    result.requestId = response.value(QLatin1String("request_id")).toString();
    const QJsonValue lineError = object->value(QLatin1String("error"));
    if (lineError.isObject()) {
        const QJsonObject e = lineError.toObject();
        const QString code = e.value(QLatin1String("code")).toString();
        result.outcome = code == QLatin1String("batch_expired") ? BatchResultLine::Outcome::Expired
            : code == QLatin1String("batch_cancelled")          ? BatchResultLine::Outcome::Canceled
                                                                : BatchResultLine::Outcome::Errored;
        result.error = describeError(e);
        return result;
    }
    const QJsonValue status = response.value(QLatin1String("status_code"));
    if (!status.isDouble()) {
        *error = tr("response.status_code: must be a number (found %1)").arg(jsonTypeName(status));
        return std::nullopt;
    }
    const QJsonObject body = response.value(QLatin1String("body")).toObject();
    const int code = status.toInt();
    if (code < 200 || code >= 300) {
        result.outcome = BatchResultLine::Outcome::Errored;
        const QJsonObject bodyError = body.value(QLatin1String("error")).toObject();
        result.error = QStringLiteral("HTTP %1 %2").arg(code).arg(describeError(bodyError));
        return result;
    }
    QString problem;
    const std::optional<ChatCompletion> completion = ChatCompletion::fromJson(body, &problem);
    if (!completion) {
        *error = QStringLiteral("response.body.") + problem;
        return std::nullopt;
    }
    result.outcome = BatchResultLine::Outcome::Succeeded;
    result.output = completion->content;
    result.stopReason = stopReasonOfFinishReason(completion->finishReason);
    result.model = completion->model;
    result.usage = completion->usage;
    return result;
}

} // namespace pw
