#include "textdiff.h"

#include "difftokenizer.h"
#include "sequencematcher.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <memory>
#include <thread>

namespace pw {

namespace {

// Maps each distinct token text to a small integer, so the diff compares ints.
// Open addressing over views into the two texts: no string is copied.
class TokenInterner
{
public:
    explicit TokenInterner(bool ignoreWhitespace) : m_ignoreWhitespace(ignoreWhitespace)
    {
        // Id 0 is any whitespace when whitespace is ignored; ids 1 to 65536
        // are single UTF-16 units, used directly; longer tokens come after.
        m_table.assign(size_t(1) << 12, Slot());
    }

    // Also collects the distinct {{NAMES}} in order of first appearance.
    std::vector<qint32> internAll(QStringView text, const TokenizedText &tokens, QStringList &variables)
    {
        std::vector<qint32> ids(size_t(tokens.size()));
        const char16_t *units = text.utf16();
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const qsizetype begin = tokens.begin(i);
            const qsizetype length = tokens.end(i) - begin;
            if (m_ignoreWhitespace && tokens.kind(i) == TokenKind::Space) {
                ids[size_t(i)] = 0;
            } else if (length == 1) { // a space, a comma: half of all tokens
                ids[size_t(i)] = 1 + units[begin];
            } else {
                ids[size_t(i)] = intern(text.sliced(begin, length));
                if (tokens.kind(i) == TokenKind::Variable) {
                    const QStringView name = text.sliced(begin + 2, length - 4); // "{{NAME}}"
                    if (!variables.contains(name))
                        variables.append(name.toString());
                }
            }
        }
        return ids;
    }

    // Gives the tokens of another interner this one's ids, and rewrites ids
    // (made by other) to match: then equal tokens of both texts share an id.
    void adopt(const TokenInterner &other, std::vector<qint32> &ids)
    {
        std::vector<qint32> mapping(other.m_entries.size());
        for (size_t i = 0; i < other.m_entries.size(); ++i)
            mapping[i] = intern(other.m_entries[i].text);
        for (qint32 &id : ids) {
            if (id >= firstTableId)
                id = mapping[size_t(id - firstTableId)];
        }
    }

private:
    struct Entry
    {
        QStringView text;
        quint64 key = 0;
    };
    struct Slot
    {
        quint64 key = 0;
        qint32 id = -1;
    };

    // Words of up to eight ASCII letters, most of them, are their own key:
    // one unit per byte, never with the top bit set. Other tokens are keyed
    // by a hash with the top bit set, and checked against their text. So the
    // common case compares two integers and never touches the text again.
    static bool packAscii(QStringView text, quint64 &key)
    {
        if (text.size() > 8)
            return false;
        key = 0;
        const char16_t *units = text.utf16();
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (units[i] >= 0x80 || units[i] == 0)
                return false;
            key |= quint64(units[i]) << (8 * i);
        }
        return true;
    }

    static quint64 hashKey(QStringView text)
    {
        constexpr quint64 multiplier = 0xbf58476d1ce4e5b9ULL;
        const char16_t *units = text.utf16();
        const qsizetype n = text.size();
        quint64 hash = 0x9e3779b97f4a7c15ULL ^ quint64(n);
        qsizetype i = 0;
        for (; i + 4 <= n; i += 4) {
            quint64 chunk;
            std::memcpy(&chunk, units + i, sizeof chunk);
            hash = (hash ^ chunk) * multiplier;
            hash ^= hash >> 31;
        }
        quint64 tail = 0;
        for (; i < n; ++i)
            tail = (tail << 16) | units[i];
        hash = (hash ^ tail) * multiplier;
        return (hash ^ (hash >> 29)) | (quint64(1) << 63);
    }

    static bool sameUnits(QStringView a, QStringView b)
    {
        if (a.size() != b.size())
            return false;
        const char16_t *x = a.utf16();
        const char16_t *y = b.utf16();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (x[i] != y[i])
                return false;
        }
        return true;
    }

    size_t slotOf(quint64 key) const { return size_t((key * 0x9e3779b97f4a7c15ULL) >> m_shift); }

    qint32 intern(QStringView text)
    {
        quint64 key;
        const bool packed = packAscii(text, key);
        if (!packed)
            key = hashKey(text);
        const size_t mask = m_table.size() - 1;
        for (size_t slot = slotOf(key);; slot = (slot + 1) & mask) {
            const Slot &candidate = m_table[slot];
            if (candidate.id < 0) {
                const qint32 id = firstTableId + qint32(m_entries.size());
                m_entries.push_back({text, key});
                m_table[slot] = {key, id};
                if (m_entries.size() * 2 > m_table.size())
                    grow();
                return id;
            }
            if (candidate.key == key && (packed || sameUnits(m_entries[size_t(candidate.id - firstTableId)].text, text)))
                return candidate.id;
        }
    }

    void grow()
    {
        m_table.assign(m_table.size() * 2, Slot());
        --m_shift;
        const size_t mask = m_table.size() - 1;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            size_t slot = slotOf(m_entries[i].key);
            while (m_table[slot].id >= 0)
                slot = (slot + 1) & mask;
            m_table[slot] = {m_entries[i].key, firstTableId + qint32(i)};
        }
    }

    static constexpr qint32 firstTableId = 1 + 0x10000;
    const bool m_ignoreWhitespace;
    std::vector<Slot> m_table; // open addressing, at most half full
    int m_shift = 64 - 12; // slotOf() keeps log2(m_table.size()) bits
    std::vector<Entry> m_entries; // of ids from firstTableId on
};

// A stretch of the diff in element indices (tokens or grapheme clusters).
struct Segment
{
    bool equal = false;
    qint32 left0 = 0, left1 = 0, right0 = 0, right1 = 0;

    qint32 leftCount() const { return left1 - left0; }
    qint32 rightCount() const { return right1 - right0; }
};

std::vector<Segment> segmentsFromRuns(const std::vector<MatchingRun> &runs, qint32 leftSize, qint32 rightSize)
{
    std::vector<Segment> segments;
    segments.reserve(runs.size() * 2 + 1);
    qint32 l = 0, r = 0;
    for (const MatchingRun &run : runs) {
        if (run.left > l || run.right > r)
            segments.push_back({false, l, run.left, r, run.right});
        segments.push_back({true, run.left, run.left + run.length, run.right, run.right + run.length});
        l = run.left + run.length;
        r = run.right + run.length;
    }
    if (l < leftSize || r < rightSize)
        segments.push_back({false, l, leftSize, r, rightSize});
    return segments;
}

// Drops empty segments and joins neighbours of the same kind, so equal and
// changed segments alternate again.
void normalize(std::vector<Segment> &segments)
{
    std::vector<Segment> out;
    out.reserve(segments.size());
    for (const Segment &s : segments) {
        if (s.leftCount() == 0 && s.rightCount() == 0)
            continue;
        if (!out.empty() && out.back().equal == s.equal) {
            out.back().left1 = s.left1;
            out.back().right1 = s.right1;
        } else {
            out.push_back(s);
        }
    }
    segments = std::move(out);
}

// Element i covers [starts[i], starts[i + 1]) of its text.
qsizetype spanLength(const std::vector<qint32> &starts, qint32 first, qint32 last)
{
    return starts[size_t(last)] - starts[size_t(first)];
}

// Neil Fraser's semantic cleanup: an equality no longer than the changes on
// both sides of it is noise to a reader ("confetti"), so it joins them into
// one change. A stack makes it one pass even when merges cascade.
// weight(equality) scales the equality before the comparison; 0 keeps it.
template<typename Weight>
void mergeSmallEqualities(
    std::vector<Segment> &segments, const std::vector<qint32> &leftStarts, const std::vector<qint32> &rightStarts, Weight weight)
{
    const auto size = [&](const Segment &s) {
        return std::max(spanLength(leftStarts, s.left0, s.left1), spanLength(rightStarts, s.right0, s.right1));
    };
    std::vector<Segment> out;
    out.reserve(segments.size());
    for (const Segment &s : segments) {
        out.push_back(s);
        if (s.equal)
            continue;
        while (out.size() >= 3) {
            const Segment &after = out[out.size() - 1];
            const Segment &equality = out[out.size() - 2];
            Segment &before = out[out.size() - 3];
            if (!equality.equal || before.equal)
                break;
            // The weight looks at the equality's tokens: only when it could matter.
            const qsizetype length = size(equality);
            const qsizetype limit = std::min(size(before), size(after));
            if (length > limit)
                break;
            const int factor = weight(equality);
            if (factor == 0 || length * factor > limit)
                break;
            before.left1 = after.left1;
            before.right1 = after.right1;
            out.pop_back();
            out.pop_back();
        }
    }
    segments = std::move(out);
}

struct TokenSide
{
    QStringView text;
    const TokenizedText &tokens;
    const std::vector<qint32> &ids;
};

// How good a place the boundary before token index is for a change to start
// or end: text edges and blank lines are best, then line starts, line ends,
// spaces and punctuation, and last the middle of a run of words.
int boundaryScore(const TokenSide &side, qint32 index)
{
    if (index <= 0 || index >= side.tokens.size())
        return 6;
    const auto text = [&](qint32 i) {
        return side.text.sliced(side.tokens.begin(i), side.tokens.end(i) - side.tokens.begin(i));
    };
    const TokenKind before = side.tokens.kind(index - 1);
    const TokenKind after = side.tokens.kind(index);
    if (before == TokenKind::Space) {
        const qsizetype lineBreaks = text(index - 1).count(u'\n');
        return lineBreaks >= 2 ? 5 : lineBreaks == 1 ? 4 : 2;
    }
    if (after == TokenKind::Space)
        return text(index).contains(u'\n') ? 3 : 2;
    if (before != TokenKind::Word || after != TokenKind::Word)
        return 1;
    return 0;
}

// A pure insertion or deletion between two equalities can often move:
// "a[ b] b c" is also "a b[ b] c" and "a [b ]b c". Choose the place whose
// edges score best (the rightmost on a tie, so a change starts at a word).
void slideChanges(std::vector<Segment> &segments, const TokenSide &left, const TokenSide &right)
{
    constexpr qint32 maxSlide = 64;
    for (size_t i = 1; i + 1 < segments.size(); ++i) {
        Segment &change = segments[i];
        Segment &previous = segments[i - 1];
        Segment &next = segments[i + 1];
        const bool insertion = change.leftCount() == 0;
        if (change.equal || !previous.equal || !next.equal || (!insertion && change.rightCount() != 0))
            continue;
        const TokenSide &side = insertion ? right : left;
        const qint32 begin = insertion ? change.right0 : change.left0;
        const qint32 end = insertion ? change.right1 : change.left1;
        const std::vector<qint32> &ids = side.ids;
        qint32 canGoLeft = 0;
        while (canGoLeft < std::min(previous.leftCount(), maxSlide)
            && ids[size_t(begin - canGoLeft - 1)] == ids[size_t(end - canGoLeft - 1)])
            ++canGoLeft;
        qint32 canGoRight = 0;
        while (
            canGoRight < std::min(next.leftCount(), maxSlide) && ids[size_t(begin + canGoRight)] == ids[size_t(end + canGoRight)])
            ++canGoRight;
        if (canGoLeft == 0 && canGoRight == 0)
            continue;
        qint32 bestShift = 0;
        int bestScore = -1;
        for (qint32 shift = -canGoLeft; shift <= canGoRight; ++shift) {
            const int score = boundaryScore(side, begin + shift) + boundaryScore(side, end + shift);
            if (score >= bestScore) {
                bestScore = score;
                bestShift = shift;
            }
        }
        change.left0 += bestShift;
        change.left1 += bestShift;
        change.right0 += bestShift;
        change.right1 += bestShift;
        previous.left1 += bestShift;
        previous.right1 += bestShift;
        next.left0 += bestShift;
        next.right0 += bestShift;
    }
    normalize(segments);
}

void appendEqual(QList<DiffOp> &ops, TextRange left, TextRange right)
{
    if (left.isEmpty() && right.isEmpty())
        return;
    if (!ops.isEmpty() && ops.constLast().kind == DiffOpKind::Equal) {
        ops.last().left.end = left.end;
        ops.last().right.end = right.end;
        return;
    }
    ops.append({DiffOpKind::Equal, left, right});
}

void appendChange(QList<DiffOp> &ops, TextRange left, TextRange right)
{
    if (!left.isEmpty())
        ops.append({DiffOpKind::Delete, left, {right.begin, right.begin}});
    if (!right.isEmpty())
        ops.append({DiffOpKind::Insert, {left.end, left.end}, right});
}

bool allWhitespace(const TokenizedText &tokens, qint32 first, qint32 last)
{
    for (qint32 i = first; i < last; ++i) {
        if (tokens.kind(i) != TokenKind::Space)
            return false;
    }
    return true;
}

// Replacements larger than this are shown as whole words: a character diff
// of two long paragraphs is noise, and its cost grows with their product.
constexpr qsizetype maxRefinedLength = 2000;

// The units a replacement is refined in: grapheme clusters, except that a
// {{VARIABLE}} or an XML tag stays whole (half a placeholder means nothing).
void cutIntoUnits(QStringView text, std::vector<qint32> &starts, std::vector<qint32> &ids, std::vector<QStringView> &multiUnit)
{
    const auto addUnit = [&](qsizetype begin, qsizetype end) {
        starts.push_back(qint32(begin));
        if (end - begin == 1) {
            ids.push_back(text[begin].unicode());
            return;
        }
        // Ids of longer units start above every UTF-16 code unit. A hunk
        // holds few of them, so a list beats a hash. The index is taken before
        // push_back(), which may move the list (an iterator would dangle).
        const QStringView unit = text.sliced(begin, end - begin);
        const size_t index = size_t(std::find(multiUnit.cbegin(), multiUnit.cend(), unit) - multiUnit.cbegin());
        if (index == multiUnit.size())
            multiUnit.push_back(unit);
        ids.push_back(0x10000 + qint32(index));
    };
    const auto addClusters = [&](qsizetype begin, qsizetype end, GraphemeCursor &graphemes) {
        for (qsizetype pos = begin; pos < end;) {
            const qsizetype next = graphemes.clusterEnd(pos);
            addUnit(pos, next);
            pos = next;
        }
    };
    GraphemeCursor graphemes(text);
    if (!text.contains(u'{') && !text.contains(u'<')) {
        addClusters(0, text.size(), graphemes); // no variable or tag possible
    } else {
        const TokenizedText tokens = tokenize(text);
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if (tokens.kind(t) == TokenKind::Variable || tokens.kind(t) == TokenKind::XmlTag)
                addUnit(tokens.begin(t), tokens.end(t));
            else
                addClusters(tokens.begin(t), tokens.end(t), graphemes);
        }
    }
    starts.push_back(qint32(text.size()));
}

// The character-level steps inside one replacement, or an empty list when
// they would not help a reader (nothing meaningful in common).
std::optional<QList<DiffOp>> refineReplacement(
    const TextDiff &diff, TextRange leftRange, TextRange rightRange, const CancelToken &cancel)
{
    const QStringView left = QStringView(diff.left).sliced(leftRange.begin, leftRange.length());
    const QStringView right = QStringView(diff.right).sliced(rightRange.begin, rightRange.length());
    std::vector<qint32> leftStarts, leftIds, rightStarts, rightIds;
    std::vector<QStringView> multiUnit;
    cutIntoUnits(left, leftStarts, leftIds, multiUnit);
    cutIntoUnits(right, rightStarts, rightIds, multiUnit);
    const std::optional<std::vector<MatchingRun>> runs = matchSequences(leftIds, rightIds, cancel);
    if (!runs)
        return std::nullopt;
    std::vector<Segment> segments = segmentsFromRuns(*runs, qint32(leftIds.size()), qint32(rightIds.size()));
    mergeSmallEqualities(segments, leftStarts, rightStarts, [](const Segment &) { return 1; });
    qsizetype equalLength = 0;
    for (const Segment &s : segments) {
        if (s.equal)
            equalLength += spanLength(leftStarts, s.left0, s.left1);
    }
    // Worth showing only when most of the text stayed: "colo[-u-]r", not "[-be-]{+del+}ta".
    if (equalLength * 2 <= std::max(left.size(), right.size()))
        return QList<DiffOp>();
    QList<DiffOp> ops;
    for (const Segment &s : segments) {
        const TextRange l {leftRange.begin + leftStarts[size_t(s.left0)], leftRange.begin + leftStarts[size_t(s.left1)]};
        const TextRange r {rightRange.begin + rightStarts[size_t(s.right0)], rightRange.begin + rightStarts[size_t(s.right1)]};
        if (s.equal)
            appendEqual(ops, l, r);
        else
            appendChange(ops, l, r);
    }
    return ops;
}

void appendStep(QList<DiffOp> &ops, const DiffOp &step)
{
    if (step.kind == DiffOpKind::Equal)
        appendEqual(ops, step.left, step.right);
    else
        ops.append(step);
}

// Refines the replacements among ops [from, to) into out.
bool refineRange(const TextDiff &diff, qsizetype from, qsizetype to, QList<DiffOp> &out, const CancelToken &cancel)
{
    for (qsizetype i = from; i < to; ++i) {
        const DiffOp &op = diff.ops[i];
        const bool replacement = op.kind == DiffOpKind::Delete && i + 1 < to && diff.ops[i + 1].kind == DiffOpKind::Insert;
        if (replacement && op.left.length() <= maxRefinedLength && diff.ops[i + 1].right.length() <= maxRefinedLength) {
            const std::optional<QList<DiffOp>> refined = refineReplacement(diff, op.left, diff.ops[i + 1].right, cancel);
            if (!refined)
                return false;
            if (!refined->isEmpty()) {
                for (const DiffOp &step : *refined)
                    appendStep(out, step);
                ++i;
                continue;
            }
        }
        appendStep(out, op);
    }
    return true;
}

// Large diffs refine their second half on another thread.
bool refine(TextDiff &diff, const CancelToken &cancel)
{
    const qsizetype count = diff.ops.size();
    diff.refinedOps.reserve(count);
    qsizetype middle = count / 2;
    while (middle < count && diff.ops[middle].kind != DiffOpKind::Equal)
        ++middle; // never between the two halves of a replacement
    constexpr qsizetype parallelFrom = 1024;
    if (count < parallelFrom || middle >= count)
        return refineRange(diff, 0, count, diff.refinedOps, cancel);
    QList<DiffOp> second;
    bool secondDone = false;
    std::thread worker([&] { secondDone = refineRange(diff, middle, count, second, cancel); });
    const bool firstDone = refineRange(diff, 0, middle, diff.refinedOps, cancel);
    worker.join();
    if (!firstDone || !secondDone)
        return false;
    for (const DiffOp &step : std::as_const(second))
        appendStep(diff.refinedOps, step);
    return true;
}

QStringList distinctVariables(QStringView text, const TokenizedText &tokens)
{
    QStringList names;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.kind(i) != TokenKind::Variable)
            continue;
        // The token is "{{NAME}}".
        const QStringView name = text.sliced(tokens.begin(i) + 2, tokens.end(i) - tokens.begin(i) - 4);
        if (!names.contains(name))
            names.append(name.toString());
    }
    return names;
}

QStringList distinctVariables(QStringView text)
{
    return distinctVariables(text, tokenize(text));
}

} // namespace

std::optional<TextDiff> diffTexts(
    const QString &left, const QString &right, const DiffOptions &options, const CancelToken &cancel)
{
    TextDiff diff;
    diff.left = left;
    diff.right = right;
    if (left == right) {
        appendEqual(diff.ops, {0, left.size()}, {0, right.size()});
        diff.refinedOps = diff.ops;
        diff.leftVariables = diff.rightVariables = distinctVariables(left);
        return diff;
    }

    // Each side is tokenized and interned on its own; large inputs do the
    // right side on a second thread, which halves this linear part.
    struct Side
    {
        TokenizedText tokens;
        std::unique_ptr<TokenInterner> interner;
        std::vector<qint32> ids;
        QStringList variables;
    };
    const auto prepare = [&options](const QString &text) {
        Side side;
        side.tokens = tokenize(text);
        side.interner = std::make_unique<TokenInterner>(options.ignoreWhitespace);
        side.ids = side.interner->internAll(text, side.tokens, side.variables);
        return side;
    };
    constexpr qsizetype parallelFrom = 64 * 1024;
    Side leftSide, rightSide;
    if (left.size() + right.size() >= parallelFrom) {
        std::thread worker([&] { rightSide = prepare(right); });
        leftSide = prepare(left);
        worker.join();
    } else {
        leftSide = prepare(left);
        rightSide = prepare(right);
    }
    leftSide.interner->adopt(*rightSide.interner, rightSide.ids);
    if (cancel.isCanceled())
        return std::nullopt;
    const TokenizedText &leftTokens = leftSide.tokens;
    const TokenizedText &rightTokens = rightSide.tokens;
    const std::vector<qint32> &leftIds = leftSide.ids;
    const std::vector<qint32> &rightIds = rightSide.ids;
    diff.leftVariables = std::move(leftSide.variables);
    diff.rightVariables = std::move(rightSide.variables);

    std::vector<Segment> segments;
    {
        const std::optional<std::vector<MatchingRun>> runs = matchSequences(leftIds, rightIds, cancel);
        if (!runs)
            return std::nullopt;
        segments = segmentsFromRuns(*runs, qint32(leftTokens.size()), qint32(rightTokens.size()));
    }
    for (const Segment &s : segments) {
        if (s.equal)
            continue;
        for (qint32 i = s.left0; i < s.left1; ++i)
            diff.wordsRemoved += leftTokens.kind(i) == TokenKind::Word ? 1 : 0;
        for (qint32 i = s.right0; i < s.right1; ++i)
            diff.wordsAdded += rightTokens.kind(i) == TokenKind::Word ? 1 : 0;
    }

    slideChanges(segments, {left, leftTokens, leftIds}, {right, rightTokens, rightIds});
    // Fraser's rule is made for characters, where short equalities are mostly
    // chance. Between words, only spaces and punctuation are chance: an equal
    // word must be much shorter than its neighbours to be joined ("to" between
    // two rewritten clauses), and a line break is structure, never joined.
    const auto weight = [&](const Segment &equality) {
        int factor = 1;
        for (qint32 i = equality.left0; i < equality.left1; ++i) {
            switch (leftTokens.kind(i)) {
            case TokenKind::Space:
                if (QStringView(left).sliced(leftTokens.begin(i), leftTokens.end(i) - leftTokens.begin(i)).contains(u'\n'))
                    return 0;
                break;
            case TokenKind::Symbol:
                break;
            case TokenKind::Word:
            case TokenKind::Variable:
            case TokenKind::XmlTag:
                factor = 3;
                break;
            }
        }
        return factor;
    };
    mergeSmallEqualities(segments, leftTokens.starts, rightTokens.starts, weight);

    diff.ops.reserve(qsizetype(segments.size()) + 8);
    for (const Segment &s : segments) {
        const TextRange l {leftTokens.begin(s.left0), leftTokens.begin(s.left1)};
        const TextRange r {rightTokens.begin(s.right0), rightTokens.begin(s.right1)};
        if (s.equal
            || (options.ignoreWhitespace && allWhitespace(leftTokens, s.left0, s.left1)
                && allWhitespace(rightTokens, s.right0, s.right1))) {
            appendEqual(diff.ops, l, r);
        } else {
            ++diff.changes;
            appendChange(diff.ops, l, r);
        }
    }
    if (options.refineCharacters) {
        if (!refine(diff, cancel))
            return std::nullopt;
    } else {
        diff.refinedOps = diff.ops;
    }
    return diff;
}

TextDiff insertedText(const QString &right)
{
    TextDiff diff;
    diff.right = right;
    if (!right.isEmpty()) {
        diff.ops.append({DiffOpKind::Insert, {0, 0}, {0, right.size()}});
        diff.changes = 1;
        const TokenizedText tokens = tokenize(right);
        diff.wordsAdded = std::count(tokens.kinds.cbegin(), tokens.kinds.cend(), TokenKind::Word);
        diff.rightVariables = distinctVariables(right, tokens);
    }
    diff.refinedOps = diff.ops;
    return diff;
}

TextDiff deletedText(const QString &left)
{
    TextDiff diff;
    diff.left = left;
    if (!left.isEmpty()) {
        diff.ops.append({DiffOpKind::Delete, {0, left.size()}, {0, 0}});
        diff.changes = 1;
        const TokenizedText tokens = tokenize(left);
        diff.wordsRemoved = std::count(tokens.kinds.cbegin(), tokens.kinds.cend(), TokenKind::Word);
        diff.leftVariables = distinctVariables(left, tokens);
    }
    diff.refinedOps = diff.ops;
    return diff;
}

QString toMarkedText(const TextDiff &diff, const QList<DiffOp> &ops)
{
    QString out;
    for (const DiffOp &op : ops) {
        switch (op.kind) {
        case DiffOpKind::Equal:
            out += diff.leftText(op);
            break;
        case DiffOpKind::Delete:
            out += u"[-" + diff.leftText(op) + u"-]";
            break;
        case DiffOpKind::Insert:
            out += u"{+" + diff.rightText(op) + u"+}";
            break;
        }
    }
    return out;
}

} // namespace pw
