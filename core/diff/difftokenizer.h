#pragma once

#include <QStringView>

#include <vector>

namespace pw {

// Finds grapheme cluster boundaries (what a reader sees as one character:
// "e" + combining accent, an emoji ZWJ sequence, a surrogate pair, CR LF).
// A diff never cuts inside a cluster. ASCII text takes a fast path; runs of
// other characters go through QTextBoundaryFinder once per run.
class GraphemeCursor
{
public:
    explicit GraphemeCursor(QStringView text) : m_text(text) { }

    // The end of the cluster that starts at position (a cluster boundary).
    qsizetype clusterEnd(qsizetype position);
    // The first code point of the cluster at position.
    char32_t codePointAt(qsizetype position) const;

private:
    QStringView m_text;
    // Boundaries of the last non-ASCII run looked at, ascending, last = run end.
    std::vector<qsizetype> m_runBoundaries;
    qsizetype m_runBegin = -1;
};

enum class TokenKind : quint8 {
    Word, // letters, digits, marks; one CJK/Thai character is a word of its own
    Space, // a run of whitespace, line breaks included
    Variable, // {{NAME}}
    XmlTag, // <document>, </document>, <br/>, <doc id="1">
    Symbol, // one punctuation mark, symbol or emoji (one grapheme cluster)
};

// A text cut into diff tokens. Token i covers [begin(i), end(i)); tokens are
// contiguous and cover the whole text; every boundary is a grapheme boundary.
struct TokenizedText
{
    std::vector<qint32> starts; // size() + 1 entries, the last is the text length
    std::vector<TokenKind> kinds;

    qsizetype size() const { return qsizetype(kinds.size()); }
    qsizetype begin(qsizetype i) const { return starts[size_t(i)]; }
    qsizetype end(qsizetype i) const { return starts[size_t(i) + 1]; }
    TokenKind kind(qsizetype i) const { return kinds[size_t(i)]; }
};

// Texts up to this many UTF-16 units are tokenized; the diff treats longer
// ones as a single token (token offsets are 32-bit to halve their memory).
constexpr qsizetype maxTokenizedLength = 0x7fff'fff0;

TokenizedText tokenize(QStringView text);

// Words as the summary counts them (TokenKind::Word tokens).
qsizetype countWords(QStringView text);

} // namespace pw
