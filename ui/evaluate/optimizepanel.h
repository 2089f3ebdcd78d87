#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pw {

class OptimizeChart;
class Optimizer;

// An optimization as it runs, in the Evaluate view: progress with Cancel;
// each prompt tried as a row once it is final (round, candidate, training
// score, tokens, cost, why it was discarded); the chart of the score per
// round; at the end, how it went and the button that shows the winner
// beside the current prompt.
class OptimizePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OptimizePanel(QWidget *parent = nullptr);

    // A new optimization of up to plannedRounds rounds; the table and chart start empty.
    void begin(int plannedRounds);
    // candidates().at(index) of optimizer is final: it gets its row.
    void addCandidate(const Optimizer &optimizer, int index);
    // The progress line, the chart and the marks of the best so far.
    void showProgress(const Optimizer &optimizer);
    // The search ended: how (text), and whether a winner is offered.
    void finish(const Optimizer *optimizer, const QString &text, bool winnerOffered);
    // The winner waits for accept or reject (Show the Winner is there while it does).
    void setWinnerOffered(bool offered);

    QTableWidget *table() const { return m_table; }
    OptimizeChart *chart() const { return m_chart; }
    QString resultText() const;
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();
    void reviewRequested();
    void closeRequested();

private:
    void markBest(int best);
    void updateChart(const Optimizer &optimizer);

    int m_plannedRounds = 0;
    QList<int> m_rowCandidates; // candidates() index of each row
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableWidget *m_table;
    OptimizeChart *m_chart;
    QLabel *m_result;
    QPushButton *m_review;
    QPushButton *m_close;
};

} // namespace pw
