// The prompt checks: every finding names a place that exists in the prompt
// (the system prompt, a message and block that are there, an offset inside
// that text) and carries a code and a message.

#include "analysis/checks.h"
#include "fuzzcheck.h"
#include "fuzzprompt.h"
#include "prompt/variables.h"

using namespace pw;

namespace {

const char *const targetModels[] = {"", "claude-opus-4-6", "claude-3-5-sonnet-20241022", "gpt-4o", "claude-"};

// The text an offset of this location counts in, or nothing when the location is not a place.
std::optional<QString> textAt(const Prompt &prompt, const Location &location)
{
    switch (location.section) {
    case Location::Section::Prompt:
        return location.message < 0 && location.block < 0 ? std::optional<QString>(QString()) : std::nullopt;
    case Location::Section::System:
        return location.message < 0 && location.block < 0 ? std::optional<QString>(prompt.system) : std::nullopt;
    case Location::Section::Message:
        if (location.message < 0 || location.message >= prompt.messages.size())
            return std::nullopt;
        const Message &message = prompt.messages[location.message];
        if (location.block < 0)
            return message.text();
        if (location.block >= message.content.size())
            return std::nullopt;
        return message.content[location.block].text;
    }
    return std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 options = input.takeByte();
    const Prompt prompt = takePrompt(input);

    CheckOptions checkOptions;
    checkOptions.targetModel = QString::fromLatin1(targetModels[options % std::size(targetModels)]);
    // Test values for every other variable the prompt uses, and one it does not.
    VariableValues values;
    const QStringList names = variableNames(prompt);
    for (qsizetype i = 0; i < names.size(); i += 2)
        values.insert(names[i], QStringLiteral("value"));
    values.insert(QStringLiteral("UNUSED_VALUE"), QString());
    if (options & 0x80)
        checkOptions.testValues = &values;

    for (const Diagnostic &finding : checkPrompt(prompt, checkOptions)) {
        FUZZ_CHECK(!finding.code.isEmpty() && !finding.message.isEmpty());
        const std::optional<QString> text = textAt(prompt, finding.location);
        FUZZ_CHECK(text.has_value());
        FUZZ_CHECK(finding.location.offset >= -1 && finding.location.offset <= text->size());
        FUZZ_CHECK(finding.location.section != Location::Section::Prompt || finding.location.offset < 0);
    }
    return 0;
}
