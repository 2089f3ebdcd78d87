#include "optimizedialog.h"

#include "dialogs.h"

#include "eval/optimizer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pw {

namespace {

const QString roundsKey = QStringLiteral("optimize/rounds");
const QString candidatesKey = QStringLiteral("optimize/candidates");
const QString holdoutKey = QStringLiteral("optimize/holdout");
const QString seedKey = QStringLiteral("optimize/seed");
const QString budgetKey = QStringLiteral("optimize/budgetTokens");

constexpr int maxRounds = 20;
constexpr int maxCandidates = 10;
constexpr int maxHoldoutPercent = 90;
constexpr int maxBudgetThousands = 100000; // 100 million tokens

QSpinBox *spinBox(int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setAccelerated(true);
    return box;
}

} // namespace

OptimizeDialog::OptimizeDialog(QSettings *settings, const TestSuite &cases, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_cases(cases), m_rounds(spinBox(1, maxRounds, this)),
      m_candidates(spinBox(1, maxCandidates, this)), m_holdout(spinBox(0, maxHoldoutPercent, this)),
      m_seed(spinBox(0, INT_MAX, this)), m_budget(spinBox(0, maxBudgetThousands, this)), m_split(new QLabel(this))
{
    setWindowTitle(tr("Optimize the Prompt"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The tool model writes improved candidates from the failing cases, round by round; each is "
                                "scored on the training cases, and the winner is checked on held-out cases it never saw."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_rounds->setObjectName(QStringLiteral("optimizeRounds"));
    m_candidates->setObjectName(QStringLiteral("optimizeCandidates"));
    m_holdout->setObjectName(QStringLiteral("optimizeHoldout"));
    m_holdout->setSuffix(tr(" %"));
    m_holdout->setSingleStep(5);
    m_seed->setObjectName(QStringLiteral("optimizeSeed"));
    m_budget->setObjectName(QStringLiteral("optimizeBudget"));
    m_budget->setSuffix(tr(" thousand tokens"));
    m_budget->setSpecialValueText(tr("no limit"));
    m_budget->setSingleStep(50);
    auto *form = new QFormLayout;
    form->addRow(tr("&Rounds:"), m_rounds);
    form->addRow(tr("&Candidates per round:"), m_candidates);
    form->addRow(tr("&Held out:"), m_holdout);
    form->addRow(tr("&Seed of the split:"), m_seed);
    form->addRow(tr("Token &budget:"), m_budget);
    layout->addLayout(form);
    m_split->setObjectName(QStringLiteral("optimizeSplit"));
    m_split->setWordWrap(true);
    m_split->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_split);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->addButton(tr("&Optimize"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("startOptimize"));
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    acceptOnCtrlReturn(this, start);

    connect(m_holdout, &QSpinBox::valueChanged, this, &OptimizeDialog::updateSplitText);
    connect(m_seed, &QSpinBox::valueChanged, this, &OptimizeDialog::updateSplitText);
    setChoice(savedChoice(settings));
    m_rounds->setFocus(Qt::OtherFocusReason);
}

OptimizeDialog::Choice OptimizeDialog::savedChoice(QSettings *settings)
{
    Choice choice;
    if (!settings)
        return choice;
    choice.rounds = std::clamp(settings->value(roundsKey, choice.rounds).toInt(), 1, maxRounds);
    choice.candidates = std::clamp(settings->value(candidatesKey, choice.candidates).toInt(), 1, maxCandidates);
    choice.holdout = std::clamp(settings->value(holdoutKey, choice.holdout).toDouble(), 0.0, maxHoldoutPercent / 100.0);
    choice.seed = std::min(settings->value(seedKey, choice.seed).toUInt(), quint32(INT_MAX));
    choice.budgetTokens
        = std::clamp(settings->value(budgetKey, choice.budgetTokens).toLongLong(), qint64(0), qint64(maxBudgetThousands) * 1000);
    return choice;
}

OptimizeDialog::Choice OptimizeDialog::choice() const
{
    Choice choice;
    choice.rounds = m_rounds->value();
    choice.candidates = m_candidates->value();
    choice.holdout = m_holdout->value() / 100.0;
    choice.seed = quint32(m_seed->value());
    choice.budgetTokens = qint64(m_budget->value()) * 1000;
    return choice;
}

void OptimizeDialog::setChoice(const Choice &choice)
{
    m_rounds->setValue(choice.rounds);
    m_candidates->setValue(choice.candidates);
    m_holdout->setValue(qRound(choice.holdout * 100));
    m_seed->setValue(int(std::min(choice.seed, quint32(INT_MAX))));
    m_budget->setValue(int((choice.budgetTokens + 999) / 1000));
    updateSplitText();
}

void OptimizeDialog::updateSplitText()
{
    const CaseSplit split = splitCases(m_cases, m_holdout->value() / 100.0, quint32(m_seed->value()));
    QString text = tr("%n case(s) in the suite: %1 for training, %2 held out.", nullptr, int(m_cases.size()))
                       .arg(split.training.size())
                       .arg(split.heldOut.size());
    if (!split.note.isEmpty())
        text += QLatin1Char(' ') + split.note;
    m_split->setText(text);
}

void OptimizeDialog::accept()
{
    if (m_settings) {
        const Choice chosen = choice();
        m_settings->setValue(roundsKey, chosen.rounds);
        m_settings->setValue(candidatesKey, chosen.candidates);
        m_settings->setValue(holdoutKey, chosen.holdout);
        m_settings->setValue(seedKey, chosen.seed);
        m_settings->setValue(budgetKey, chosen.budgetTokens);
    }
    QDialog::accept();
}

} // namespace pw
