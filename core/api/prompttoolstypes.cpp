#include "prompttoolstypes.h"

#include "prompt/promptjson.h"

#include <QJsonArray>

namespace pw {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject GenerateRequest::toJson() const
{
    return {{QStringLiteral("task"), task}, {QStringLiteral("target_model"), stringOrNull(targetModel)}};
}

QJsonObject ImproveRequest::toJson() const
{
    return {{QStringLiteral("messages"), messagesToJson(prompt.messages)},
        {QStringLiteral("system"), stringOrNull(prompt.system)}, {QStringLiteral("feedback"), stringOrNull(feedback)},
        {QStringLiteral("target_model"), stringOrNull(targetModel)}};
}

QJsonObject TemplatizeRequest::toJson() const
{
    return {
        {QStringLiteral("messages"), messagesToJson(prompt.messages)}, {QStringLiteral("system"), stringOrNull(prompt.system)}};
}

QString toolEndpointPath(Tool tool)
{
    return QStringLiteral("/v1/experimental/%1_prompt").arg(toolName(tool));
}

QJsonObject toolResultToJson(const ToolResult &result)
{
    QJsonObject object {{QStringLiteral("messages"), messagesToJson(result.prompt.messages)},
        {QStringLiteral("system"), result.prompt.system}, {QStringLiteral("usage"), result.usage.toJson()}};
    if (result.variableValues) {
        QJsonObject values;
        for (auto it = result.variableValues->cbegin(); it != result.variableValues->cend(); ++it)
            values.insert(it.key(), it.value());
        object.insert(QStringLiteral("variable_values"), values);
    }
    return object;
}

std::optional<ToolResult> toolResultFromJson(const QJsonObject &object, QString *error)
{
    ToolResult result;
    PromptParseResult parsed = promptFromJson(object);
    if (!parsed.ok()) {
        if (error)
            *error = parsed.errors.constFirst().toString();
        return std::nullopt;
    }
    result.prompt = parsed.prompt;

    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (!usage.isUndefined() && !usage.isNull()) {
        const std::optional<Usage> parsedUsage = Usage::fromJson(usage, error);
        if (!parsedUsage)
            return std::nullopt;
        result.usage = *parsedUsage;
    }

    const QJsonValue values = object.value(QLatin1String("variable_values"));
    if (values.isObject()) {
        VariableValues found;
        const QJsonObject valuesObject = values.toObject();
        for (auto it = valuesObject.constBegin(); it != valuesObject.constEnd(); ++it) {
            if (!it.value().isString()) {
                if (error)
                    *error = QStringLiteral("variable_values.%1: must be a string (found %2)")
                                 .arg(it.key(), jsonTypeName(it.value()));
                return std::nullopt;
            }
            found.insert(it.key(), it.value().toString());
        }
        result.variableValues = std::move(found);
    } else if (!values.isUndefined() && !values.isNull()) {
        if (error)
            *error = QStringLiteral("variable_values: must be an object (found %1)").arg(jsonTypeName(values));
        return std::nullopt;
    }
    return result;
}

} // namespace pw
