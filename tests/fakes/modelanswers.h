#pragma once

#include "fakes/fakeapiserver.h"

#include <QStringList>

#include <optional>

namespace pw::test {

using TextPairs = QList<std::pair<QString, QString>>;

// A tool model's answer in the shape of toolOutputSchema(): messages as
// (role, text) pairs and variable_values as (name, value) pairs, as compact JSON.
QString modelAnswer(const TextPairs &messages, const QString &system = QString(), const std::optional<TextPairs> &values = {});

// text cut into pieces of `size` characters, for streaming it in many deltas.
QStringList inPieces(const QString &text, qsizetype size);

// A header a scripted response will carry (e.g. its request-id), or empty.
QString headerValue(const FakeResponse &response, const QByteArray &name);

} // namespace pw::test
