#pragma once

#include <QStringList>
#include <QTableWidget>

namespace pw {

class PromptWorkspace;

// Every {{VARIABLE}} of the prompt with its test value (found by templatize,
// or typed here) and how often the prompt uses it. Editing a value is one
// undoable step of the workspace; values may span several lines.
class VariableTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, UsesColumn };

    explicit VariableTable(PromptWorkspace *workspace, QWidget *parent = nullptr);

    // The variables in order of first appearance, with their number of uses.
    void setVariables(const QStringList &names, const QList<int> &uses);
    QStringList names() const { return m_names; }

signals:
    // The user asked to see where a variable is used (double-click on its name).
    void variableActivated(const QString &name);

private:
    void refreshValues();
    void onItemChanged(QTableWidgetItem *item);

    PromptWorkspace *m_workspace;
    QStringList m_names;
    bool m_filling = false;
};

} // namespace pw
