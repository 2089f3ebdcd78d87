#pragma once

// Internal to pw_fakes: what the fake server answers when a test scripted nothing.

#include "fakes/fakeapiserver.h"

#include <optional>

namespace pw::test {

struct DefaultApiSettings
{
    QByteArray apiKey;
    bool openAiKeyRequired = true;
    int streamDelayMs = 0;
    // The text of every structured-output answer (a tool result written for a
    // demo or a screenshot); empty: an example built from the request's schema.
    QString structuredAnswer;
    // Scripted answer texts (see FakeApiServer::setAnswerText).
    AnswerText answerText;
};

// The documented endpoints with their validation (Anthropic Messages, count_tokens,
// models, the prompt tools, OpenAI chat completions and models); 404 for anything else.
FakeResponse defaultApiResponse(const RecordedRequest &request, const DefaultApiSettings &settings);

// The answer to a request whose key or version headers are wrong, as the
// model endpoints check them (Anthropic: x-api-key and anthropic-version;
// OpenAI: Authorization: Bearer), or nullopt.
std::optional<FakeResponse> headerProblem(const RecordedRequest &request, const DefaultApiSettings &settings, bool openAi);

} // namespace pw::test
