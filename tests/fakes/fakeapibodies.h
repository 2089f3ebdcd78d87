#pragma once

// Internal to pw_fakes: the answer bodies of the real APIs, built in one place
// for both the FakeResponse factories and the default endpoints.

#include "fakes/fakeapiserver.h"

#include <QJsonObject>
#include <QStringList>

namespace pw::test {

// "req_fake_N", counting up once per call in this process.
QByteArray nextRequestId();

// Characters / 4 rounded up, at least 1: deterministic, so tests can predict it.
int estimateTokens(qsizetype characters);

struct AnthropicAnswer
{
    QStringList textChunks; // joined for a plain message, one text_delta each when streamed
    QString stopReason = QStringLiteral("end_turn");
    QString model = QStringLiteral("claude-sonnet-5-5");
    int inputTokens = 12;
};
FakeResponse anthropicMessageResponse(const AnthropicAnswer &answer);
FakeResponse anthropicStreamResponse(const AnthropicAnswer &answer, int chunkDelayMs);

struct OpenAiAnswer
{
    QStringList textChunks;
    QString finishReason = QStringLiteral("stop");
    QString model = QStringLiteral("llama3.2");
    int promptTokens = 12;
    bool includeUsageChunk = true; // streamed only; a plain answer always carries usage
};
FakeResponse openAiChatResponse(const OpenAiAnswer &answer);
FakeResponse openAiStreamResponse(const OpenAiAnswer &answer, int chunkDelayMs);

} // namespace pw::test
