#include "cli.h"
#include "commands.h"
#include "diff/diffjson.h"
#include "diff/promptdiff.h"
#include "prompt/promptjson.h"

#include <cstdio>
#include <malloc.h>
#include <thread>
#include <unistd.h>

// promptwerk-cli diff A B [--json]
//
// Exits 0 whether or not the prompts differ (a comparison is not a check;
// scripts read the summary or the JSON), 2 when an input cannot be read or
// parsed. This is unlike git diff --exit-code on purpose.

namespace pw::cli {

namespace {

// Reads and parses both inputs; parsing (UTF-8 checks and decoding) runs on
// two threads for large files. Errors name the file, A before B.
std::optional<std::pair<Prompt, Prompt>> readPrompts(Context &context)
{
    const QString leftPath = context.args.value(0);
    const QString rightPath = context.args.value(1);
    const std::optional<QByteArray> leftData = context.readInput(leftPath);
    if (!leftData)
        return std::nullopt;
    const std::optional<QByteArray> rightData = context.readInput(rightPath);
    if (!rightData)
        return std::nullopt;
    PromptFileResult left, right;
    const auto parseRight = [&] {
        right = readPromptFile(*rightData, Context::inputName(rightPath));
    };
    if (leftData->size() + rightData->size() >= 256 * 1024) {
        std::thread worker(parseRight);
        left = readPromptFile(*leftData, Context::inputName(leftPath));
        worker.join();
    } else {
        left = readPromptFile(*leftData, Context::inputName(leftPath));
        parseRight();
    }
    for (const PromptFileResult *file : {&left, &right}) {
        if (!file->ok()) {
            context.fail(ExitUsage, file->error);
            return std::nullopt;
        }
    }
    return std::make_pair(std::move(left.prompt), std::move(right.prompt));
}

// git diff --word-diff=plain markers, coloured when writing to a terminal.
struct Markup
{
    explicit Markup(bool colour) : colour(colour) { }

    QString deleted(QStringView text) const { return paint(u"31", u"[-" + text + u"-]"); }
    QString inserted(QStringView text) const { return paint(u"32", u"{+" + text + u"+}"); }
    QString heading(const QString &text) const { return paint(u"1", text); }
    QString dim(const QString &text) const { return paint(u"2", text); }

    // An SGR escape sequence around text, only on a terminal.
    QString paint(QStringView code, const QString &text) const
    {
        return colour ? u"\x1b[" + code + u'm' + text + u"\x1b[0m" : text;
    }

    const bool colour;
};

struct MarkedLine
{
    QString text;
    bool changed = false;
};

// Renders a section as lines; a marker spanning lines is closed at each line
// end and reopened on the next, so every line reads (and colours) on its own.
QList<MarkedLine> markedLines(const TextDiff &diff, const Markup &markup)
{
    QList<MarkedLine> lines(1);
    const auto add = [&](QStringView text, DiffOpKind kind) {
        while (true) {
            const qsizetype newline = text.indexOf(u'\n');
            const QStringView piece = newline < 0 ? text : text.first(newline);
            if (!piece.isEmpty()) {
                MarkedLine &line = lines.last();
                switch (kind) {
                case DiffOpKind::Equal:
                    line.text += piece;
                    break;
                case DiffOpKind::Delete:
                    line.text += markup.deleted(piece);
                    line.changed = true;
                    break;
                case DiffOpKind::Insert:
                    line.text += markup.inserted(piece);
                    line.changed = true;
                    break;
                }
            }
            if (newline < 0)
                return;
            if (kind != DiffOpKind::Equal && piece.isEmpty()) {
                // Only a line break changed here: make it visible.
                lines.last().text += kind == DiffOpKind::Delete ? markup.deleted(u"↵") : markup.inserted(u"↵");
                lines.last().changed = true;
            }
            lines.append(MarkedLine());
            text = text.sliced(newline + 1);
        }
    };
    for (const DiffOp &op : diff.ops)
        add(op.kind == DiffOpKind::Insert ? diff.rightText(op) : diff.leftText(op), op.kind);
    if (lines.size() > 1 && lines.last().text.isEmpty())
        lines.removeLast();
    return lines;
}

QString sectionHeading(const SectionDiff &section)
{
    switch (section.status) {
    case SectionDiff::Status::Added:
        if (section.movedFrom >= 0)
            return QStringLiteral("%1 (moved from message %2)").arg(section.rightTitle()).arg(section.movedFrom + 1);
        return section.rightTitle() + QStringLiteral(" (added)");
    case SectionDiff::Status::Removed:
        if (section.movedTo >= 0)
            return QStringLiteral("%1 (moved to message %2)").arg(section.leftTitle()).arg(section.movedTo + 1);
        return section.leftTitle() + QStringLiteral(" (removed)");
    case SectionDiff::Status::Changed:
    case SectionDiff::Status::Unchanged:
        break;
    }
    if (section.leftTitle() != section.rightTitle())
        return section.leftTitle() + QStringLiteral(" → ") + section.rightTitle();
    return section.leftTitle();
}

QString variableDetails(const DiffSummary &summary)
{
    QStringList parts;
    if (!summary.variablesAdded.isEmpty())
        parts.append(QStringLiteral("added ") + summary.variablesAdded.join(QStringLiteral(", ")));
    if (!summary.variablesRemoved.isEmpty())
        parts.append(QStringLiteral("removed ") + summary.variablesRemoved.join(QStringLiteral(", ")));
    QStringList renames;
    for (const VariableRename &rename : summary.variablesRenamed)
        renames.append(rename.from + QStringLiteral(" → ") + rename.to);
    if (!renames.isEmpty())
        parts.append(QStringLiteral("renamed ") + renames.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

void printReadable(QTextStream &out, const PromptDiff &diff, const Markup &markup)
{
    // Lines around a change that are shown for orientation.
    constexpr qsizetype context = 1;
    for (const SectionDiff &section : diff.sections) {
        if (section.status == SectionDiff::Status::Unchanged)
            continue;
        out << markup.heading(QStringLiteral("## ") + sectionHeading(section)) << '\n';
        if (section.isMoved())
            continue; // the same text is shown where it was added or removed
        const QList<MarkedLine> lines = markedLines(section.diff, markup);
        qsizetype lastShown = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            bool nearChange = false;
            for (qsizetype j = std::max<qsizetype>(0, i - context); j <= std::min(lines.size() - 1, i + context); ++j)
                nearChange = nearChange || lines[j].changed;
            if (!nearChange)
                continue;
            if (i > lastShown + 1)
                out << markup.dim(QStringLiteral("... line %1").arg(i + 1)) << '\n';
            out << lines[i].text << '\n';
            lastShown = i;
        }
        out << '\n';
    }
    if (!diff.hasChanges())
        out << "No differences.\n";
    out << markup.heading(QStringLiteral("Summary: ")) << diff.summary.toString() << '\n';
    const QString variables = variableDetails(diff.summary);
    if (!variables.isEmpty())
        out << "Variables: " << variables << '\n';
}

} // namespace

int runDiff(Context &context)
{
    // glibc gives every freed block over 128 KiB back to the kernel, so each
    // of the diff's large buffers is page-faulted in afresh. Keeping freed
    // memory for reuse cuts a third of those faults on a 1 MiB pair.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    const std::optional<std::pair<Prompt, Prompt>> prompts = readPrompts(context);
    if (!prompts)
        return ExitUsage;
    const std::optional<PromptDiff> diff = diffPrompts(prompts->first, prompts->second);
    if (!diff)
        return context.fail(ExitInterrupted, QStringLiteral("diff interrupted"));
    if (context.options.json) {
        context.out().flush();
        writePromptDiffJson(*diff, [](QByteArrayView piece) { std::fwrite(piece.data(), 1, size_t(piece.size()), stdout); });
        std::fflush(stdout);
    } else {
        printReadable(context.out(), *diff, Markup(isatty(STDOUT_FILENO) == 1));
        context.out().flush();
    }
    return diff->hasChanges() ? ExitDifferences : ExitOk;
}

} // namespace pw::cli
