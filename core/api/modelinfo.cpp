#include "modelinfo.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>

namespace pw {

std::optional<ModelInfo> ModelInfo::fromJson(const QJsonValue &value, const QString &where, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ModelInfo> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(
            QCoreApplication::translate("pw::ModelInfo", "%1: must be an object (found %2)").arg(where, jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    ModelInfo model;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty())
        return fail(QCoreApplication::translate("pw::ModelInfo", "%1: must be a non-empty string (found %2)")
                        .arg(QString(where + u".id"), jsonTypeName(id)));
    model.id = id.toString();
    model.displayName = object.value(QLatin1String("display_name")).toString();

    const QJsonValue createdAt = object.value(QLatin1String("created_at"));
    const QJsonValue created = object.value(QLatin1String("created"));
    if (createdAt.isString()) {
        model.createdAt = QDateTime::fromString(createdAt.toString(), Qt::ISODateWithMs);
        if (!model.createdAt.isValid())
            return fail(QCoreApplication::translate("pw::ModelInfo", "%1: \"%2\" is not an RFC 3339 date")
                            .arg(QString(where + u".created_at"), createdAt.toString()));
    } else if (created.isDouble()) {
        model.createdAt = QDateTime::fromSecsSinceEpoch(created.toInteger(), Qt::UTC);
    }
    model.maxInputTokens = object.value(QLatin1String("max_input_tokens")).toInteger();
    model.maxOutputTokens = object.value(QLatin1String("max_tokens")).toInteger();
    return model;
}

} // namespace pw
