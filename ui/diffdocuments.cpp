#include "diffdocuments.h"

#include "prompt/variables.h"
#include "uicolors.h"

#include <QPalette>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>

namespace pw {

namespace {

struct Range
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Lines that correspond on both sides: line leftLine on the left and line
// rightLine on the right start together, everything above them is aligned.
struct SyncPoint
{
    int leftLine = 0;
    int rightLine = 0;
    friend bool operator==(const SyncPoint &, const SyncPoint &) = default;
};

// The lines between two sync points: both sides get as many as the longer.
struct Alignment
{
    std::vector<SyncPoint> points; // from {0, 0} to the line counts of both texts
    std::vector<bool> changed; // per stretch between two points
};

enum class LineKind { Plain, Changed, Filler, Heading };

// Everything needed to write one side of one section.
struct SideSpec
{
    QStringView text;
    bool isLeft = true;
    std::vector<Range> strong; // the changed characters within them
    std::vector<Range> variables;
    std::vector<qsizetype> marks; // offsets whose document position is wanted
    std::vector<int> markPositions; // filled in while writing
};

class PaneWriter
{
public:
    PaneWriter(QTextDocument *document, const DiffColors &colors, bool isLeft) : m_cursor(document)
    {
        const QColor lineTint = isLeft ? colors.removedLine : colors.addedLine;
        m_blockFormats[int(LineKind::Plain)] = QTextBlockFormat();
        m_blockFormats[int(LineKind::Changed)].setBackground(lineTint);
        m_blockFormats[int(LineKind::Filler)].setBackground(colors.filler);
        m_blockFormats[int(LineKind::Heading)].setBackground(colors.heading);
        m_blockFormats[int(LineKind::Heading)].setTopMargin(2);
        m_strong.setBackground(isLeft ? colors.removedText : colors.addedText);
        m_variable.setForeground(colors.variable);
        m_variable.setFontUnderline(true);
        m_strongVariable = m_strong;
        m_strongVariable.merge(m_variable);
        m_heading.setFontWeight(QFont::Bold);
        m_cursor.beginEditBlock();
    }
    ~PaneWriter() { m_cursor.endEditBlock(); }

    int position() const { return m_cursor.position(); }

    void startBlock(LineKind kind)
    {
        if (m_firstBlock) {
            m_cursor.setBlockFormat(m_blockFormats[int(kind)]);
            m_firstBlock = false;
        } else {
            m_cursor.insertBlock(m_blockFormats[int(kind)], m_plain);
        }
    }

    void heading(const QString &title)
    {
        startBlock(LineKind::Heading);
        m_cursor.insertText(title, m_heading);
    }

    // Text without line breaks.
    void text(QStringView text, bool strong, bool variable)
    {
        if (text.isEmpty())
            return;
        const QTextCharFormat &format = strong ? (variable ? m_strongVariable : m_strong) : (variable ? m_variable : m_plain);
        m_cursor.insertText(displayText(text, strong), format);
    }

private:
    // QTextDocument breaks blocks at CR and a few other characters too; they
    // must not, or the two sides lose their alignment. A changed CR is shown.
    static QString displayText(QStringView text, bool changed)
    {
        QString shown;
        shown.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'\r')
                shown += changed ? QStringView(u"␍") : QStringView();
            else if (c == QChar::ParagraphSeparator || c.unicode() == 0xfdd0 || c.unicode() == 0xfdd1)
                shown += QChar::ReplacementCharacter;
            else
                shown += c;
        }
        return shown;
    }

    QTextCursor m_cursor;
    bool m_firstBlock = true;
    QTextBlockFormat m_blockFormats[4];
    QTextCharFormat m_plain, m_strong, m_variable, m_strongVariable, m_heading;
};

// Lines align where equal text starts a line on both sides, and after each
// line break that is part of equal text on both sides.
Alignment alignmentOf(const TextDiff &diff)
{
    Alignment alignment;
    alignment.points.push_back({0, 0});
    bool pendingChange = false;
    const auto addPoint = [&](SyncPoint point) {
        if (point == alignment.points.back())
            return;
        alignment.points.push_back(point);
        alignment.changed.push_back(pendingChange);
        pendingChange = false;
    };
    // Line numbers of positions, counted as the walk moves forward.
    struct Counter
    {
        QStringView text;
        qsizetype position = 0;
        int line = 0;
        int lineAt(qsizetype to)
        {
            line += int(text.sliced(position, to - position).count(u'\n'));
            position = to;
            return line;
        }
        bool startsLine(qsizetype at) const { return at == 0 || text[at - 1] == u'\n'; }
    };
    Counter left {diff.left}, right {diff.right};
    for (const DiffOp &op : diff.ops) {
        if (op.kind != DiffOpKind::Equal) {
            pendingChange = true;
            continue;
        }
        const int leftLine = left.lineAt(op.left.begin);
        const int rightLine = right.lineAt(op.right.begin);
        if (left.startsLine(op.left.begin) && right.startsLine(op.right.begin))
            addPoint({leftLine, rightLine});
        const QStringView leftText = diff.leftText(op);
        const QStringView rightText = diff.rightText(op);
        qsizetype l = 0, r = 0;
        while (true) {
            const qsizetype leftBreak = leftText.indexOf(u'\n', l);
            const qsizetype rightBreak = rightText.indexOf(u'\n', r);
            if (leftBreak < 0 || rightBreak < 0)
                break;
            l = leftBreak + 1;
            r = rightBreak + 1;
            addPoint({left.lineAt(op.left.begin + l), right.lineAt(op.right.begin + r)});
        }
    }
    addPoint({int(diff.left.count(u'\n')) + 1, int(diff.right.count(u'\n')) + 1});
    if (pendingChange && !alignment.changed.empty())
        alignment.changed.back() = true;
    return alignment;
}

// Writes text without line breaks, split where the highlighting changes.
void writeSpan(PaneWriter &writer, SideSpec &side, qsizetype pos, qsizetype end, size_t &strong, size_t &variable, size_t &mark)
{
    const auto resolveMarks = [&](qsizetype at) {
        while (mark < side.marks.size() && side.marks[mark] <= at)
            side.markPositions[mark++] = writer.position();
    };
    while (pos < end) {
        resolveMarks(pos);
        while (strong < side.strong.size() && side.strong[strong].end <= pos)
            ++strong;
        while (variable < side.variables.size() && side.variables[variable].end <= pos)
            ++variable;
        const bool inStrong = strong < side.strong.size() && side.strong[strong].begin <= pos;
        const bool inVariable = variable < side.variables.size() && side.variables[variable].begin <= pos;
        qsizetype next = end;
        if (strong < side.strong.size())
            next = std::min(next, inStrong ? side.strong[strong].end : side.strong[strong].begin);
        if (variable < side.variables.size())
            next = std::min(next, inVariable ? side.variables[variable].end : side.variables[variable].begin);
        if (mark < side.marks.size())
            next = std::min(next, side.marks[mark]);
        next = std::max(next, pos + 1);
        writer.text(side.text.sliced(pos, next - pos), inStrong, inVariable);
        pos = next;
    }
    resolveMarks(end);
}

// Writes one side of a section line by line, padding each aligned stretch
// with empty lines up to the other side's count.
void writeSide(PaneWriter &writer, SideSpec &side, const Alignment &alignment, const CancelToken &cancel, bool &canceled)
{
    size_t strong = 0, variable = 0, mark = 0;
    side.markPositions.assign(side.marks.size(), 0);
    const bool emptySide = side.text.isEmpty();
    qsizetype pos = 0;
    for (size_t k = 0; k + 1 < alignment.points.size(); ++k) {
        if (k % 256 == 0 && cancel.isCanceled()) {
            canceled = true;
            return;
        }
        const SyncPoint &from = alignment.points[k];
        const SyncPoint &to = alignment.points[k + 1];
        const int lines = side.isLeft ? to.leftLine - from.leftLine : to.rightLine - from.rightLine;
        const int padded = std::max(to.leftLine - from.leftLine, to.rightLine - from.rightLine);
        const LineKind kind = emptySide ? LineKind::Filler : alignment.changed[k] ? LineKind::Changed : LineKind::Plain;
        for (int i = 0; i < lines; ++i) {
            writer.startBlock(kind);
            qsizetype lineEnd = side.text.indexOf(u'\n', pos);
            if (lineEnd < 0)
                lineEnd = side.text.size();
            writeSpan(writer, side, pos, lineEnd, strong, variable, mark);
            pos = lineEnd + 1;
        }
        for (int f = lines; f < padded; ++f)
            writer.startBlock(LineKind::Filler);
    }
    while (mark < side.marks.size())
        side.markPositions[mark++] = writer.position();
}

std::vector<Range> rangesOf(const QList<DiffOp> &ops, DiffOpKind kind, bool left)
{
    std::vector<Range> ranges;
    for (const DiffOp &op : ops) {
        if (op.kind == kind) {
            const TextRange &r = left ? op.left : op.right;
            ranges.push_back({r.begin, r.end});
        }
    }
    return ranges;
}

std::vector<Range> variableRanges(QStringView text)
{
    std::vector<Range> ranges;
    for (const VariableOccurrence &v : scanVariables(text))
        ranges.push_back({v.location.offset, v.location.offset + v.length});
    return ranges;
}

size_t markIndex(const std::vector<qsizetype> &marks, qsizetype offset)
{
    return size_t(std::lower_bound(marks.begin(), marks.end(), offset) - marks.begin());
}

QString headingFor(const SectionDiff &section, bool left)
{
    const bool present = left ? section.leftIndex >= 0 || section.isSystem() : section.rightIndex >= 0 || section.isSystem();
    const QString title = left ? section.leftTitle() : section.rightTitle();
    if (section.movedTo >= 0)
        return left ? QStringLiteral("%1 · moved to message %2").arg(title).arg(section.movedTo + 1) : QString();
    if (section.movedFrom >= 0)
        return left ? QString() : QStringLiteral("%1 · moved from message %2").arg(title).arg(section.movedFrom + 1);
    if (!present)
        return left ? title + QStringLiteral(" · added") : title + QStringLiteral(" · removed");
    return title;
}

} // namespace

DiffColors DiffColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = uicolors::isDark(palette);
    DiffColors colors;
    colors.removedLine = uicolors::blend(base, uicolors::negative(), dark ? 0.16 : 0.10);
    colors.addedLine = uicolors::blend(base, uicolors::positive(), dark ? 0.16 : 0.10);
    colors.removedText = uicolors::blend(base, uicolors::negative(), dark ? 0.38 : 0.30);
    colors.addedText = uicolors::blend(base, uicolors::positive(), dark ? 0.38 : 0.30);
    colors.filler = uicolors::blend(base, text, 0.05);
    colors.heading = uicolors::blend(base, text, 0.12);
    // The link colour, unless the theme made it hard to read on the base.
    colors.variable = palette.color(QPalette::Link);
    if (uicolors::contrastRatio(colors.variable, base) < 3.0)
        colors.variable = uicolors::blend(uicolors::active(), dark ? QColor(Qt::white) : QColor(Qt::black), 0.25);
    return colors;
}

DiffDocuments::DiffDocuments() = default;
DiffDocuments::~DiffDocuments() = default;
DiffDocuments::DiffDocuments(DiffDocuments &&) noexcept = default;
DiffDocuments &DiffDocuments::operator=(DiffDocuments &&) noexcept = default;

std::unique_ptr<DiffDocuments> buildDiffDocuments(
    const PromptDiff &diff, const DiffDocumentOptions &options, QThread *targetThread, const CancelToken &cancel)
{
    auto result = std::make_unique<DiffDocuments>();
    result->summary = diff.summary;
    result->left = std::make_unique<QTextDocument>();
    result->right = std::make_unique<QTextDocument>();
    for (QTextDocument *document : {result->left.get(), result->right.get()}) {
        document->setUndoRedoEnabled(false);
        document->setDocumentMargin(4);
    }
    {
        PaneWriter leftWriter(result->left.get(), options.colors, true);
        PaneWriter rightWriter(result->right.get(), options.colors, false);
        QList<PlaceholderSpot> leftSpots, rightSpots;
        for (const SectionDiff &section : diff.sections) {
            const TextDiff &textDiff = section.diff;
            if (options.headings) {
                leftWriter.heading(headingFor(section, true));
                rightWriter.heading(headingFor(section, false));
            }
            const Alignment alignment = alignmentOf(textDiff);

            SideSpec left {textDiff.left, true, rangesOf(textDiff.refinedOps, DiffOpKind::Delete, true),
                variableRanges(textDiff.left), {}, {}};
            SideSpec right {textDiff.right, false, rangesOf(textDiff.refinedOps, DiffOpKind::Insert, false),
                variableRanges(textDiff.right), {}, {}};
            // A whole added or removed message is shown by its line tint.
            if (section.status == SectionDiff::Status::Added || section.status == SectionDiff::Status::Removed) {
                left.strong.clear();
                right.strong.clear();
            }

            // Where each change starts, and for each inserted placeholder the
            // text it replaced ("{{NAME}}" against "Ada").
            struct Change
            {
                qsizetype left, right;
            };
            struct Replacement
            {
                Range replaced; // left
                Range by; // right
            };
            std::vector<Change> changes;
            std::vector<Replacement> replacements;
            for (qsizetype i = 0; i < textDiff.ops.size(); ++i) {
                const DiffOp &op = textDiff.ops[i];
                if (op.kind == DiffOpKind::Equal)
                    continue;
                if (i == 0 || textDiff.ops[i - 1].kind == DiffOpKind::Equal)
                    changes.push_back({op.left.begin, op.right.begin});
                if (op.kind == DiffOpKind::Insert && i > 0 && textDiff.ops[i - 1].kind == DiffOpKind::Delete) {
                    const DiffOp &deleted = textDiff.ops[i - 1];
                    replacements.push_back({{deleted.left.begin, deleted.left.end}, {op.right.begin, op.right.end}});
                }
            }
            for (const Change &c : changes) {
                left.marks.push_back(c.left);
                right.marks.push_back(c.right);
            }
            for (const Range &v : left.variables) {
                left.marks.push_back(v.begin);
                left.marks.push_back(v.end);
            }
            for (const Range &v : right.variables) {
                right.marks.push_back(v.begin);
                right.marks.push_back(v.end);
            }
            for (const Replacement &r : replacements) {
                left.marks.push_back(r.replaced.begin);
                left.marks.push_back(r.replaced.end);
            }
            for (SideSpec *side : {&left, &right}) {
                std::sort(side->marks.begin(), side->marks.end());
                side->marks.erase(std::unique(side->marks.begin(), side->marks.end()), side->marks.end());
            }

            bool canceled = false;
            writeSide(leftWriter, left, alignment, cancel, canceled);
            if (!canceled)
                writeSide(rightWriter, right, alignment, cancel, canceled);
            if (canceled)
                return nullptr;

            const auto leftPosition = [&](qsizetype offset) {
                return left.markPositions[markIndex(left.marks, offset)];
            };
            const auto rightPosition = [&](qsizetype offset) {
                return right.markPositions[markIndex(right.marks, offset)];
            };
            for (const Change &c : changes)
                result->changes.append({leftPosition(c.left), rightPosition(c.right)});
            for (const Range &v : left.variables) {
                const QString name = textDiff.left.mid(v.begin + 2, v.end - v.begin - 4);
                leftSpots.append({false, leftPosition(v.begin), leftPosition(v.end), name, -1, -1, {}});
            }
            for (const Range &v : right.variables) {
                PlaceholderSpot spot {true, rightPosition(v.begin), rightPosition(v.end),
                    textDiff.right.mid(v.begin + 2, v.end - v.begin - 4), -1, -1, {}};
                for (const Replacement &r : replacements) {
                    if (r.by.begin <= v.begin && v.end <= r.by.end) {
                        spot.counterpartBegin = leftPosition(r.replaced.begin);
                        spot.counterpartEnd = leftPosition(r.replaced.end);
                        spot.counterpartText = textDiff.left.mid(r.replaced.begin, r.replaced.end - r.replaced.begin);
                    }
                }
                rightSpots.append(spot);
            }
        }
        result->placeholders = leftSpots + rightSpots;
    }
    result->left->moveToThread(targetThread);
    result->right->moveToThread(targetThread);
    return result;
}

} // namespace pw
