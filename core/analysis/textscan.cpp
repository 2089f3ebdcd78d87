#include "textscan.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pw {

namespace {

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // before the newline
    qsizetype next = 0; // start of the following line
};

Line lineAt(QStringView text, qsizetype start)
{
    qsizetype end = text.indexOf(u'\n', start);
    if (end < 0)
        return {start, text.size(), text.size()};
    return {start, end, end + 1};
}

qsizetype skipIndent(QStringView text, qsizetype position, qsizetype end)
{
    while (position < end && (text[position] == u' ' || text[position] == u'\t'))
        ++position;
    return position;
}

qsizetype runLength(QStringView text, qsizetype position, qsizetype end, QChar c)
{
    qsizetype length = 0;
    while (position + length < end && text[position + length] == c)
        ++length;
    return length;
}

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Inline `code` spans in one stretch of prose: a run of n backticks up to the
// next run of exactly n, within one paragraph.
void appendInlineCode(QStringView text, qsizetype from, qsizetype to, QList<TextRange> &ranges)
{
    qsizetype i = from;
    while (i < to) {
        if (text[i] != u'`') {
            ++i;
            continue;
        }
        const qsizetype n = runLength(text, i, to, u'`');
        qsizetype j = i + n;
        qsizetype closing = -1;
        while (j < to) {
            if (text[j] == u'`') {
                const qsizetype m = runLength(text, j, to, u'`');
                if (m == n) {
                    closing = j;
                    break;
                }
                j += m;
                continue;
            }
            if (text[j] == u'\n' && j + 1 < to && text[j + 1] == u'\n')
                break;
            ++j;
        }
        if (closing < 0) {
            i += n;
            continue;
        }
        ranges.append({i, closing + n});
        i = closing + n;
    }
}

} // namespace

void RangeSet::insert(qsizetype start, qsizetype end)
{
    if (end <= start)
        return;
    auto it = m_ranges.upper_bound(start);
    if (it != m_ranges.begin() && std::prev(it)->second >= start) {
        it = std::prev(it);
        start = it->first;
    }
    while (it != m_ranges.end() && it->first <= end) {
        end = std::max(end, it->second);
        it = m_ranges.erase(it);
    }
    m_ranges.emplace(start, end);
}

void RangeSet::insert(const QList<TextRange> &ranges)
{
    for (const TextRange &range : ranges)
        insert(range.start, range.end);
}

bool RangeSet::overlaps(qsizetype start, qsizetype end) const
{
    if (end <= start)
        return false;
    const auto after = m_ranges.upper_bound(start);
    if (after != m_ranges.end() && after->first < end)
        return true;
    return after != m_ranges.begin() && std::prev(after)->second > start;
}

QList<FencedCodeBlock> fencedCodeBlocks(QStringView text)
{
    QList<FencedCodeBlock> blocks;
    qsizetype position = 0;
    while (position < text.size()) {
        const Line opening = lineAt(text, position);
        const qsizetype fenceStart = skipIndent(text, opening.start, opening.end);
        const QChar fenceChar = fenceStart < opening.end ? text[fenceStart] : QChar();
        const qsizetype fenceLength
            = (fenceChar == u'`' || fenceChar == u'~') ? runLength(text, fenceStart, opening.end, fenceChar) : 0;
        const QStringView info = text.mid(fenceStart + fenceLength, opening.end - fenceStart - fenceLength).trimmed();
        if (fenceLength < 3 || (fenceChar == u'`' && info.contains(u'`'))) {
            position = opening.next;
            continue;
        }

        FencedCodeBlock block;
        block.start = fenceStart;
        block.info = info.toString();
        block.contentStart = opening.next;
        block.contentEnd = text.size();
        block.end = text.size();
        qsizetype lineStart = opening.next;
        while (lineStart < text.size()) {
            const Line line = lineAt(text, lineStart);
            const qsizetype closeStart = skipIndent(text, line.start, line.end);
            const qsizetype closeLength = runLength(text, closeStart, line.end, fenceChar);
            if (closeLength >= fenceLength && isBlank(text.mid(closeStart + closeLength, line.end - closeStart - closeLength))) {
                block.closed = true;
                block.contentEnd = std::max(block.contentStart, line.start - 1);
                block.end = closeStart + closeLength;
                break;
            }
            lineStart = line.next;
        }
        blocks.append(block);
        position = block.closed ? lineAt(text, block.end).next : text.size();
    }
    return blocks;
}

QList<TextRange> codeRanges(QStringView text)
{
    QList<TextRange> ranges;
    qsizetype prose = 0;
    for (const FencedCodeBlock &block : fencedCodeBlocks(text)) {
        appendInlineCode(text, prose, block.start, ranges);
        ranges.append({block.start, block.end});
        prose = block.end;
    }
    appendInlineCode(text, prose, text.size(), ranges);
    return ranges;
}

QList<XmlTag> scanXmlTags(QStringView text, const QList<TextRange> &skip)
{
    // Attributes must be name=value, so "x<y and y>z" is not a tag, and a
    // bare "<" followed by a space never is.
    static const QRegularExpression tagPattern(QStringLiteral(
        R"(<(/?)([A-Za-z][A-Za-z0-9_.:-]*)((?:\s+[A-Za-z_:][-\w:.]*\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'=<>`]+))*)\s*(/?)>)"));
    // One global match over the text: an anchored match per "<" would have
    // PCRE2 check the whole text's UTF-16 each time. A tag never contains
    // another "<", so matches cannot hide one another.
    const RangeSet skipped(skip);
    QList<XmlTag> tags;
    for (const QRegularExpressionMatch &match : tagPattern.globalMatch(text)) {
        const bool closing = !match.capturedView(1).isEmpty();
        const bool selfClosing = !match.capturedView(4).isEmpty();
        const bool hasAttributes = !match.capturedView(3).trimmed().isEmpty();
        if (skipped.contains(match.capturedStart()) || (closing && (selfClosing || hasAttributes)))
            continue;
        XmlTag tag;
        tag.kind = closing ? XmlTag::Kind::Close : (selfClosing ? XmlTag::Kind::SelfClosing : XmlTag::Kind::Open);
        tag.start = match.capturedStart();
        tag.length = match.capturedLength();
        tag.name = match.captured(2);
        tag.hasAttributes = hasAttributes;
        tags.append(tag);
    }
    return tags;
}

bool isVoidHtmlElement(QStringView name)
{
    static const QStringList voidElements {QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"),
        QStringLiteral("col"), QStringLiteral("embed"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("input"),
        QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("wbr")};
    return voidElements.contains(name.toString().toLower());
}

TagPairing pairXmlTags(const QList<XmlTag> &tags)
{
    TagPairing pairing;
    QList<int> open; // indices into tags, innermost last
    // For each name, where its open tags sit in `open`: a closing tag finds
    // its partner without walking the stack, so thousands of unclosed tags
    // cost linear time.
    QHash<QString, QList<qsizetype>> openByName;
    for (int i = 0; i < tags.size(); ++i) {
        const XmlTag &tag = tags[i];
        if (tag.kind == XmlTag::Kind::SelfClosing)
            continue;
        if (tag.kind == XmlTag::Kind::Open) {
            openByName[tag.name].append(open.size());
            open.append(i);
            continue;
        }
        const auto partner = openByName.find(tag.name);
        if (partner == openByName.end() || partner->isEmpty()) {
            pairing.unopened.append(i);
            continue;
        }
        const qsizetype match = partner->last();
        // Tags opened after the partner stay unclosed; each is the latest of its name.
        for (qsizetype k = open.size() - 1; k >= match; --k)
            openByName[tags[open[k]].name].removeLast();
        for (qsizetype k = match + 1; k < open.size(); ++k)
            pairing.unclosed.append(open[k]);
        pairing.pairs.append({open[match], i});
        open.resize(match);
    }
    pairing.unclosed.append(open);
    // <br> needs no closing tag, but <input>…</input> is a pair like any other.
    pairing.unclosed.removeIf([&](int i) { return isVoidHtmlElement(tags[i].name); });
    std::sort(pairing.unclosed.begin(), pairing.unclosed.end());
    return pairing;
}

} // namespace pw
