#include "prompttoolstypes.h"

#include "prompt/promptjson.h"

#include <QJsonArray>

namespace pw {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

bool readCount(const QJsonObject &object, QLatin1String key, qint64 *into, QString *error, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || value.toDouble() < 0) {
        if (error)
            *error = QStringLiteral("%1.%2: must be a non-negative number (found %3)").arg(where, key, jsonTypeName(value));
        return false;
    }
    *into += value.toInteger();
    return true;
}

bool addUsageObject(const QJsonValue &value, Usage *usage, QString *error, const QString &where)
{
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral("%1: must be an object (found %2)").arg(where, jsonTypeName(value));
        return false;
    }
    const QJsonObject object = value.toObject();
    return readCount(object, QLatin1String("input_tokens"), &usage->inputTokens, error, where)
        && readCount(object, QLatin1String("output_tokens"), &usage->outputTokens, error, where)
        && readCount(object, QLatin1String("cache_creation_input_tokens"), &usage->cacheCreationInputTokens, error, where)
        && readCount(object, QLatin1String("cache_read_input_tokens"), &usage->cacheReadInputTokens, error, where);
}

} // namespace

Usage &Usage::operator+=(const Usage &other)
{
    inputTokens += other.inputTokens;
    outputTokens += other.outputTokens;
    cacheCreationInputTokens += other.cacheCreationInputTokens;
    cacheReadInputTokens += other.cacheReadInputTokens;
    return *this;
}

std::optional<Usage> Usage::fromJson(const QJsonValue &value, QString *error)
{
    Usage usage;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!addUsageObject(array[i], &usage, error, QStringLiteral("usage[%1]").arg(i)))
                return std::nullopt;
        }
        return usage;
    }
    if (!addUsageObject(value, &usage, error, QStringLiteral("usage")))
        return std::nullopt;
    return usage;
}

QJsonObject Usage::toJson() const
{
    QJsonObject object {{QStringLiteral("input_tokens"), inputTokens}, {QStringLiteral("output_tokens"), outputTokens}};
    if (cacheCreationInputTokens)
        object.insert(QStringLiteral("cache_creation_input_tokens"), cacheCreationInputTokens);
    if (cacheReadInputTokens)
        object.insert(QStringLiteral("cache_read_input_tokens"), cacheReadInputTokens);
    return object;
}

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

QString toolName(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return QStringLiteral("generate");
    case Tool::Improve:
        return QStringLiteral("improve");
    case Tool::Templatize:
        return QStringLiteral("templatize");
    }
    return {};
}

QString toolEndpointPath(Tool tool)
{
    return QStringLiteral("/v1/experimental/%1_prompt").arg(toolName(tool));
}

QJsonObject ToolResult::toJson() const
{
    QJsonObject object {{QStringLiteral("messages"), messagesToJson(prompt.messages)}, {QStringLiteral("system"), prompt.system},
        {QStringLiteral("usage"), usage.toJson()}};
    if (hasVariableValues) {
        QJsonObject values;
        for (auto it = variableValues.cbegin(); it != variableValues.cend(); ++it)
            values.insert(it.key(), it.value());
        object.insert(QStringLiteral("variable_values"), values);
    }
    return object;
}

std::optional<ToolResult> ToolResult::fromJson(const QJsonObject &object, QString *error)
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
        result.hasVariableValues = true;
        const QJsonObject valuesObject = values.toObject();
        for (auto it = valuesObject.constBegin(); it != valuesObject.constEnd(); ++it) {
            if (!it.value().isString()) {
                if (error)
                    *error = QStringLiteral("variable_values.%1: must be a string (found %2)")
                                 .arg(it.key(), jsonTypeName(it.value()));
                return std::nullopt;
            }
            result.variableValues.insert(it.key(), it.value().toString());
        }
    } else if (!values.isUndefined() && !values.isNull()) {
        if (error)
            *error = QStringLiteral("variable_values: must be an object (found %1)").arg(jsonTypeName(values));
        return std::nullopt;
    }
    return result;
}

} // namespace pw
