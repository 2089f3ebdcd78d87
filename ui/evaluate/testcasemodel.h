#pragma once

#include "model/testcase.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <optional>

namespace pw {

class PromptWorkspace;

// The test cases of a document as a table: a column per variable, then the
// ideal output, the assertions and the description. Every change is one
// step on the workspace's undo stack, so Ctrl+Z walks back through case
// edits and prompt edits in the order they happened. The first case's values
// are the workspace's test values (the document format says so): a step that
// changes them updates the workspace with it, and the variables dock's edits
// show here.
class TestCaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TestCaseModel(PromptWorkspace *workspace, QObject *parent = nullptr);

    // The prompt's variables: the first columns.
    void setVariables(const QStringList &names);
    const QStringList &variables() const { return m_variables; }
    int idealColumn() const { return int(m_variables.size()); }
    int assertionsColumn() const { return idealColumn() + 1; }
    int descriptionColumn() const { return idealColumn() + 2; }

    // Replaces every case and the variable columns without an undo step (a
    // document was opened): one reset of the model, not two.
    void resetCases(const TestSuite &cases, const QStringList &variables);
    const TestSuite &cases() const { return m_cases; }
    const TestCase &caseAt(int row) const { return m_cases.at(row); }

    // Each of these is one undoable step. Inserted cases get new ids.
    void insertCases(int row, const TestSuite &cases, const QString &description);
    void addCase(int row);
    void duplicateRows(const QList<int> &rows);
    void removeCaseRows(const QList<int> &rows);
    void moveCase(int from, int to);
    void setCase(int row, const TestCase &testCase, const QString &description);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A step changed the cases (done, undone or redone); the document takes
    // them. Not for a reset or the workspace's own value edits: the document
    // has those already.
    void casesEdited();

private:
    void push(const QString &description, std::function<void()> redo, std::function<void()> undo);
    void storeInsert(int row, const TestSuite &cases);
    void storeRemove(const QList<int> &ascendingRows);
    void storeMove(int from, int to);
    void storeCase(int row, const TestCase &testCase);
    void changed();
    void takeWorkspaceValues();

    PromptWorkspace *m_workspace;
    QStringList m_variables;
    TestSuite m_cases;
};

// Cases from a spreadsheet's clipboard (tab-separated, cells with tabs or
// line breaks in double quotes). A first row whose cells name the table's
// columns (variables, "ideal output", "assertions", "description", or the
// CSV names __ideal, __expected, __description) says which column is which;
// without one the columns are in the table's order. An assertions cell holds
// one assertion a line, written as in a CSV file ("icontains:Paris").
// nullopt with *error naming the row and column of a bad cell.
std::optional<TestSuite> casesFromTabSeparated(const QString &text, const QStringList &variables, QString *error);

// One line for people: "icontains:Paris" (the CSV cell), or "type …" when a cell cannot hold it.
QString assertionText(const Assertion &assertion);

} // namespace pw
