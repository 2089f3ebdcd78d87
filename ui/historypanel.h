#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pw {

class DiffView;
class DocumentController;

// The document's revisions, newest first: where each came from (typed,
// generated, improved, ...), when, on which engine and model, and the tokens
// it took. Two selected revisions are compared in the diff view below the
// list; one selected revision can be restored as a new revision.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(DocumentController *documents, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    DiffView *diffView() const { return m_diff; }
    // Selects the revisions with these ids (tests, keyboard users via the list).
    void selectRevisions(const QList<int> &ids);
    QList<int> selectedRevisions() const; // oldest first
    // Compares the two selected revisions, older on the left.
    bool compareSelected();
    bool restoreSelected();

    QSize sizeHint() const override;

private:
    void refresh();
    void updateButtons();

    DocumentController *m_documents;
    QTreeWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_compare;
    QPushButton *m_restore;
    DiffView *m_diff;
};

} // namespace pw
