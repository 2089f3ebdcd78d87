#include "optimizepanel.h"

#include "optimizechart.h"

#include "eval/optimizer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pw {

namespace {

enum Column { RoundColumn, CandidateColumn, ScoreColumn, PassedColumn, TokensColumn, CostColumn, NoteColumn, ColumnCount };

QString percent(double score)
{
    return OptimizePanel::tr("%1 %").arg(qRound(score * 100));
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

QString phaseText(const OptimizerProgress &progress, int candidates)
{
    switch (progress.phase) {
    case OptimizerProgress::Phase::NotStarted:
        return OptimizePanel::tr("Preparing the engine…");
    case OptimizerProgress::Phase::Baseline:
        return OptimizePanel::tr("Scoring the original on the training cases…");
    case OptimizerProgress::Phase::Writing:
        return OptimizePanel::tr("Round %1: the tool model writes %n candidate(s)…", nullptr, candidates).arg(progress.round);
    case OptimizerProgress::Phase::Evaluating:
        return OptimizePanel::tr("Round %1: scoring the candidates on the training cases…").arg(progress.round);
    case OptimizerProgress::Phase::HeldOut:
        return OptimizePanel::tr("Checking the winner and the original on the held-out cases…");
    case OptimizerProgress::Phase::Finished:
        break;
    }
    return {};
}

} // namespace

OptimizePanel::OptimizePanel(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_chart(new OptimizeChart(this)), m_result(new QLabel(this)), m_review(new QPushButton(tr("Show the Winner"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Optimization"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    header->addWidget(title);
    m_progress->setObjectName(QStringLiteral("optimizeProgress"));
    m_progress->setMaximumWidth(220);
    header->addWidget(m_progress);
    m_status->setObjectName(QStringLiteral("optimizeStatus"));
    header->addWidget(m_status, 1);
    m_cancel->setObjectName(QStringLiteral("cancelOptimize"));
    m_cancel->setToolTip(tr("Stop now and keep the best prompt so far (Esc)"));
    header->addWidget(m_cancel);
    m_review->setObjectName(QStringLiteral("showWinner"));
    header->addWidget(m_review);
    m_close->setObjectName(QStringLiteral("closeOptimize"));
    header->addWidget(m_close);
    layout->addLayout(header);

    m_table->setObjectName(QStringLiteral("optimizeCandidates"));
    m_table->setAccessibleName(tr("Prompts tried"));
    m_table->setHorizontalHeaderLabels(
        {tr("Round"), tr("Candidate"), tr("Training score"), tr("Passed"), tr("Tokens"), tr("Cost"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_chart->setObjectName(QStringLiteral("optimizeChart"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_result->setObjectName(QStringLiteral("optimizeResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_cancel, &QPushButton::clicked, this, &OptimizePanel::cancelRequested);
    connect(m_review, &QPushButton::clicked, this, &OptimizePanel::reviewRequested);
    connect(m_close, &QPushButton::clicked, this, &OptimizePanel::closeRequested);
    begin(0);
}

void OptimizePanel::begin(int plannedRounds)
{
    m_plannedRounds = plannedRounds;
    m_rowCandidates.clear();
    m_table->setRowCount(0);
    OptimizeChart::Data empty;
    empty.plannedRounds = plannedRounds;
    m_chart->setData(empty);
    m_status->setText(tr("Preparing the engine…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_result->clear();
    m_result->hide();
    m_cancel->show();
    m_review->hide();
    m_close->hide();
}

void OptimizePanel::addCandidate(const Optimizer &optimizer, int index)
{
    if (index < 0 || index >= optimizer.candidates().size() || m_rowCandidates.contains(index))
        return;
    const OptimizerCandidate &candidate = optimizer.candidates().at(index);
    const QLocale locale;
    // In the order of the search, whichever finished first.
    const int row
        = int(std::count_if(m_rowCandidates.cbegin(), m_rowCandidates.cend(), [index](int other) { return other < index; }));
    m_table->insertRow(row);
    m_rowCandidates.insert(row, index);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_table->setItem(row, RoundColumn, cell(candidate.round == 0 ? tr("Original") : QString::number(candidate.round)));
    m_table->setItem(
        row, CandidateColumn, cell(candidate.round == 0 ? QString() : QString::number(candidate.indexInRound + 1), right));
    const bool scored = !candidate.isDiscarded();
    m_table->setItem(row, ScoreColumn, cell(scored ? percent(candidate.trainingScore) : tr("—"), right));
    m_table->setItem(row, PassedColumn,
        cell(scored ? tr("%1 of %2").arg(candidate.trainingPassed).arg(candidate.trainingTotal) : QString(), right));
    m_table->setItem(row, TokensColumn, cell(locale.toString(candidate.usage.inputTokens + candidate.usage.outputTokens), right));
    m_table->setItem(row, CostColumn,
        cell(candidate.costUsd > 0 ? QStringLiteral("$%1").arg(candidate.costUsd, 0, 'f', 4) : QString(), right));
    m_table->setItem(row, NoteColumn, cell(candidate.discardedReason));
    if (!scored) {
        for (int column = 0; column < ColumnCount; ++column)
            m_table->item(row, column)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_table->item(row, NoteColumn)->setToolTip(candidate.discardedReason);
    }
    m_table->scrollToItem(m_table->item(row, RoundColumn));
    markBest(optimizer.best());
}

void OptimizePanel::markBest(int best)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool isBest = m_rowCandidates.at(row) == best;
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            QFont font = item->font();
            font.setBold(isBest);
            item->setFont(font);
        }
    }
}

void OptimizePanel::updateChart(const Optimizer &optimizer)
{
    OptimizeChart::Data data;
    data.plannedRounds = m_plannedRounds;
    const QList<OptimizerCandidate> &candidates = optimizer.candidates();
    for (int index : std::as_const(m_rowCandidates)) {
        const OptimizerCandidate &candidate = candidates.at(index);
        while (data.rounds.size() <= candidate.round)
            data.rounds.append(OptimizeChart::Round {int(data.rounds.size()), {}, std::nullopt, 0});
        OptimizeChart::Round &round = data.rounds[candidate.round];
        if (!candidate.isDiscarded())
            round.candidates.append(candidate.trainingScore);
        round.tokens += candidate.usage.inputTokens + candidate.usage.outputTokens;
    }
    for (const OptimizerRound &finished : optimizer.rounds()) {
        if (finished.round < data.rounds.size())
            data.rounds[finished.round].best = finished.bestScore;
    }
    const OptimizerReport &report = optimizer.report();
    if (report.originalHeldOut && report.winnerHeldOut) {
        data.heldOutOriginal = report.originalHeldOut->score;
        data.heldOutWinner = report.winnerHeldOut->score;
        data.winnerRound = candidates.at(report.winner).round;
    }
    const OptimizerProgress progress = optimizer.progress();
    data.tokens = progress.usage.inputTokens + progress.usage.outputTokens;
    data.costUsd = progress.costUsd;
    data.costComplete = report.stop == OptimizerReport::Stop::NotStopped || report.costComplete;
    m_chart->setData(data);
}

void OptimizePanel::showProgress(const Optimizer &optimizer)
{
    const OptimizerProgress progress = optimizer.progress();
    const QLocale locale;
    QStringList parts {phaseText(progress, optimizer.settings().candidates)};
    parts.append(tr("%1 tokens").arg(locale.toString(progress.usage.inputTokens + progress.usage.outputTokens)));
    if (progress.costUsd > 0)
        parts.append(tr("≈ $%1 (estimate)").arg(progress.costUsd, 0, 'f', 4));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    if (progress.cellsTotal > 0 && progress.phase != OptimizerProgress::Phase::Writing) {
        m_progress->setRange(0, progress.cellsTotal);
        m_progress->setValue(progress.cellsDone);
        m_progress->setFormat(tr("%1 of %2").arg(progress.cellsDone).arg(progress.cellsTotal));
    } else {
        m_progress->setRange(0, 0);
    }
    updateChart(optimizer);
    markBest(optimizer.best());
}

void OptimizePanel::finish(const Optimizer *optimizer, const QString &text, bool winnerOffered)
{
    // Candidates a cancel cut short get no row: they were never final.
    if (optimizer) {
        updateChart(*optimizer);
        markBest(optimizer->report().winner);
    }
    m_progress->hide();
    m_cancel->hide();
    m_status->clear();
    m_result->setText(text);
    m_result->show();
    setWinnerOffered(winnerOffered);
    m_close->show();
}

void OptimizePanel::setWinnerOffered(bool offered)
{
    m_review->setVisible(offered);
}

QString OptimizePanel::resultText() const
{
    return m_result->text();
}

} // namespace pw
