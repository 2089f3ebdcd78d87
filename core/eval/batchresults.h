#pragma once

#include "model/usage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pw {

// One line of a batch's results, either API: what happened to one request.
struct BatchResultLine
{
    enum class Outcome {
        Succeeded, // the model answered
        Errored, // the request failed (the error says why)
        Canceled, // the batch was canceled before the request ran
        Expired, // the batch ended (24 h) before the request ran
    };

    QString customId;
    Outcome outcome = Outcome::Errored;
    QString output; // Succeeded: the text of the answer
    QString stopReason; // Succeeded: the Messages API's words (OpenAI's finish_reason mapped)
    QString model;
    Usage usage;
    QString requestId; // when the line names one
    QString error; // Errored, Canceled, Expired: one line for people ("invalid_request_error: max_tokens: ...")
};

// A line of a Message Batch's results:
// {"custom_id", "result": {"type": "succeeded", "message": {...}}}, or "errored"
// with {"error": {"type": "error", "error": {"type", "message"}, "request_id"}},
// or "canceled", or "expired". nullopt and *error naming the field otherwise.
std::optional<BatchResultLine> parseMessageBatchResult(const QByteArray &line, QString *error);

// A line of an OpenAI batch's output or error file:
// {"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}.
// A status other than 2xx, or an "error", is Errored (batch_expired: Expired,
// batch_cancelled: Canceled).
std::optional<BatchResultLine> parseOpenAiBatchResult(const QByteArray &line, QString *error);

// The custom_id rule both APIs share: ^[a-zA-Z0-9_-]{1,64}$.
bool isValidCustomId(const QString &id);

} // namespace pw
