#pragma once

#include "resultsmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace pw {

class ScoreChart;

class ResultDelegate;
class TestCaseModel;

// The outputs of the versions side by side, with a summary per version
// (summarizeRun, plus the person's grades), a filter (all, failures,
// disagreements), sorting by score (click a column's header), and a detail
// pane: the whole output, its grades, and a word diff against the other
// version's output for the same case. Keys on the table grade the selected
// cell: P pass, F fail, 1-5 a rating, 0 clears; the comment field below the
// detail holds a remark.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(const TestCaseModel *cases, QWidget *parent = nullptr);

    ResultsModel *model() const { return m_model; }
    ResultsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }

    void setColumns(const QList<ResultColumn> &columns);
    void updateCell(int column, const CellResult &cell);
    // After a run: the summary, and the filter and sort applied again.
    void refresh();
    void setFilter(ResultsFilterModel::Filter filter);

    // The selected cell in source coordinates (row -1 when none).
    std::pair<int, int> currentCell() const;
    void selectCell(int row, int column);
    // The person's grade for the selected cell (the keys call this).
    void gradeCurrent(const HumanGrade &grade);

    // Text for the summary line of a column, also used by tests.
    QString summaryText() const;
    const ScoreChart *chart() const { return m_chart; }

signals:
    // A person graded a cell: the run with the new grade is to be stored.
    void humanGradeChanged(int column, const EvalRun &run);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDetail();
    void keepRowsInView();
    void updateSummary();
    void storeComment();

    const TestCaseModel *m_cases;
    ResultsModel *m_model;
    ResultsFilterModel *m_filter;
    QTableView *m_table;
    QComboBox *m_filterBox;
    QLabel *m_summary;
    ScoreChart *m_chart;
    QTextBrowser *m_detail;
    QLineEdit *m_comment;
};

} // namespace pw
