#include "modelanswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw::test {

QString modelAnswer(const TextPairs &messages, const QString &system, const std::optional<TextPairs> &values)
{
    QJsonArray messageArray;
    for (const auto &[role, text] : messages) {
        messageArray.append(QJsonObject {{QStringLiteral("role"), role},
            {QStringLiteral("content"),
                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}}});
    }
    QJsonObject answer {{QStringLiteral("messages"), messageArray}, {QStringLiteral("system"), system}};
    if (values) {
        QJsonArray pairs;
        for (const auto &[name, value] : *values)
            pairs.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        answer.insert(QStringLiteral("variable_values"), pairs);
    }
    return QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

QStringList inPieces(const QString &text, qsizetype size)
{
    QStringList pieces;
    for (qsizetype i = 0; i < text.size(); i += size)
        pieces.append(text.mid(i, size));
    return pieces;
}

QString headerValue(const FakeResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key == name)
            return QString::fromLatin1(value);
    }
    return {};
}

} // namespace pw::test
