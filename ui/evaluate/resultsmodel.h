#pragma once

#include "model/evalrun.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace pw {

class TestCaseModel;

// One column of the results: a prompt version and, once it has run, its run.
struct ResultColumn
{
    int revisionId = 0;
    QString title; // "#3 improved"
    std::optional<EvalRun> run;
};

// The outputs side by side: a row per test case (in the case table's order),
// a column per prompt version. Each cell is that version's result for the
// case (its first repeat); the delegate paints it from CellRole.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        CellRole = Qt::UserRole + 1, // const CellResult * (null: never ran)
        ScoreRole, // double for sorting; -1 when the cell has no score
        VerdictRole, // int: 1 passed, 0 failed (graded or errored), -1 not run
    };

    explicit ResultsModel(const TestCaseModel *cases, QObject *parent = nullptr);

    void setColumns(const QList<ResultColumn> &columns);
    const QList<ResultColumn> &columns() const { return m_columns; }
    // The column's run changed (a cell arrived, a grade was given).
    void updateRun(int column, const EvalRun &run);
    // Only the cells of one case: cheap enough for every result that arrives.
    void updateCell(int column, const CellResult &cell);
    // Streamed text of a waiting cell's answer, shown until the cell is final.
    void appendText(int column, const QString &caseId, const QString &text);

    // Null when the case has no cell in that column's run.
    const CellResult *cellAt(int row, int column) const;
    // A verdict for a cell: 1 passed, 0 failed, -1 not run (pending, canceled or none).
    static int verdictOf(const CellResult *cell);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void indexRun(int column);
    void indexRows();
    int rowOf(const QString &caseId) const; // -1: no such case

    const TestCaseModel *m_cases;
    QList<ResultColumn> m_columns;
    mutable QHash<QString, int> m_rowOf; // case id -> row; empty until rowOf() needs it
    QList<QList<int>> m_cellOfRow; // per column, per row: the index in run->cells (repeat 0), or -1
};

// Which rows the results show: all, those where some version failed, or
// those where the versions that ran disagree (one passed, another failed),
// in the cases' order or sorted by one version's score (stable: equal scores
// keep the cases' order). The order is computed at once from the cells (a
// few milliseconds for 10,000 cases x 3 versions, where a
// QSortFilterProxyModel took a tenth of a second) when the filter or the
// sort changes, on invalidate() (a run ended), and when the source is reset;
// cells that change meanwhile are shown where their rows are.
class ResultsFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Filter { All, Failures, Disagreements };

    explicit ResultsFilterModel(QObject *parent = nullptr);
    // The source must be a ResultsModel; it changes rows and columns only by resets.
    void setSourceModel(QAbstractItemModel *source) override;
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Filters and sorts again: verdicts and scores changed.
    void invalidate();
    // column -1: the cases' order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The source rows shown, in order.
    static QList<int> rowsShown(const ResultsModel &results, Filter filter, int sortColumn, Qt::SortOrder order);

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void computeRows();
    void relayout();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    const ResultsModel *m_results = nullptr;
    Filter m_filter = Filter::All;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_sourceRows; // per row shown: its source row
    QList<int> m_shownRows; // per source row: the row it shows in, or -1
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace pw

Q_DECLARE_METATYPE(const pw::CellResult *)
