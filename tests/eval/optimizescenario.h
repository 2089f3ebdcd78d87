#pragma once

// The optimize tests' scenario on the fake server: the tool model writes
// designed candidates, the target model echoes the prompt it gets ("Echo:
// ..."), so a candidate's wording decides which checks its outputs pass.
//
// Each case checks three things: its word (every prompt keeps it),
// "Answer:" and "Done"; the original "Say {{WORD}}" passes one of them.
// Round 1 (improving the original): candidate 1 changes nothing that
// matters, candidate 2 drops {{WORD}}, candidate 3 adds "Answer:" (2 of 3).
// Round 2 (improving "Answer: {{WORD}}"): candidate 1 adds "Done" (3 of 3),
// the others are no better than the original.

#include "wordcases.h"

#include "fakes/modelanswers.h"
#include "model/testcase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace pw::test {

// wordCases() with the three checks.
inline TestSuite optimizeCases(int count)
{
    TestSuite cases = wordCases(count);
    for (TestCase &testCase : cases) {
        for (const QString &expected :
            {testCase.vars.value(QStringLiteral("WORD")), QStringLiteral("Answer:"), QStringLiteral("Done")}) {
            Assertion assertion;
            assertion.type = QStringLiteral("contains");
            assertion.value = expected;
            testCase.assertions.append(assertion);
        }
    }
    return cases;
}

// wordPrompt(): "Say {{WORD}}".
inline Prompt optimizeOriginal()
{
    return wordPrompt();
}

// The text of the last message of a Messages API or chat completions body.
inline QString lastMessageText(const QJsonObject &body)
{
    return contentText(body.value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")));
}

// A tool-model request asks for structured output; a target-model request does not.
inline bool isToolRequest(const QJsonObject &body)
{
    return body.contains(QLatin1String("output_config")) || body.contains(QLatin1String("response_format"));
}

// For FakeApiServer::setAnswerText.
inline std::optional<QString> optimizeAnswer(const QJsonObject &body)
{
    if (!isToolRequest(body))
        return std::nullopt; // the target model echoes
    const QString request = lastMessageText(body);
    // The prompt to improve comes before the feedback, which quotes failures.
    const bool secondRound = request.section(QLatin1String("</prompt>"), 0, 0).contains(QLatin1String("Answer:"));
    const auto prompt = [](const QString &text) {
        return modelAnswer({{QStringLiteral("user"), text}});
    };
    if (request.contains(QLatin1String("candidate 1 of")) || !request.contains(QLatin1String("candidate ")))
        return prompt(secondRound ? QStringLiteral("Answer: {{WORD}} Done") : QStringLiteral("Please say {{WORD}}"));
    if (request.contains(QLatin1String("candidate 2 of")))
        return prompt(secondRound ? QStringLiteral("Say {{WORD}} now") : QStringLiteral("Say hello"));
    return prompt(secondRound ? QStringLiteral("Reply {{WORD}}") : QStringLiteral("Answer: {{WORD}}"));
}

} // namespace pw::test
