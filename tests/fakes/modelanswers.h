#pragma once

#include "fakes/fakeapiserver.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace pw::test {

using TextPairs = QList<std::pair<QString, QString>>;

// A tool model's answer in the shape of toolOutputSchema(): messages as
// (role, text) pairs and variable_values as (name, value) pairs, as compact JSON.
QString modelAnswer(const TextPairs &messages, const QString &system = QString(), const std::optional<TextPairs> &values = {});
// The same for a prompt of one user message.
QString userPromptAnswer(const QString &system, const QString &user);

// The tool model's answer to Generate Cases (core/eval/casegeneration.h):
// one {"values", "ideal_output", "description"} per case, as compact JSON.
struct GeneratedCase
{
    TextPairs values;
    QString idealOutput;
    QString description;
};
QString generatedCasesAnswer(const QList<GeneratedCase> &cases);

// The text of a message's "content" in a request body: a string, or the
// text of its blocks joined.
QString contentText(const QJsonValue &content);
// The text of the last user message of a request body (a string, or text blocks joined).
QString lastUserText(const QJsonObject &body);

// text cut into pieces of `size` characters, for streaming it in many deltas.
QStringList inPieces(const QString &text, qsizetype size);
// text cut into `count` pieces of about the same size (fewer when it is shorter).
QStringList inPiecesCount(const QString &text, int count);

// A header a scripted response will carry (e.g. its request-id), or empty.
QString headerValue(const FakeResponse &response, const QByteArray &name);

} // namespace pw::test
