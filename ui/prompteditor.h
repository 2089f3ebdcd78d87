#pragma once

#include "diff/textdiff.h"
#include "prompt/location.h"

#include <QPlainTextEdit>

#include <memory>

class QAction;

namespace pw {

// A finding to mark in an editor: an underline from offset (UTF-16, into the
// editor's text) over length characters, with the message as tooltip.
struct EditorMarker
{
    qsizetype offset = 0;
    qsizetype length = 0;
    Severity severity = Severity::Warning;
    QString message;
};

// The text editor for one part of a prompt (the system prompt or one
// message): prompt highlighting, findings underlined where they are, and
// optionally a height that follows the content up to a limit, so a list of
// short messages reads like a conversation while a huge one scrolls inside.
//
// Undo and redo belong to the window (PromptWorkspace's undo stack, which
// also holds role changes and applied results): the editor leaves Ctrl+Z and
// Ctrl+Shift+Z to the window's actions and shows those in its context menu.
class PromptEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PromptEditor(QWidget *parent = nullptr);
    ~PromptEditor() override;

    // Shows document (which needs a QPlainTextDocumentLayout) and keeps it
    // alive while shown; attaches the prompt highlighter if it has none.
    void setPromptDocument(std::shared_ptr<QTextDocument> document);

    // Height follows the text between minimumLines and the limit in pixels.
    void setGrowsWithContent(bool grows, int minimumLines = 3);
    void setMaximumGrowHeight(int pixels);
    bool growsWithContent() const { return m_grows; }

    void setMarkers(const QList<EditorMarker> &markers);
    const QList<EditorMarker> &markers() const { return m_markers; }

    // Find's matches in this editor, highlighted under the markers; current
    // (an index into matches, or -1) stands out.
    void setFindMatches(const QList<TextRange> &matches, int current = -1);

    // Moves the cursor to offset, scrolls it into view and takes the focus.
    void jumpTo(qsizetype offset);

    // The window's undo and redo actions, for the context menu.
    void setUndoActions(QAction *undo, QAction *redo);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyMarkers();
    void followDocumentSize();
    void checkHeight();
    int heightForLines(qreal lines) const;
    int contentHeight(int limit) const;

    std::shared_ptr<QTextDocument> m_document;
    QList<EditorMarker> m_markers;
    QList<TextRange> m_findMatches;
    int m_currentFindMatch = -1;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    bool m_grows = false;
    int m_minimumLines = 3;
    int m_maximumGrowHeight = 400;
    int m_lastHintHeight = -1;
    bool m_heightCheckQueued = false;
    QMetaObject::Connection m_sizeConnection;
};

// A new, empty-history document for a PromptEditor holding text.
std::shared_ptr<QTextDocument> createPromptDocument(const QString &text);

} // namespace pw
