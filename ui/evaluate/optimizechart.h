#pragma once

#include <QList>
#include <QWidget>

#include <optional>

namespace pw {

// The score per round of an optimization: the best training score so far as
// a line, each candidate's training score as a dot, the held-out scores of
// the original and the winner as diamonds joined by a dashed line, and the
// tokens each round spent as faint bars, with the total tokens and cost
// below. Painted like ScoreChart; the figures are also in the tooltip and
// the accessible description.
class OptimizeChart : public QWidget
{
    Q_OBJECT

public:
    struct Round
    {
        int round = 0; // 0: the original
        QList<double> candidates; // training scores (0..1) of the prompts evaluated in it
        std::optional<double> best; // the best training score after it; unset until it is over
        qint64 tokens = 0; // spent in this round
    };

    struct Data
    {
        QList<Round> rounds; // in order, from round 0
        int plannedRounds = 0; // the x axis reaches at least this round
        std::optional<double> heldOutOriginal;
        std::optional<double> heldOutWinner;
        int winnerRound = 0;
        qint64 tokens = 0;
        double costUsd = 0;
        bool costComplete = true;
    };

    explicit OptimizeChart(QWidget *parent = nullptr);

    void setData(const Data &data);
    const Data &data() const { return m_data; }
    // The figures in words: one line per round, then held-out and spending.
    QStringList summaryLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString spentText() const;

    Data m_data;
};

} // namespace pw
