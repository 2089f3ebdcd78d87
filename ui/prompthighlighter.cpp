#include "prompthighlighter.h"

#include "uicolors.h"

#include "uiconfig.h"

#include "prompt/variables.h"

#include <QPalette>
#include <QTextDocument>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace pw {

namespace {

// Block states: outside any fence, or inside a ``` or a ~~~ fence (a fence
// is closed only by the same character).
enum BlockState { Prose = 0, InBacktickFence = 1, InTildeFence = 2 };

// A fence opens with three backticks or tildes after at most three spaces.
BlockState fenceOf(QStringView line)
{
    qsizetype i = 0;
    while (i < 3 && i < line.size() && line[i] == u' ')
        ++i;
    const QStringView rest = line.mid(i);
    if (rest.startsWith(u"```"))
        return InBacktickFence;
    if (rest.startsWith(u"~~~"))
        return InTildeFence;
    return Prose;
}

bool isHeading(QStringView line)
{
    qsizetype i = 0;
    while (i < 3 && i < line.size() && line[i] == u' ')
        ++i;
    qsizetype hashes = 0;
    while (i + hashes < line.size() && line[i + hashes] == u'#')
        ++hashes;
    if (hashes < 1 || hashes > 6)
        return false;
    const qsizetype after = i + hashes;
    return after == line.size() || line[after] == u' ' || line[after] == u'\t';
}

bool isTagNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isTagNameChar(QChar c)
{
    return isTagNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u':';
}

} // namespace

PromptHighlighter::PromptHighlighter(QTextDocument *document, const QPalette &palette) : QSyntaxHighlighter(document)
{
    // QSyntaxHighlighter already highlights a new document from the event loop.
    updateFormats(palette);
}

void PromptHighlighter::setPalette(const QPalette &palette)
{
    updateFormats(palette);
    rehighlight();
}

void PromptHighlighter::updateFormats(const QPalette &palette)
{
    // Hues that keep a contrast above 4.5:1 on white and on a #1e1e1e-ish base.
    const bool dark = uicolors::isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor variable = dark ? QColor(0xd0, 0x9c, 0xff) : QColor(0x7b, 0x2f, 0xa8);
    const QColor tag = dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1a, 0x5f, 0xa0);
    const QColor heading = dark ? QColor(0xff, 0xb8, 0x6c) : QColor(0xa3, 0x3e, 0x00);
    const QColor code = dark ? QColor(0x8f, 0xd1, 0x9e) : QColor(0x2b, 0x6a, 0x3a);

    m_variable = QTextCharFormat();
    m_variable.setForeground(variable);
    m_variable.setBackground(uicolors::blend(base, variable, dark ? 0.22 : 0.12));
    m_variable.setFontWeight(QFont::DemiBold);

    m_tag = QTextCharFormat();
    m_tag.setForeground(tag);

    m_heading = QTextCharFormat();
    m_heading.setForeground(heading);
    m_heading.setFontWeight(QFont::Bold);

    m_code = QTextCharFormat();
    m_code.setForeground(code);

    m_fence = QTextCharFormat();
    m_fence.setForeground(uicolors::blend(palette.color(QPalette::Text), base, 0.45));
}

void PromptHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const BlockState state = previous == InBacktickFence || previous == InTildeFence ? BlockState(previous) : Prose;
    const BlockState fence = fenceOf(text);

    if (fence != Prose && (state == Prose || state == fence)) {
        setFormat(0, int(text.size()), m_fence);
        setCurrentBlockState(state == Prose ? fence : Prose);
    } else if (state != Prose) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(state);
    } else {
        setCurrentBlockState(Prose);
        if (isHeading(text))
            setFormat(0, int(text.size()), m_heading);
        else
            highlightTags(text);
    }
    // Variables are filled in everywhere, code included, so they always show.
    highlightVariables(text);
}

void PromptHighlighter::highlightTags(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = text.indexOf(u'<');
    while (i >= 0 && i + 1 < n) {
        qsizetype j = i + 1;
        if (text[j] == u'/')
            ++j;
        if (j < n && isTagNameStart(text[j])) {
            while (j < n && isTagNameChar(text[j]))
                ++j;
            // Attributes may follow; a tag ends on this line at '>' before any other '<'.
            qsizetype end = j;
            while (end < n && text[end] != u'>' && text[end] != u'<')
                ++end;
            if (end < n && text[end] == u'>') {
                setFormat(int(i), int(end + 1 - i), m_tag);
                i = text.indexOf(u'<', end + 1);
                continue;
            }
        }
        i = text.indexOf(u'<', i + 1);
    }
}

void PromptHighlighter::highlightVariables(const QString &text)
{
    if (!text.contains(u"{{"))
        return;
    for (const VariableOccurrence &occurrence : scanVariables(text))
        setFormat(int(occurrence.location.offset), int(occurrence.length), m_variable);
}

#if HAVE_KSYNTAXHIGHLIGHTING

namespace {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    // The folder above syntax/promptwerk.xml, compiled in as a resource.
    static const bool registered = (repository.addCustomSearchPath(QStringLiteral(":/promptwerk")), true);
    Q_UNUSED(registered)
    return repository;
}

} // namespace

QSyntaxHighlighter *attachPromptHighlighter(QTextDocument *document, const QPalette &palette)
{
    if (auto *existing = document->findChild<QSyntaxHighlighter *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForName(QStringLiteral("Promptwerk Prompt"));
    if (!definition.isValid())
        return new PromptHighlighter(document, palette);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(definition);
    highlighter->setTheme(syntaxRepository().themeForPalette(palette));
    return highlighter;
}

void setPromptHighlighterPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *own = qobject_cast<PromptHighlighter *>(highlighter)) {
        own->setPalette(palette);
    } else if (auto *ksh = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        ksh->setTheme(syntaxRepository().themeForPalette(palette));
        ksh->rehighlight();
    }
}

#else

QSyntaxHighlighter *attachPromptHighlighter(QTextDocument *document, const QPalette &palette)
{
    if (auto *existing = document->findChild<QSyntaxHighlighter *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PromptHighlighter(document, palette);
}

void setPromptHighlighterPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *own = qobject_cast<PromptHighlighter *>(highlighter))
        own->setPalette(palette);
}

#endif

} // namespace pw
