#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace pw {

// The built-in prompt highlighter: {{VARIABLES}}, XML tags, Markdown headings
// and code fences. It looks at one line at a time and carries one value of
// state (inside which kind of fence), so an edit re-highlights the edited line
// only, even in a prompt of several MiB.
class PromptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PromptHighlighter(QTextDocument *document, const QPalette &palette);

    // Picks colours that read well on the palette's base colour, then re-highlights.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    void updateFormats(const QPalette &palette);
    void highlightTags(const QString &text);
    void highlightVariables(const QString &text);

    QTextCharFormat m_variable;
    QTextCharFormat m_tag;
    QTextCharFormat m_heading;
    QTextCharFormat m_fence;
    QTextCharFormat m_code;
};

// Gives document the highlighter every prompt editor uses: KSyntaxHighlighting
// with Promptwerk's own definition when built with it, PromptHighlighter
// otherwise. The highlighter is a child of the document; an existing one is
// reused.
QSyntaxHighlighter *attachPromptHighlighter(QTextDocument *document, const QPalette &palette);
// Follows a palette change (light <-> dark) in a highlighter made above.
void setPromptHighlighterPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);

} // namespace pw
