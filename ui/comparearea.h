#pragma once

#include "analysis/templatereview.h"
#include "model/tool.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace pw {

class ComparePanes;

// A tool's result next to the prompt it would replace, with what the tool
// noted about it (dropped variables, a folded prefill, ...) and the Accept
// and Reject buttons (the window's actions).
//
// A templatize result is reviewed before it is accepted: each variable found
// can be renamed (its name cell) or unticked (its text stays as it is), and
// text the engine missed becomes a variable by selecting it in either pane,
// then Make Variable. The comparison follows every edit, and every edit keeps
// the template lossless (see analysis/templatereview.h).
class CompareArea : public QWidget
{
    Q_OBJECT

public:
    explicit CompareArea(QWidget *parent = nullptr);

    void setActions(QAction *accept, QAction *reject);

    // title: "Improved prompt"; summary: engine, model and tokens in one line;
    // current: the prompt that accepting the result replaces.
    void showResult(const QString &title, const QString &summary, const Prompt &current, const ToolResult &result);

    ComparePanes *panes() const { return m_panes; }
    QString title() const;
    QStringList notes() const;
    // Where each note is, as the checks say it ("Message 1, line 3"); empty for the whole prompt.
    QStringList notePlaces() const;
    // Templatize: the values of the variables as reviewed.
    VariableValues foundValues() const;
    // The result as accepting it applies it: the reviewed template and values.
    ToolResult reviewedResult() const;
    QTableWidget *valuesTable() const { return m_values; }
    QAction *makeVariableAction() const { return m_makeVariable; }
    // Why the last review edit was refused; empty when it was not.
    QString reviewProblem() const;

signals:
    void variableActivated(const QString &name);
    // The place a note names was clicked: it is in the current prompt, which the editors show.
    void placeActivated(const pw::Diagnostic &note);

private:
    // A row of the values table: a variable the engine found (found is its
    // name there) or one the user made from selected text (found is empty).
    struct ReviewRow
    {
        QString found;
        QString name;
        QString value;
        bool kept = true;
    };

    void showReviewRows();
    void onValueItemChanged(QTableWidgetItem *item);
    void makeVariableFromSelection();
    QString nameProblem(const QString &name, int row) const;
    QString uniqueName(const QString &wanted) const;
    TemplateDraft reviewedDraft() const;
    void showReviewedDraft();
    void setReviewProblem(const QString &text);

    QLabel *m_title;
    QLabel *m_summary;
    QWidget *m_notesBox;
    QVBoxLayout *m_notesLayout;
    QStringList m_notes;
    QStringList m_notePlaces;
    QTableWidget *m_values;
    QWidget *m_review;
    QLabel *m_reviewProblem;
    QAction *m_makeVariable;
    ComparePanes *m_panes;
    ToolResult m_result;
    Prompt m_current;
    TemplateDraft m_found; // the engine's template and values
    QList<ReviewRow> m_rows;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace pw
