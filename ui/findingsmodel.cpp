#include "findingsmodel.h"

#include "displaytext.h"
#include "prompttext.h"
#include "promptworkspace.h"

#include <QApplication>
#include <QStyle>

namespace pw {

namespace {

QStyle::StandardPixmap iconOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

FindingsModel::FindingsModel(const PromptWorkspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{ }

void FindingsModel::setFindings(const QList<Diagnostic> &findings)
{
    beginResetModel();
    m_findings = findings;
    m_places.clear();
    m_places.reserve(findings.size());
    const Prompt prompt = m_workspace->prompt();
    for (const Diagnostic &finding : findings)
        m_places.append(placeText(finding.location, prompt));
    endResetModel();
}

const Diagnostic *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMax<qsizetype>(1, m_findings.size()));
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Diagnostic *shown = finding(index.row());
    if (!shown) {
        if (role == Qt::DisplayRole && index.column() == MessageColumn)
            return tr("No problems found.");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MessageColumn ? shown->message : m_places.at(index.row());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(wrappedToolTip(shown->message)) : QVariant();
    case Qt::DecorationRole:
        return index.column() == MessageColumn ? QVariant(QApplication::style()->standardIcon(iconOf(shown->severity)))
                                               : QVariant();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == MessageColumn ? tr("Finding") : tr("Where");
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    if (!finding(index.row()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace pw
