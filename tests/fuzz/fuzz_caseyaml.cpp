// Test cases from a promptfoo YAML config: any input (deep nesting, aliases
// that expand, broken UTF-8) is read or refused with a message naming the
// file; cases read survive a JSON Lines round trip unchanged. File
// references are not followed here (no base directory).

#include "casefuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    return checkImportedCases(
        pw::importCasesFromPromptfooYaml(bytes, QStringLiteral("fuzz.yaml"), QString()), QLatin1String("fuzz.yaml"));
}
