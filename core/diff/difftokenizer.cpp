#include "difftokenizer.h"

#include "prompt/variables.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>

namespace pw {

namespace {

enum class CharClass : quint8 { Word, Space, Alone, Symbol };

constexpr std::array<CharClass, 128> makeAsciiClasses()
{
    std::array<CharClass, 128> classes {};
    for (CharClass &c : classes)
        c = CharClass::Symbol;
    for (char c : {'\t', '\n', '\v', '\f', '\r', ' '})
        classes[size_t(c)] = CharClass::Space;
    for (int c = 'a'; c <= 'z'; ++c)
        classes[size_t(c)] = CharClass::Word;
    for (int c = 'A'; c <= 'Z'; ++c)
        classes[size_t(c)] = CharClass::Word;
    for (int c = '0'; c <= '9'; ++c)
        classes[size_t(c)] = CharClass::Word;
    classes[size_t('_')] = CharClass::Word;
    return classes;
}

constexpr std::array<CharClass, 128> asciiClasses = makeAsciiClasses();

// Scripts written without spaces between words: each character is compared
// on its own, otherwise a whole sentence would be one "word".
bool isWrittenWithoutSpaces(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
    case QChar::Script_Yi:
        return true;
    default:
        return false;
    }
}

CharClass classOfCodePoint(char32_t cp)
{
    if (cp < 128)
        return asciiClasses[cp];
    if (QChar::isSpace(cp))
        return CharClass::Space;
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return isWrittenWithoutSpaces(QChar::script(cp)) ? CharClass::Alone : CharClass::Word;
    case QChar::Punctuation_Connector:
        return CharClass::Word;
    default:
        return CharClass::Symbol;
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isTagNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' || c == u':' || c == u'-';
}

// The end of an XML-like tag starting at '<' at position, or -1. Tags longer
// than this are rare in prompts and likely not tags at all.
constexpr qsizetype maxTagLength = 256;
// Longer {{NAMES}} are not looked for (names are identifiers, not prose).
constexpr qsizetype maxVariableLength = 256;

qsizetype xmlTagEnd(QStringView text, qsizetype position)
{
    const qsizetype n = text.size();
    qsizetype i = position + 1;
    if (i < n && text[i] == u'/')
        ++i;
    if (!(i < n && (isAsciiLetter(text[i]) || text[i] == u'_')))
        return -1;
    ++i;
    while (i < n && isTagNameChar(text[i]))
        ++i;
    if (i < n && text[i] == u'>')
        return i + 1;
    if (i + 1 < n && text[i] == u'/' && text[i + 1] == u'>')
        return i + 2;
    if (!(i < n && (text[i] == u' ' || text[i] == u'\t')))
        return -1;
    const qsizetype limit = std::min(n, position + maxTagLength);
    for (; i < limit; ++i) {
        const QChar c = text[i];
        if (c == u'>')
            return i + 1;
        if (c == u'<' || c == u'\n' || c == u'\r')
            return -1;
    }
    return -1;
}

} // namespace

char32_t GraphemeCursor::codePointAt(qsizetype position) const
{
    const QChar c = m_text[position];
    if (c.isHighSurrogate() && position + 1 < m_text.size() && m_text[position + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, m_text[position + 1]);
    return c.unicode();
}

qsizetype GraphemeCursor::clusterEnd(qsizetype position)
{
    const qsizetype n = m_text.size();
    if (position >= n)
        return n;
    const char16_t c = m_text[position].unicode();
    if (c < 0x80) {
        if (position + 1 == n)
            return n;
        const char16_t next = m_text[position + 1].unicode();
        if (next < 0x80)
            return c == u'\r' && next == u'\n' ? position + 2 : position + 1;
    }
    if (m_runBegin < 0 || position < m_runBegin || position >= m_runBoundaries.back()) {
        // An ASCII character always starts a new cluster (apart from LF
        // after CR, handled above), so a run of non-ASCII text with the
        // character before it can be segmented on its own.
        qsizetype runEnd = position + 1;
        while (runEnd < n && m_text[runEnd].unicode() >= 0x80)
            ++runEnd;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, m_text.sliced(position, runEnd - position));
        m_runBoundaries.clear();
        for (qsizetype b = finder.toNextBoundary(); b > 0; b = finder.toNextBoundary())
            m_runBoundaries.push_back(position + b);
        if (m_runBoundaries.empty() || m_runBoundaries.back() != runEnd)
            m_runBoundaries.push_back(runEnd);
        m_runBegin = position;
    }
    return *std::upper_bound(m_runBoundaries.cbegin(), m_runBoundaries.cend(), position);
}

TokenizedText tokenize(QStringView text)
{
    TokenizedText tokens;
    const qsizetype n = text.size();
    if (n == 0) {
        tokens.starts.push_back(0);
        return tokens;
    }
    if (n > maxTokenizedLength) {
        tokens.starts = {0, qint32(maxTokenizedLength)};
        tokens.kinds = {TokenKind::Symbol};
        return tokens;
    }
    // Room for the worst case (a token per unit) means no reallocation and
    // copy; pages never written are never touched, so this costs nothing.
    tokens.starts.reserve(size_t(n + 1));
    tokens.kinds.reserve(size_t(n));

    // The prompt model's own scanner decides what a variable is, so the diff
    // and the variable table always agree. It looks only where "{{" starts
    // one, as scanning the whole text first would cost a pass of its own.
    const char16_t *units = text.utf16();
    const auto variableLengthAt = [&](qsizetype pos) -> qsizetype {
        if (pos + 4 >= n || text[pos + 1] != u'{')
            return 0;
        qsizetype close = 2;
        const qsizetype limit = std::min(n - pos - 1, maxVariableLength);
        while (close < limit && !(units[pos + close] == u'}' && units[pos + close + 1] == u'}'))
            ++close;
        if (close >= limit)
            return 0;
        const QList<VariableOccurrence> found = scanVariables(text.sliced(pos, close + 2));
        return found.size() == 1 && found.front().location.offset == 0 ? found.front().length : 0;
    };

    GraphemeCursor graphemes(text);
    const auto classAt = [&](qsizetype i) {
        const char16_t c = text[i].unicode();
        return c < 0x80 ? asciiClasses[c] : classOfCodePoint(graphemes.codePointAt(i));
    };
    const auto isClusterBoundary = [&](qsizetype i) {
        return i >= n || text[i].unicode() < 0x80 || graphemes.clusterEnd(i - 1) == i;
    };
    const auto addToken = [&tokens](qsizetype begin, TokenKind kind) __attribute__((always_inline))
    {
        tokens.starts.push_back(qint32(begin));
        tokens.kinds.push_back(kind);
    };

    // Plain ASCII prose, most of any prompt, goes through this loop alone.
    // It hands over to the general one below at anything that needs care:
    // non-ASCII text, '{', '<', an apostrophe after a word.
    const auto asciiFastPath = [&](qsizetype pos) -> qsizetype {
        while (pos < n) {
            const char16_t c = units[pos];
            if (c >= 0x80 || c == u'{' || c == u'<')
                return pos;
            const CharClass cls = asciiClasses[c];
            qsizetype end = pos + 1;
            if (cls == CharClass::Word || cls == CharClass::Space) {
                while (end < n && units[end] < 0x80 && asciiClasses[units[end]] == cls)
                    ++end;
            }
            // What follows must start a new cluster (and not continue a word).
            if (end < n && (units[end] >= 0x80 || (cls == CharClass::Word && units[end] == u'\'')))
                return pos;
            addToken(pos,
                cls == CharClass::Word        ? TokenKind::Word
                    : cls == CharClass::Space ? TokenKind::Space
                                              : TokenKind::Symbol);
            pos = end;
        }
        return pos;
    };

    qsizetype pos = 0;
    while (pos < n) {
        pos = asciiFastPath(pos);
        if (pos >= n)
            break;
        if (text[pos] == u'{') {
            const qsizetype length = variableLengthAt(pos);
            if (length > 0 && isClusterBoundary(pos + length)) {
                addToken(pos, TokenKind::Variable);
                pos += length;
                continue;
            }
        }
        if (text[pos] == u'<') {
            const qsizetype end = xmlTagEnd(text, pos);
            // A placeholder inside a tag stays visible as a variable.
            if (end > 0 && !QStringView(text).sliced(pos, end - pos).contains(u"{{") && isClusterBoundary(end)) {
                addToken(pos, TokenKind::XmlTag);
                pos = end;
                continue;
            }
        }
        const CharClass cls = classAt(pos);
        // Runs of ASCII need no grapheme segmentation: an ASCII character
        // followed by one is always a cluster boundary (CR LF stays inside a
        // whitespace run). Only where such a run meets other text does the
        // segmenter decide, as something may attach to the last character.
        const auto asciiRunEnd = [&](qsizetype from, CharClass wanted) {
            qsizetype i = from;
            while (i < n && text[i].unicode() < 0x80 && asciiClasses[text[i].unicode()] == wanted)
                ++i;
            return i < n && text[i].unicode() >= 0x80 && i > from ? graphemes.clusterEnd(i - 1) : i;
        };
        qsizetype end = cls == CharClass::Word || cls == CharClass::Space ? asciiRunEnd(pos, cls) : pos;
        if (end == pos)
            end = graphemes.clusterEnd(pos);
        switch (cls) {
        case CharClass::Space:
            while (end < n && classAt(end) == CharClass::Space)
                end = std::max(asciiRunEnd(end, CharClass::Space), graphemes.clusterEnd(end));
            addToken(pos, TokenKind::Space);
            break;
        case CharClass::Word:
            while (end < n) {
                const CharClass next = classAt(end);
                if (next == CharClass::Word) {
                    end = std::max(asciiRunEnd(end, CharClass::Word), graphemes.clusterEnd(end));
                } else if (isApostrophe(text[end])) {
                    // "don't" and "l’homme" are one word.
                    const qsizetype afterApostrophe = graphemes.clusterEnd(end);
                    if (afterApostrophe < n && classAt(afterApostrophe) == CharClass::Word)
                        end = afterApostrophe;
                    else
                        break;
                } else {
                    break;
                }
            }
            addToken(pos, TokenKind::Word);
            break;
        case CharClass::Alone:
            addToken(pos, TokenKind::Word);
            break;
        case CharClass::Symbol:
            addToken(pos, TokenKind::Symbol);
            break;
        }
        pos = end;
    }
    tokens.starts.push_back(qint32(n));
    return tokens;
}

qsizetype countWords(QStringView text)
{
    const TokenizedText tokens = tokenize(text);
    return std::count(tokens.kinds.cbegin(), tokens.kinds.cend(), TokenKind::Word);
}

} // namespace pw
