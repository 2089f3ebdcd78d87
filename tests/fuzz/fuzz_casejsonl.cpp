// Test cases from JSON Lines: any input is read or refused with a message
// naming the line; cases read survive a JSON Lines round trip unchanged.

#include "casefuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    return checkImportedCases(pw::importCasesFromJsonLines(bytes, QStringLiteral("fuzz.jsonl")), QLatin1String("fuzz.jsonl:"));
}
