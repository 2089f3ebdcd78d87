#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace pw {

// A bar per prompt version beside the results' summary: the share of cases
// that passed as the filled part, the mean score as a tick, so that versions
// compare at a glance. Painted; the figures are also in the tooltip and the
// accessible description.
class ScoreChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label; // "#2"
        QString title; // "#2 Improved", for the tooltip
        bool ran = false;
        double passRate = 0; // 0..1 of the cases that ran
        double meanScore = 0; // 0..1
    };

    explicit ScoreChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;

    QList<Bar> m_bars;
};

} // namespace pw
