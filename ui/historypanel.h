#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace pw {

class DiffView;
class HistoryModel;

// A document's revisions (a HistoryModel), newest first. Below the list, one
// selected revision shows as a preview (with what made it, in full), or is
// compared with the current prompt; two selected revisions are compared with
// each other; one can be restored as a new revision. What shows below
// follows the history and the working copy, and closes on request.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setHistoryModel(HistoryModel *model);
    // Selects the revisions with these ids (keyboard users do it in the list).
    void selectRevisions(const QList<int> &ids);
    QList<int> selectedRevisions() const; // oldest first
    // Compares the two selected revisions, older on the left.
    bool compareSelected();
    // Compares the one selected revision with the prompt as it is now.
    bool compareWithCurrent();
    bool restoreSelected();
    // Off while a tool's run or result stands on the prompt.
    void setRestoreAllowed(bool allowed);
    // Closes the preview or comparison below the list.
    void closeView();

    // What shows below the list: nothing, one revision, two, one with the current prompt.
    enum class View { None, Preview, Compare, CompareWithCurrent };
    View view() const { return m_view; }
    // The heading above it ("Revision 3 · Improved · claude · …").
    QString viewTitle() const;
    QString previewText() const;

    QSize sizeHint() const override;

private:
    void updateButtons();
    // Shows view for ids with the history and working copy as they are now.
    void showView(View view, const QList<int> &ids);
    void refresh();

    HistoryModel *m_model = nullptr;
    QTreeView *m_list;
    QLabel *m_hint;
    QPushButton *m_compareCurrent;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QWidget *m_viewBox;
    QLabel *m_viewTitle;
    QToolButton *m_close;
    QPlainTextEdit *m_preview;
    DiffView *m_diff;
    // The selected revision ids, kept across a model reset.
    QList<int> m_selected;
    bool m_restoreAllowed = true;
    bool m_reselecting = false;
    View m_view = View::None;
    QList<int> m_viewIds;
    // Typing goes on: the comparison with the current prompt follows after a pause.
    QTimer m_currentChanged;
};

} // namespace pw
