#pragma once

#include "prompteditor.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextDocument;
class QToolButton;

namespace pw {

class PromptWorkspace;

// Where a match of the find bar is: the system prompt (message -1) or a message, and the text it covers.
struct TextMatch
{
    int message = -1;
    TextRange range;

    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

// Find and Replace across the system prompt and every message, under the
// editors: the matches highlighted in every editor, "3 of 12", case and
// whole-word options, Replace and Replace All each one step of the
// workspace's undo history. Esc closes it. The matches follow every edit
// while the bar is open.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    // editorOf(-1) is the system prompt's editor, editorOf(i) message i's.
    FindBar(PromptWorkspace *workspace, std::function<PromptEditor *(int message)> editorOf, QWidget *parent = nullptr);

    // Shows the bar with the replace row or without, selection (if any) as
    // the text to find, and puts the keyboard in the find field.
    void openFind(const QString &selection = {});
    void openReplace(const QString &selection = {});
    void close();

    // With the bar closed and nothing to find yet, these open it.
    void findNext();
    void findPrevious();
    void replaceCurrent();
    void replaceAll();

    // Off while the prompt may not be edited (a tool runs or its result
    // waits): finding goes on, replacing waits.
    void setReplaceEnabled(bool enabled);

    const QList<TextMatch> &matches() const { return m_matches; }
    // Index into matches(), or -1.
    int currentIndex() const { return m_current; }

signals:
    // The current match is selected in its editor: the page brings that into view.
    void matchShown(int message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(bool withReplace, const QString &selection);
    std::optional<TextMatch> currentMatch() const;
    QTextDocument *documentOf(int message) const;
    void replace(const TextMatch &match, const QString &replacement);
    // Finds everything again; the current match becomes the first one at or after anchor.
    void updateMatches(bool show, const std::optional<TextMatch> &anchor);
    void step(int delta);
    void showCurrent();
    void applyHighlights();
    void clearHighlights();

    PromptWorkspace *m_workspace;
    std::function<PromptEditor *(int message)> m_editorOf;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QLabel *m_count;
    QWidget *m_replaceRow;
    QLabel *m_replaceLabel;
    QList<TextMatch> m_matches;
    int m_current = -1;
    bool m_replaceEnabled = true;
};

} // namespace pw
