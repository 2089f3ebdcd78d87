// The local templatizer: lossless (filling the template with the values it
// found gives back the prompt, code unit for code unit), the prompt's shape
// kept, and the names it makes UPPER_SNAKE, used in the template, and unique,
// also against the prompt's own variables when case is ignored.

#include "analysis/localtemplatizer.h"
#include "fuzzcheck.h"
#include "fuzzprompt.h"
#include "prompt/variables.h"

using namespace pw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const Prompt prompt = takePrompt(input);
    const TemplatizeOutcome outcome = templatizeLocally(prompt);

    FUZZ_CHECK(fillVariables(outcome.templ, outcome.values).prompt == prompt);
    FUZZ_CHECK(outcome.templ.messages.size() == prompt.messages.size());
    for (qsizetype m = 0; m < prompt.messages.size(); ++m) {
        FUZZ_CHECK(outcome.templ.messages[m].role == prompt.messages[m].role);
        FUZZ_CHECK(outcome.templ.messages[m].content.size() == prompt.messages[m].content.size());
    }

    const QStringList existing = variableNames(prompt);
    const QStringList inTemplate = variableNames(outcome.templ);
    QStringList foldedNames;
    for (const QString &name : existing)
        foldedNames.append(name.toCaseFolded());
    for (auto it = outcome.values.cbegin(); it != outcome.values.cend(); ++it) {
        FUZZ_CHECK(isUpperSnake(it.key()));
        FUZZ_CHECK(inTemplate.contains(it.key()));
        FUZZ_CHECK(!foldedNames.contains(it.key().toCaseFolded()));
        foldedNames.append(it.key().toCaseFolded());
    }
    return 0;
}
