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

QString userPromptAnswer(const QString &system, const QString &user)
{
    return modelAnswer({{QStringLiteral("user"), user}}, system);
}

QString generatedCasesAnswer(const QList<GeneratedCase> &cases)
{
    QJsonArray list;
    for (const GeneratedCase &generated : cases) {
        QJsonObject values;
        for (const auto &[name, value] : generated.values)
            values.insert(name, value);
        list.append(QJsonObject {{QStringLiteral("values"), values}, {QStringLiteral("ideal_output"), generated.idealOutput},
            {QStringLiteral("description"), generated.description}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("cases"), list}}).toJson(QJsonDocument::Compact));
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &block : content.toArray())
        text += block.toObject().value(QLatin1String("text")).toString();
    return text;
}

QString lastUserText(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QLatin1String("role")) == QLatin1String("user"))
            return contentText(message.value(QLatin1String("content")));
    }
    return {};
}

QStringList inPieces(const QString &text, qsizetype size)
{
    QStringList pieces;
    for (qsizetype i = 0; i < text.size(); i += size)
        pieces.append(text.mid(i, size));
    return pieces;
}

QStringList inPiecesCount(const QString &text, int count)
{
    return inPieces(text, std::max<qsizetype>(1, (text.size() + count - 1) / count));
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
