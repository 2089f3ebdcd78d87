#pragma once

#include <QTableView>

namespace pw {

class VariablesModel;

// Shows a VariablesModel: every {{VARIABLE}} with its test value and its
// number of uses. Values may span several lines; editing one is one
// undoable step of the workspace.
class VariableTable : public QTableView
{
    Q_OBJECT

public:
    explicit VariableTable(QWidget *parent = nullptr);

    void setVariablesModel(VariablesModel *model);

signals:
    // The user asked to see where a variable is used (double-click on its name).
    void variableActivated(const QString &name);

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
};

} // namespace pw
