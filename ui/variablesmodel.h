#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace pw {

class PromptWorkspace;

// Every {{VARIABLE}} of the prompt as a row: its name, its test value (found
// by templatize, or typed here) and how often the prompt uses it. Setting a
// value is one undoable step of the workspace.
class VariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, UsesColumn, ColumnCount };

    explicit VariablesModel(PromptWorkspace *workspace, QObject *parent = nullptr);

    // The variables in order of first appearance, with their number of uses.
    void setVariables(const QStringList &names, const QList<int> &uses);
    const QStringList &names() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void valuesChanged();

    PromptWorkspace *m_workspace;
    QStringList m_names;
    QList<int> m_uses;
};

} // namespace pw
