// .promptwerk documents: a file that reads is written back, read again and
// written again as the same bytes and the same document; a file that does not
// read is refused with a message naming it, and nothing of it is kept.

#include "document/documentfile.h"
#include "fuzzcheck.h"

using namespace pw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const DocumentReadResult read = parseDocument(file, QStringLiteral("a.promptwerk"));
    if (!read.ok()) {
        FUZZ_CHECK(read.error.startsWith(QLatin1String("a.promptwerk:")));
        FUZZ_CHECK(read.document == PromptDocument());
        return 0;
    }
    const QByteArray written = serializeDocument(read.document);
    const DocumentReadResult again = parseDocument(written, QStringLiteral("b.promptwerk"));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.document == read.document);
    FUZZ_CHECK(serializeDocument(again.document) == written);
    return 0;
}
