// The word diff of prompts: in every section the edit script rebuilds both
// sides (the equal and delete texts give the left text, the equal and insert
// texts the right one), word-level and refined alike, and so does the JSON
// written for `promptwerk-cli diff --json`. Every message of either side is in
// exactly one section.

#include "diff/diffjson.h"
#include "diff/promptdiff.h"
#include "fuzzcheck.h"
#include "fuzzprompt.h"

#include <QJsonArray>

using namespace pw;

namespace {

QString sideText(const Prompt &prompt, const SectionDiff &section, int index)
{
    if (section.isSystem())
        return prompt.system;
    return index < 0 ? QString() : prompt.messages.at(index).text();
}

void checkScript(const TextDiff &diff, const QList<DiffOp> &ops, bool ignoreWhitespace)
{
    QString left, right;
    qsizetype leftEnd = 0, rightEnd = 0;
    for (const DiffOp &op : ops) {
        FUZZ_CHECK(op.left.begin == leftEnd && op.right.begin == rightEnd);
        FUZZ_CHECK(op.left.end >= op.left.begin && op.right.end >= op.right.begin);
        FUZZ_CHECK(op.left.end <= diff.left.size() && op.right.end <= diff.right.size());
        switch (op.kind) {
        case DiffOpKind::Equal:
            FUZZ_CHECK(ignoreWhitespace || diff.leftText(op) == diff.rightText(op));
            break;
        case DiffOpKind::Delete:
            FUZZ_CHECK(op.right.isEmpty() && !op.left.isEmpty());
            break;
        case DiffOpKind::Insert:
            FUZZ_CHECK(op.left.isEmpty() && !op.right.isEmpty());
            break;
        }
        left += diff.leftText(op);
        right += diff.rightText(op);
        leftEnd = op.left.end;
        rightEnd = op.right.end;
    }
    FUZZ_CHECK(left == diff.left);
    FUZZ_CHECK(right == diff.right);
}

void checkJson(const PromptDiff &diff, const Prompt &left, const Prompt &right, bool refined)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(promptDiffToJson(diff, refined), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QJsonArray sections = json.object().value(QLatin1String("sections")).toArray();
    FUZZ_CHECK(sections.size() == diff.sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QString leftText, rightText;
        for (const QJsonValue &op : sections[i][QLatin1String("ops")].toArray()) {
            const QString kind = op[QLatin1String("op")].toString();
            const QString text = op[QLatin1String("text")].toString();
            if (kind != u"insert")
                leftText += text;
            if (kind != u"delete")
                rightText += op[QLatin1String("rightText")].isString() ? op[QLatin1String("rightText")].toString() : text;
        }
        const SectionDiff &section = diff.sections[i];
        FUZZ_CHECK(leftText == sideText(left, section, section.leftIndex));
        FUZZ_CHECK(rightText == sideText(right, section, section.rightIndex));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 flags = input.takeByte();
    const FuzzText text = takeText(input);
    // U+001D separates the two prompts.
    const qsizetype split = text.text.indexOf(QChar(0x1d));
    const Prompt left = promptFromText(split < 0 ? text.text : text.text.first(split), text.roles);
    const Prompt right = promptFromText(split < 0 ? QString() : text.text.sliced(split + 1), quint8(text.roles >> 3));
    DiffOptions options;
    options.ignoreWhitespace = flags & 1;
    options.refineCharacters = !(flags & 2);

    const std::optional<PromptDiff> diff = diffPrompts(left, right, options);
    FUZZ_CHECK(diff.has_value());
    QList<int> leftSeen(left.messages.size()), rightSeen(right.messages.size());
    for (const SectionDiff &section : diff->sections) {
        FUZZ_CHECK(section.diff.left == sideText(left, section, section.leftIndex));
        FUZZ_CHECK(section.diff.right == sideText(right, section, section.rightIndex));
        checkScript(section.diff, section.diff.ops, options.ignoreWhitespace);
        checkScript(section.diff, section.diff.refinedOps, options.ignoreWhitespace);
        if (section.leftIndex >= 0)
            ++leftSeen[section.leftIndex];
        if (section.rightIndex >= 0)
            ++rightSeen[section.rightIndex];
    }
    FUZZ_CHECK(std::all_of(leftSeen.cbegin(), leftSeen.cend(), [](int n) { return n == 1; }));
    FUZZ_CHECK(std::all_of(rightSeen.cbegin(), rightSeen.cend(), [](int n) { return n == 1; }));
    checkJson(*diff, left, right, false);
    checkJson(*diff, left, right, true);
    return 0;
}
