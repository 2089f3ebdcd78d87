#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pw {

// One entry of a model list: Anthropic's GET /v1/models (id, display_name,
// created_at RFC 3339, max_input_tokens, max_tokens) or an OpenAI-compatible
// server's (id, created in Unix seconds). Fields a server does not send stay empty.
struct ModelInfo
{
    QString id;
    QString displayName; // empty when the server sends none
    QDateTime createdAt; // invalid when unknown
    qint64 maxInputTokens = 0;
    qint64 maxOutputTokens = 0;

    // displayName, or the id when there is none.
    QString label() const { return displayName.isEmpty() ? id : displayName; }

    // where: the JSON path for messages, e.g. "data[3]".
    static std::optional<ModelInfo> fromJson(const QJsonValue &value, const QString &where, QString *error = nullptr);
    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace pw
