#pragma once

#include "apierror.h"
#include "prompttoolstypes.h"
#include "sseparser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pw {

// One content block of a Messages API answer.
struct AnthropicContentBlock
{
    QString type; // "text", "thinking", "tool_use", or a type this code does not know
    QString text; // text
    QString thinking; // thinking
    QString signature; // thinking
    QString id; // tool_use
    QString name; // tool_use
    QJsonObject input; // tool_use, parsed
    // The block as the server sent it (for a stream: its content_block_start),
    // so types this code does not know are kept.
    QJsonObject raw;

    bool isText() const { return type == QLatin1String("text"); }
    bool isToolUse() const { return type == QLatin1String("tool_use"); }
    // The block in the Messages API shape, with the accumulated fields.
    QJsonObject toJson() const;
};

// A Messages API answer (POST /v1/messages), read in one piece or assembled
// from a stream.
struct AnthropicMessage
{
    QString id;
    QString model;
    QString role = QStringLiteral("assistant");
    QList<AnthropicContentBlock> content;
    QString stopReason; // end_turn, max_tokens, stop_sequence, tool_use, refusal, ...
    QString stopSequence; // the stop sequence that matched, or empty
    Usage usage;

    // The text of all text blocks, joined.
    QString text() const;
    // The first tool_use block, or nullptr.
    const AnthropicContentBlock *firstToolUse() const;
    // A refusal is an HTTP 200 with empty or partial content.
    bool isRefusal() const { return stopReason == QLatin1String("refusal"); }
    // The output was cut at max_tokens (structured output: truncated JSON).
    bool isTruncated() const { return stopReason == QLatin1String("max_tokens"); }

    QJsonObject toJson() const;
    // On failure names the field, e.g. "content[1].text: must be a string (found number)".
    static std::optional<AnthropicMessage> fromJson(const QJsonObject &object, QString *error = nullptr);
};

// Text and thinking that one stream event added.
struct MessageStreamDelta
{
    QString text;
    QString thinking;
};

// Assembles a message from the Messages API stream (spec: anthropic-api.md,
// "Streaming"): ping anywhere, unknown events and block types ignored,
// input_json_delta joined and parsed at content_block_stop, cumulative usage
// in message_delta, an error event (ApiErrorKind::Stream) after the 200.
class MessageStreamAccumulator
{
public:
    // Applies one event. An error event, or an event whose data does not
    // have the documented shape, returns the error that ends the stream.
    std::optional<ApiError> addEvent(const SseEvent &event, MessageStreamDelta *delta = nullptr);
    // Whether message_stop arrived.
    bool isComplete() const { return m_complete; }
    // At the end of the stream: a truncated-stream error unless complete.
    std::optional<ApiError> finish() const;
    // The message so far; complete once isComplete().
    const AnthropicMessage &message() const { return m_message; }

private:
    std::optional<ApiError> startBlock(const QJsonObject &data);
    std::optional<ApiError> applyDelta(const QJsonObject &data, MessageStreamDelta *delta);
    std::optional<ApiError> stopBlock(const QJsonObject &data);
    AnthropicContentBlock *block(const QJsonObject &data, const char *eventName, std::optional<ApiError> *error);

    AnthropicMessage m_message;
    QHash<int, qsizetype> m_blockPositions; // the stream's block index -> position in content
    QHash<int, QString> m_partialJson;
    bool m_started = false;
    bool m_complete = false;
    int m_events = 0;
};

} // namespace pw
