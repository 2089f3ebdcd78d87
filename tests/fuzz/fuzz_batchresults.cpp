// Batch results and the CLI's batch state file: a body split into lines the same way however it arrives in
// pieces, and each line read as a result of either API or refused with a
// reason; a result read names a valid custom_id, and only a success has
// output while every other outcome says why.

#include "api/batchjobs.h"
#include "eval/batchresults.h"
#include "eval/batchrun.h"
#include "fuzzcheck.h"

static QList<pw::LineSplitter::Line> splitInPieces(const QByteArray &body, quint8 seed)
{
    pw::LineSplitter splitter;
    QList<pw::LineSplitter::Line> lines;
    quint32 state = seed * 2654435761u + 1;
    qsizetype pos = 0;
    while (pos < body.size()) {
        state = state * 1103515245u + 12345u;
        const qsizetype length = qMin(qsizetype((state >> 16) % 16), body.size() - pos);
        lines += splitter.feed(QByteArrayView(body).sliced(pos, length));
        pos += length;
    }
    lines += splitter.finish();
    return lines;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 control = input.takeByte();
    const QByteArray body = input.rest();

    pw::LineSplitter whole;
    QList<pw::LineSplitter::Line> lines = whole.feed(body);
    lines += whole.finish();
    FUZZ_CHECK(splitInPieces(body, control) == lines);

    // The CLI's state file: what reads writes back the same, and reads again.
    QString stateError;
    if (const std::optional<pw::BatchState> state = pw::BatchState::fromJson(body, QStringLiteral("s"), &stateError)) {
        const std::optional<pw::BatchState> again = pw::BatchState::fromJson(state->toJson(), QStringLiteral("s"), &stateError);
        FUZZ_CHECK(again && *again == *state);
    } else {
        FUZZ_CHECK(stateError.startsWith(QStringLiteral("s: ")));
    }

    const bool openAi = control & 1;
    for (const pw::LineSplitter::Line &line : lines) {
        FUZZ_CHECK(!line.text.contains('\n') && !line.text.endsWith('\r') && !line.text.trimmed().isEmpty());
        QString error;
        const std::optional<pw::BatchResultLine> result
            = openAi ? pw::parseOpenAiBatchResult(line.text, &error) : pw::parseMessageBatchResult(line.text, &error);
        if (!result) {
            FUZZ_CHECK(!error.isEmpty());
            continue;
        }
        FUZZ_CHECK(pw::isValidCustomId(result->customId));
        if (result->outcome == pw::BatchResultLine::Outcome::Succeeded)
            FUZZ_CHECK(result->error.isEmpty());
        else
            FUZZ_CHECK(!result->error.isEmpty() && result->output.isEmpty());
    }
    return 0;
}
