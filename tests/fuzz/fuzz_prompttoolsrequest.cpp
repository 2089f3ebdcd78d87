// The server's reading of prompt-tools request bodies: a request it accepts
// is one every engine accepts too, and a refusal names a field
// ("messages[2].content[0]: ..."). The first input byte picks the operation.

#include "fuzzcheck.h"
#include "server/prompttoolsrequest.h"

#include <QRegularExpression>

#include <array>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const pw::Tool tool = std::array {pw::Tool::Generate, pw::Tool::Improve, pw::Tool::Templatize}[data[0] % 3];
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const pw::ToolRequestParse parse = pw::toolRequestFromJson(tool, body);
    if (parse.ok()) {
        FUZZ_CHECK(parse.request.tool == tool);
        FUZZ_CHECK(!pw::invalidRequestError(parse.request, pw::PromptRules::PromptTools).has_value());
        return 0;
    }
    static const QRegularExpression namedField(
        QStringLiteral("^(body(:\\d+:\\d+)?|[a-z_]+(\\[\\d+\\])?(\\.[a-z_]+(\\[\\d+\\])?)*): "));
    // An unknown field is named as the client spelled it, whatever its characters.
    FUZZ_CHECK(namedField.match(parse.error).hasMatch() || parse.error.contains(QLatin1String(": unknown field (")));
    return 0;
}
