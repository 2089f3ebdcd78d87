#include "usage.h"

#include "prompt/promptjson.h"

#include <QJsonArray>

namespace pw {

namespace {

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

} // namespace pw
