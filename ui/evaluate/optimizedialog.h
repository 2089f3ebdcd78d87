#pragma once

#include "model/testcase.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QSettings;
class QSpinBox;

namespace pw {

// Asks how to optimize the prompt against its test cases: rounds, candidates
// per round, the share of cases held out, the seed of the split and a token
// budget. The last choices are remembered in the settings.
class OptimizeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        int rounds = 3;
        int candidates = 3;
        double holdout = 0.3; // 0 <= holdout < 1
        quint32 seed = 1;
        qint64 budgetTokens = 200000; // 0: no limit

        friend bool operator==(const Choice &, const Choice &) = default;
    };

    // cases: the suite, to say how it will be split.
    OptimizeDialog(QSettings *settings, const TestSuite &cases, QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(const Choice &choice);

    // The choice saved last (the defaults before the first).
    static Choice savedChoice(QSettings *settings);

    void accept() override;

private:
    void updateSplitText();

    QSettings *m_settings;
    TestSuite m_cases;
    QSpinBox *m_rounds;
    QSpinBox *m_candidates;
    QSpinBox *m_holdout; // percent
    QSpinBox *m_seed;
    QSpinBox *m_budget; // thousands of tokens
    QLabel *m_split;
};

} // namespace pw
