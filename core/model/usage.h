#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace pw {

// Tokens a request consumed, as the Messages API counts them.
struct Usage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheCreationInputTokens = 0;
    qint64 cacheReadInputTokens = 0;

    Usage &operator+=(const Usage &other);
    friend bool operator==(const Usage &, const Usage &) = default;

    // Accepts an object, or an array of objects (summed): the documentation
    // shows both. Anything else, or negative counts, is an error.
    static std::optional<Usage> fromJson(const QJsonValue &value, QString *error = nullptr);
    // One object with the summed input_tokens/output_tokens (cache fields when non-zero).
    QJsonObject toJson() const;
};

} // namespace pw
