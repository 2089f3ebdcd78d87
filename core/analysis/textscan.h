#pragma once

#include <QList>
#include <QString>

#include <map>

namespace pw {

// Scanners shared by the templatizer and the checks, so both agree on what is
// code, what is a tag and what is prose.

struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive

    bool contains(qsizetype position) const { return position >= start && position < end; }
    bool overlaps(qsizetype otherStart, qsizetype otherEnd) const { return otherStart < end && start < otherEnd; }
};

// Ranges for "does this overlap anything in the set?" in O(log n): asked
// for every candidate, tag and match of texts that may be megabytes long.
class RangeSet
{
public:
    RangeSet() = default;
    explicit RangeSet(const QList<TextRange> &ranges) { insert(ranges); }

    void insert(qsizetype start, qsizetype end);
    void insert(const QList<TextRange> &ranges);
    bool overlaps(qsizetype start, qsizetype end) const;
    bool contains(qsizetype position) const { return overlaps(position, position + 1); }

private:
    std::map<qsizetype, qsizetype> m_ranges; // start -> end, disjoint
};

// A Markdown fenced block: ``` or ~~~ (three or more) at the start of a line,
// an optional info string ("diff", "python"), and a closing fence of the same
// character at least as long. An unclosed fence runs to the end of the text.
struct FencedCodeBlock
{
    qsizetype start = 0; // the opening fence
    qsizetype end = 0; // after the closing fence (or the end of the text)
    qsizetype contentStart = 0; // the line after the opening fence
    qsizetype contentEnd = 0; // before the newline that precedes the closing fence
    QString info;
    bool closed = false;
};
QList<FencedCodeBlock> fencedCodeBlocks(QStringView text);

// Where the text is code rather than prose: fenced blocks (fences included)
// and inline `code` spans.
QList<TextRange> codeRanges(QStringView text);

// <name attr="v">, </name> or <name/>. Not tags: "a < b", "<3", "<=",
// "<https://…>", "<!-- … -->", "<{{VAR}}>".
struct XmlTag
{
    enum class Kind { Open, Close, SelfClosing };

    Kind kind = Kind::Open;
    qsizetype start = 0;
    qsizetype length = 0;
    QString name;
    bool hasAttributes = false;

    qsizetype end() const { return start + length; }
};
// Tags outside the skipped ranges (usually codeRanges()).
QList<XmlTag> scanXmlTags(QStringView text, const QList<TextRange> &skip);

// HTML elements that never take a closing tag (<br>, <hr>, <img …>).
bool isVoidHtmlElement(QStringView name);

// Opening and closing tags matched like an XML parser that recovers from
// errors: a closing tag closes the nearest open tag of its name, and tags
// opened above it are unclosed. Self-closing tags are left out, and void
// elements (<br>) are never reported as unclosed.
struct TagPairing
{
    struct Pair
    {
        int open = -1; // index into the tags
        int close = -1;
    };
    QList<Pair> pairs; // in order of the closing tags
    QList<int> unclosed; // opening tags never closed, in text order
    QList<int> unopened; // closing tags without an opening tag, in text order
};
TagPairing pairXmlTags(const QList<XmlTag> &tags);

} // namespace pw
