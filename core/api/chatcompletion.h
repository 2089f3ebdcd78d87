#pragma once

#include "apierror.h"
#include "prompttoolstypes.h"
#include "sseparser.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pw {

// An OpenAI-compatible chat completion (first choice), read in one piece or
// assembled from a stream.
struct ChatCompletion
{
    QString id;
    QString model;
    QString content; // the assistant's text
    QString finishReason; // stop, length, ...
    Usage usage; // prompt_tokens -> inputTokens, completion_tokens -> outputTokens
    bool hasUsage = false;

    // finish_reason "length": the output was cut off.
    bool isTruncated() const { return finishReason == QLatin1String("length"); }

    // Reads the usage object of a completion or of an include_usage chunk.
    static std::optional<Usage> usageFromJson(const QJsonValue &value, QString *error = nullptr);
    // On failure names the field, e.g. "choices: must be a non-empty array".
    static std::optional<ChatCompletion> fromJson(const QJsonObject &object, QString *error = nullptr);
};

// Assembles a completion from the data-only chat stream: chunks with
// choices[0].delta.content, a usage chunk with empty choices
// (stream_options.include_usage), then "data: [DONE]".
class ChatStreamAccumulator
{
public:
    // Applies one event; an {"error": ...} chunk or malformed data returns
    // the error that ends the stream. textDelta gets the text it added.
    std::optional<ApiError> addEvent(const SseEvent &event, QString *textDelta = nullptr);
    // [DONE] arrived, or a chunk with a finish_reason.
    bool isComplete() const { return m_done || !m_completion.finishReason.isEmpty(); }
    // At the end of the stream: a truncated-stream error unless complete.
    std::optional<ApiError> finish() const;
    const ChatCompletion &completion() const { return m_completion; }

private:
    ChatCompletion m_completion;
    bool m_done = false;
    int m_events = 0;
};

} // namespace pw
