// Prompt files and every importer: whatever a file imports as, writing it
// back through the exporters' JSON writer and reading that gives the same
// prompt, test values and target model. A file is either imported whole or
// refused with a message naming the file.

#include "exchange/exporters.h"
#include "exchange/importers.h"
#include "fuzzcheck.h"
#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"
#include "prompt/variables.h"

using namespace pw;

namespace {

// As the file name decides the format: by extension, or by content for other names.
const char *const fileNames[] = {"prompt", "prompt.json", "prompt.md", "prompt.txt"};

void checkPromptToolsRoundTrip(const ImportResult &imported)
{
    const ExportResult exported
        = exportPrompt({imported.prompt, imported.values, imported.targetModel, 1024}, ExportFormat::PromptTools);
    if (!exported.ok())
        return; // a prompt that cannot be exported says so; that is no loss
    const ImportResult again = importPrompt(exported.text.toUtf8(), QStringLiteral("exported.json"));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.format == ImportFormat::PromptTools);
    FUZZ_CHECK(again.prompt == imported.prompt);
    FUZZ_CHECK(again.targetModel == imported.targetModel);
    // Only the values of variables the prompt uses are exported.
    const QStringList used = variableNames(imported.prompt);
    VariableValues expected;
    for (auto it = imported.values.cbegin(); it != imported.values.cend(); ++it) {
        if (used.contains(it.key()))
            expected.insert(it.key(), it.value());
    }
    FUZZ_CHECK(again.values == expected);

    const ExportResult request
        = exportPrompt({imported.prompt, imported.values, imported.targetModel, 1024}, ExportFormat::MessagesJson);
    FUZZ_CHECK(request.ok());
    const ImportResult fromRequest = importPrompt(request.text.toUtf8(), QStringLiteral("request.json"));
    FUZZ_CHECK(fromRequest.ok());
    FUZZ_CHECK(fromRequest.format == ImportFormat::MessagesApi);
    FUZZ_CHECK(fromRequest.prompt == imported.prompt);
}

// A block's cache_control is read only so that validation can refuse it
// before a prompt-tools request; it is not prompt text and is not written.
Prompt withoutCacheControl(Prompt prompt)
{
    for (Message &message : prompt.messages) {
        for (ContentBlock &block : message.content)
            block.hasCacheControl = false;
    }
    return prompt;
}

void checkPromptFile(const QByteArray &data, const QString &name)
{
    const PromptFileResult read = readPromptFile(data, name);
    if (!read.ok()) {
        FUZZ_CHECK(read.error.startsWith(name + QLatin1Char(':')));
        return;
    }
    const QByteArray written = toJsonBytes(promptToJson(read.prompt));
    const PromptFileResult again = readPromptFile(written, QStringLiteral("written.json"));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.prompt == withoutCacheControl(read.prompt));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 control = input.takeByte();
    const QByteArray file = input.rest();
    const QString name = QString::fromLatin1(fileNames[control % std::size(fileNames)]);

    checkPromptFile(file, name);

    const ImportResult imported = (control & 0x10)
        ? importPrompt(file, name, allImportFormats().at((control >> 5) % allImportFormats().size()))
        : importPrompt(file, name);
    if (!imported.ok()) {
        FUZZ_CHECK(imported.error.startsWith(name + QLatin1Char(':')));
        return 0;
    }
    checkPromptToolsRoundTrip(imported);
    return 0;
}
