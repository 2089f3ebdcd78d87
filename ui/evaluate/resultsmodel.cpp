#include "resultsmodel.h"

#include "testcasemodel.h"

namespace pw {

ResultsModel::ResultsModel(const TestCaseModel *cases, QObject *parent) : QAbstractTableModel(parent), m_cases(cases)
{
    // Rows are the cases: any change to their number or order starts over.
    const auto reset = [this] {
        beginResetModel();
        indexRows();
        endResetModel();
    };
    indexRows();
    connect(cases, &QAbstractItemModel::modelReset, this, reset);
    connect(cases, &QAbstractItemModel::rowsInserted, this, reset);
    connect(cases, &QAbstractItemModel::rowsRemoved, this, reset);
    connect(cases, &QAbstractItemModel::rowsMoved, this, reset);
}

void ResultsModel::indexRows()
{
    m_rowOf.clear();
    for (int column = 0; column < m_columns.size(); ++column)
        indexRun(column);
}

int ResultsModel::rowOf(const QString &caseId) const
{
    // Built when first needed: a run in the cases' order never needs it (10,000 ids take milliseconds).
    if (m_rowOf.isEmpty() && m_cases->rowCount() > 0) {
        m_rowOf.reserve(m_cases->rowCount());
        for (int row = 0; row < m_cases->rowCount(); ++row)
            m_rowOf.insert(m_cases->caseAt(row).id, row);
    }
    return m_rowOf.value(caseId, -1);
}

void ResultsModel::setColumns(const QList<ResultColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_cellOfRow.clear();
    m_cellOfRow.resize(m_columns.size());
    for (int column = 0; column < m_columns.size(); ++column)
        indexRun(column);
    endResetModel();
}

void ResultsModel::indexRun(int column)
{
    // Painting, filtering and sorting ask for cells by row all the time: an array, not a lookup by id.
    QList<int> &cellOfRow = m_cellOfRow[column];
    cellOfRow.fill(-1, m_cases->rowCount());
    if (!m_columns.at(column).run)
        return;
    const QList<CellResult> &cells = m_columns.at(column).run->cells;
    // A run lists its cells in the cases' order, mostly: the next case is
    // tried first, a lookup by id only when it is not that one.
    int expected = 0;
    for (int i = 0; i < cells.size(); ++i) {
        const CellResult &cell = cells.at(i);
        if (cell.repeat != 0)
            continue;
        const bool next = expected < m_cases->rowCount() && m_cases->caseAt(expected).id == cell.caseId;
        const int row = next ? expected : rowOf(cell.caseId);
        if (row >= 0) {
            cellOfRow[row] = i;
            expected = row + 1;
        }
    }
}

void ResultsModel::updateRun(int column, const EvalRun &run)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column].run = run;
    indexRun(column);
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
    emit headerDataChanged(Qt::Horizontal, column, column);
}

void ResultsModel::updateCell(int column, const CellResult &cell)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).run || cell.repeat != 0)
        return;
    EvalRun &run = *m_columns[column].run;
    const int row = rowOf(cell.caseId);
    if (row < 0) {
        // A case no longer in the table: kept in the run, shown nowhere.
        run.cells.append(cell);
        return;
    }
    const int at = m_cellOfRow.at(column).at(row);
    if (at >= 0) {
        run.cells[at] = cell;
    } else {
        run.cells.append(cell);
        m_cellOfRow[column][row] = int(run.cells.size()) - 1;
    }
    emit dataChanged(index(row, column), index(row, column));
}

void ResultsModel::appendText(int column, const QString &caseId, const QString &text)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).run)
        return;
    const int row = rowOf(caseId);
    const int at = row < 0 ? -1 : m_cellOfRow.at(column).at(row);
    if (at < 0 || m_columns.at(column).run->cells.at(at).status != CellResult::Status::Pending)
        return;
    m_columns[column].run->cells[at].output += text;
    emit dataChanged(index(row, column), index(row, column));
}

const CellResult *ResultsModel::cellAt(int row, int column) const
{
    if (column < 0 || column >= m_columns.size() || row < 0 || row >= m_cellOfRow.at(column).size())
        return nullptr;
    const int at = m_cellOfRow.at(column).at(row);
    return at < 0 ? nullptr : &m_columns.at(column).run->cells.at(at);
}

int ResultsModel::verdictOf(const CellResult *cell)
{
    if (!cell)
        return -1;
    switch (cell->status) {
    case CellResult::Status::Succeeded:
        return cell->pass ? 1 : 0;
    case CellResult::Status::Failed:
        return 0;
    case CellResult::Status::Pending:
    case CellResult::Status::Canceled:
        break;
    }
    return -1;
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_cases->rowCount();
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CellResult *cell = cellAt(index.row(), index.column());
    switch (role) {
    case CellRole:
        return QVariant::fromValue(cell);
    case ScoreRole:
        return cell && cell->isFinished() ? cell->score : -1.0;
    case VerdictRole:
        return verdictOf(cell);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (!cell)
            return tr("not run");
        if (cell->status == CellResult::Status::Failed)
            return tr("error: %1").arg(cell->error);
        if (cell->status == CellResult::Status::Canceled)
            return tr("canceled");
        // A waiting cell shows its answer as it streams in.
        if (cell->status == CellResult::Status::Pending && cell->output.isEmpty())
            return tr("waiting");
        return cell->output;
    case Qt::ToolTipRole: {
        if (!cell || !cell->isFinished())
            return {};
        QStringList lines;
        for (const GradeResult &grade : cell->grades)
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(grade.pass ? QStringLiteral("✓") : QStringLiteral("✗"), grade.assertionType, grade.reason));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_cases->rowCount())
            return {};
        const TestCase &testCase = m_cases->caseAt(section);
        return testCase.description.isEmpty() ? QString::number(section + 1) : testCase.description;
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

// --- filter -------------------------------------------------------------------

ResultsFilterModel::ResultsFilterModel(QObject *parent) : QAbstractProxyModel(parent) { }

void ResultsFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_results = qobject_cast<const ResultsModel *>(source);
    Q_ASSERT(m_results || !source);
    if (m_results) {
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ResultsFilterModel::beginResetModel),
            connect(source, &QAbstractItemModel::modelReset, this,
                [this] {
                    computeRows();
                    endResetModel();
                }),
            connect(source, &QAbstractItemModel::dataChanged, this, &ResultsFilterModel::onSourceDataChanged),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        emit headerDataChanged(orientation, first, last);
                    else if (rowCount() > 0)
                        emit headerDataChanged(orientation, 0, rowCount() - 1);
                }),
            connect(source, &QObject::destroyed, this,
                [this] {
                    beginResetModel();
                    m_results = nullptr;
                    computeRows();
                    endResetModel();
                }),
        };
    }
    computeRows();
    endResetModel();
}

void ResultsFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    relayout();
}

void ResultsFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

void ResultsFilterModel::invalidate()
{
    relayout();
}

QList<int> ResultsFilterModel::rowsShown(const ResultsModel &results, Filter filter, int sortColumn, Qt::SortOrder order)
{
    const int rows = results.rowCount();
    const int columns = results.columnCount();
    QList<int> shown;
    shown.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        bool anyPassed = false;
        bool anyFailed = false;
        for (int column = 0; column < columns && filter != Filter::All; ++column) {
            const int verdict = ResultsModel::verdictOf(results.cellAt(row, column));
            anyPassed = anyPassed || verdict == 1;
            anyFailed = anyFailed || verdict == 0;
        }
        if (filter == Filter::All || (filter == Filter::Failures ? anyFailed : anyPassed && anyFailed))
            shown.append(row);
    }
    if (sortColumn < 0 || sortColumn >= columns)
        return shown;
    // The scores once, not twice per comparison.
    QList<double> scores(rows);
    for (int row : std::as_const(shown)) {
        const CellResult *cell = results.cellAt(row, sortColumn);
        scores[row] = cell && cell->isFinished() ? cell->score : -1.0;
    }
    if (order == Qt::AscendingOrder)
        std::stable_sort(shown.begin(), shown.end(), [&scores](int left, int right) { return scores[left] < scores[right]; });
    else
        std::stable_sort(shown.begin(), shown.end(), [&scores](int left, int right) { return scores[left] > scores[right]; });
    return shown;
}

void ResultsFilterModel::computeRows()
{
    m_sourceRows = m_results ? rowsShown(*m_results, m_filter, m_sortColumn, m_sortOrder) : QList<int>();
    m_shownRows.fill(-1, m_results ? m_results->rowCount() : 0);
    for (int row = 0; row < m_sourceRows.size(); ++row)
        m_shownRows[m_sourceRows.at(row)] = row;
}

void ResultsFilterModel::relayout()
{
    // One layout change, not a removal signal for every range of rows that goes: far cheaper for a large table.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append(mapToSource(index));
    computeRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &source : std::as_const(sources))
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ResultsFilterModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The rows stay where they are until the next invalidate(): only the span they show in changes.
    int first = rowCount();
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_shownRows.size(); ++row) {
        const int shown = m_shownRows.at(row);
        if (shown >= 0) {
            first = std::min(first, shown);
            last = std::max(last, shown);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex ResultsFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_results || proxyIndex.row() >= m_sourceRows.size())
        return {};
    return m_results->index(m_sourceRows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ResultsFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_shownRows.size())
        return {};
    const int row = m_shownRows.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex ResultsFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex ResultsFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int ResultsFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sourceRows.size());
}

int ResultsFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_results ? 0 : m_results->columnCount();
}

QVariant ResultsFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_results)
        return {};
    if (orientation == Qt::Horizontal)
        return m_results->headerData(section, orientation, role);
    if (section < 0 || section >= m_sourceRows.size())
        return {};
    return m_results->headerData(m_sourceRows.at(section), orientation, role);
}

} // namespace pw
