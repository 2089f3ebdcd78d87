#include "variablesmodel.h"

#include "displaytext.h"
#include "promptworkspace.h"

namespace pw {

VariablesModel::VariablesModel(PromptWorkspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &PromptWorkspace::valuesChanged, this, &VariablesModel::valuesChanged);
}

void VariablesModel::setVariables(const QStringList &names, const QList<int> &uses)
{
    if (names != m_names) {
        beginResetModel();
        m_names = names;
        m_uses = uses;
        endResetModel();
        return;
    }
    // Same rows: an editor open on a value stays open.
    m_uses = uses;
    if (!m_names.isEmpty())
        emit dataChanged(index(0, UsesColumn), index(int(m_names.size()) - 1, UsesColumn));
}

void VariablesModel::valuesChanged()
{
    if (!m_names.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(int(m_names.size()) - 1, ValueColumn));
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    const QString &name = m_names.at(index.row());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return name;
        if (role == Qt::ToolTipRole)
            return tr("Double-click to find {{%1}} in the prompt").arg(name);
        break;
    case ValueColumn: {
        const VariableValues &values = m_workspace->values();
        const auto it = values.constFind(name);
        const bool has = it != values.constEnd();
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return has ? *it : QString();
        if (role == Qt::ToolTipRole)
            return has ? wrappedToolTip(*it) : tr("No test value yet: double-click to enter one");
        break;
    }
    case UsesColumn:
        if (role == Qt::DisplayRole)
            return m_uses.value(index.row());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

bool VariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || index.row() >= m_names.size())
        return false;
    const QString &name = m_names.at(index.row());
    const QString text = value.toString();
    if (text.isEmpty() && !m_workspace->values().contains(name))
        return false;
    m_workspace->setValue(name, text);
    return true;
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Test value");
    default:
        return tr("Uses");
    }
}

Qt::ItemFlags VariablesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace pw
