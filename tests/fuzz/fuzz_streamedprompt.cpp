// The prompt read from a streaming tool answer: any text, cut anywhere, is
// read without a crash; and a whole prompt-tools body gives exactly the
// prompt the JSON reader finds in it.

#include "fuzzcheck.h"
#include "prompt/promptjson.h"
#include "prompt/streamedprompt.h"

#include <QJsonDocument>

using namespace pw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 cuts = input.takeByte();
    const QString text = QString::fromUtf8(input.rest());

    for (int cut = 0; cut <= cuts % 8; ++cut) {
        const qsizetype length = text.size() * cut / 8;
        const std::optional<Prompt> prompt = streamedPrompt(QStringView(text).first(length));
        if (prompt)
            FUZZ_CHECK(prompt->messages.size() <= length);
    }

    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return 0;
    const PromptParseResult parsed = promptFromJson(json.object());
    if (!parsed.ok())
        return 0;
    const QString body = QString::fromUtf8(QJsonDocument(promptToJson(parsed.prompt)).toJson(QJsonDocument::Compact));
    const std::optional<Prompt> streamed = streamedPrompt(body);
    FUZZ_CHECK(streamed);
    FUZZ_CHECK(streamed->system == parsed.prompt.system);
    FUZZ_CHECK(streamed->messages.size() == parsed.prompt.messages.size());
    for (qsizetype i = 0; i < streamed->messages.size(); ++i) {
        FUZZ_CHECK(streamed->messages.at(i).role == parsed.prompt.messages.at(i).role);
        FUZZ_CHECK(streamed->messages.at(i).text() == parsed.prompt.messages.at(i).text());
    }
    return 0;
}
