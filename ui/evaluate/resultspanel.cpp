#include "resultspanel.h"

#include "scorechart.h"

#include "resultdelegate.h"
#include "testcasemodel.h"

#include "uicolors.h"

#include "diff/textdiff.h"
#include "eval/resultfiles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pw {

namespace {

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The word diff of two outputs: removed words struck through, added ones marked.
QString diffHtml(const QString &left, const QString &right)
{
    const std::optional<TextDiff> diff = diffTexts(left, right);
    if (!diff)
        return {};
    const QString removed = uicolors::negative().name();
    const QString added = uicolors::positive().name();
    QString html;
    for (const DiffOp &op : diff->ops) {
        switch (op.kind) {
        case DiffOpKind::Equal:
            html += escaped(diff->rightText(op));
            break;
        case DiffOpKind::Delete:
            html += QStringLiteral("<s style=\"color:%1\">%2</s>").arg(removed, escaped(diff->leftText(op)));
            break;
        case DiffOpKind::Insert:
            html += QStringLiteral("<u style=\"color:%1\">%2</u>").arg(added, escaped(diff->rightText(op)));
            break;
        }
    }
    return html;
}

QString statusText(const CellResult *cell)
{
    if (!cell)
        return ResultsPanel::tr("not run");
    switch (cell->status) {
    case CellResult::Status::Succeeded:
        return cell->pass ? ResultsPanel::tr("passed, score %1").arg(cell->score, 0, 'f', 2)
                          : ResultsPanel::tr("failed, score %1").arg(cell->score, 0, 'f', 2);
    case CellResult::Status::Failed:
        return ResultsPanel::tr("error: %1").arg(cell->error);
    case CellResult::Status::Canceled:
        return ResultsPanel::tr("canceled");
    case CellResult::Status::Pending:
        break;
    }
    return ResultsPanel::tr("waiting");
}

} // namespace

ResultsPanel::ResultsPanel(const TestCaseModel *cases, QWidget *parent)
    : QWidget(parent), m_cases(cases), m_model(new ResultsModel(cases, this)), m_filter(new ResultsFilterModel(this)),
      m_table(new QTableView(this)), m_filterBox(new QComboBox(this)), m_summary(new QLabel(this)), m_chart(new ScoreChart(this)),
      m_detail(new QTextBrowser(this)), m_comment(new QLineEdit(this))
{
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ResultDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The cases' order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->verticalHeader()->setDefaultSectionSize(ResultDelegate().sizeHint(QStyleOptionViewItem(), {}).height());
    m_table->verticalHeader()->setMaximumWidth(160);
    m_table->installEventFilter(this);
    m_table->setToolTip(tr("P: passes, F: fails, 1–5: rating, 0: clear your grade"));

    m_filterBox->setObjectName(QStringLiteral("resultFilter"));
    m_filterBox->addItem(tr("All cases"), int(ResultsFilterModel::Filter::All));
    m_filterBox->addItem(tr("Failures"), int(ResultsFilterModel::Filter::Failures));
    m_filterBox->addItem(tr("Versions disagree"), int(ResultsFilterModel::Filter::Disagreements));
    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setFilter(ResultsFilterModel::Filter(m_filterBox->currentData().toInt())); });

    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setAccessibleName(tr("Result detail"));
    m_comment->setObjectName(QStringLiteral("gradeComment"));
    m_comment->setPlaceholderText(tr("Your comment on this output"));
    m_comment->setEnabled(false);
    connect(m_comment, &QLineEdit::editingFinished, this, &ResultsPanel::storeComment);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Show:"), this);
    filterLabel->setBuddy(m_filterBox);
    m_chart->setObjectName(QStringLiteral("scoreChart"));
    top->addWidget(m_chart, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    top->addWidget(filterLabel);
    top->addWidget(m_filterBox);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    auto *detailSide = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *commentLabel = new QLabel(tr("Comment:"), detailSide);
    commentLabel->setBuddy(m_comment);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(commentLabel);
    commentRow->addWidget(m_comment, 1);
    detailLayout->addLayout(commentRow);
    split->addWidget(detailSide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResultsPanel::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
            showDetail();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ResultsPanel::keepRowsInView);
    updateSummary();
}

void ResultsPanel::keepRowsInView()
{
    // Fewer rows after a filter: a view left scrolled past the last row would
    // paint every row's header until its next layout (tens of milliseconds).
    const QModelIndex current = m_table->currentIndex();
    const QHeaderView *rows = m_table->verticalHeader();
    if (current.isValid())
        m_table->scrollTo(current);
    else if (m_filter->rowCount() == 0)
        m_table->scrollToTop();
    else if (rows->offset() + rows->viewport()->height() > rows->length())
        m_table->scrollTo(m_filter->index(m_filter->rowCount() - 1, 0), QAbstractItemView::PositionAtBottom);
}

void ResultsPanel::setColumns(const QList<ResultColumn> &columns)
{
    // A reset of the model: the filter has its rows anew, and needs no invalidate().
    m_model->setColumns(columns);
    updateSummary();
    showDetail();
}

void ResultsPanel::updateCell(int column, const CellResult &cell)
{
    m_model->updateCell(column, cell);
}

void ResultsPanel::refresh()
{
    m_filter->invalidate();
    updateSummary();
    showDetail();
}

void ResultsPanel::setFilter(ResultsFilterModel::Filter filter)
{
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter)));
}

std::pair<int, int> ResultsPanel::currentCell() const
{
    const QModelIndex source = m_filter->mapToSource(m_table->currentIndex());
    return source.isValid() ? std::pair {source.row(), source.column()} : std::pair {-1, -1};
}

void ResultsPanel::selectCell(int row, int column)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, column));
    m_table->setCurrentIndex(proxy);
}

void ResultsPanel::gradeCurrent(const HumanGrade &grade)
{
    const auto [row, column] = currentCell();
    const CellResult *cell = m_model->cellAt(row, column);
    if (!cell || !cell->isFinished())
        return;
    CellResult graded = *cell;
    graded.human = grade;
    m_model->updateCell(column, graded);
    emit humanGradeChanged(column, *m_model->columns().at(column).run);
    updateSummary();
}

bool ResultsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    const auto [row, column] = currentCell();
    const CellResult *cell = m_model->cellAt(row, column);
    if (!cell || !cell->isFinished())
        return false;
    HumanGrade grade = cell->human;
    switch (key->key()) {
    case Qt::Key_P:
        grade.pass = true;
        break;
    case Qt::Key_F:
        grade.pass = false;
        break;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5:
        grade.rating = key->key() - Qt::Key_0;
        break;
    case Qt::Key_0:
        grade.pass.reset();
        grade.rating = 0;
        break;
    default:
        return false;
    }
    gradeCurrent(grade);
    return true;
}

void ResultsPanel::storeComment()
{
    const auto [row, column] = currentCell();
    const CellResult *cell = m_model->cellAt(row, column);
    if (!cell || !cell->isFinished() || cell->human.comment == m_comment->text())
        return;
    HumanGrade grade = cell->human;
    grade.comment = m_comment->text();
    gradeCurrent(grade);
}

void ResultsPanel::showDetail()
{
    const auto [row, column] = currentCell();
    const CellResult *cell = m_model->cellAt(row, column);
    m_comment->setEnabled(cell && cell->isFinished());
    if (!m_comment->hasFocus())
        m_comment->setText(cell ? cell->human.comment : QString());
    if (row < 0) {
        m_detail->setHtml(tr("<p>Choose a result to see the whole output.</p>"));
        return;
    }
    const TestCase &testCase = m_cases->caseAt(row);
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1 · %2</h3>")
                       .arg(escaped(testCase.description.isEmpty() ? testCase.id : testCase.description),
                           escaped(m_model->columns().at(column).title));
    html += QStringLiteral("<p><b>%1</b>").arg(escaped(statusText(cell)));
    if (cell && cell->isFinished()) {
        html += QStringLiteral(" · ")
            + tr("%1 in, %2 out").arg(locale.toString(cell->usage.inputTokens), locale.toString(cell->usage.outputTokens));
        if (cell->latencyMs >= 0)
            html += QStringLiteral(" · ") + tr("%1 ms").arg(locale.toString(cell->latencyMs));
        if (cell->costUsd)
            html += QStringLiteral(" · ") + tr("≈ $%1 (estimate)").arg(*cell->costUsd, 0, 'f', 5);
        if (!cell->stopReason.isEmpty())
            html += QStringLiteral(" · ") + escaped(cell->stopReason);
    }
    html += QStringLiteral("</p>");
    if (cell && cell->isFinished()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(cell->output));
        if (!cell->grades.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const GradeResult &grade : cell->grades)
                html += QStringLiteral("<li><span style=\"color:%1\">%2</span> <b>%3</b>: %4</li>")
                            .arg((grade.pass ? uicolors::positive() : uicolors::negative()).name(),
                                grade.pass ? QStringLiteral("✓") : QStringLiteral("✗"), escaped(grade.assertionType),
                                escaped(grade.reason));
            html += QStringLiteral("</ul>");
        }
    }
    // The same case in the other version: what changed from the left version's output to the right one's.
    const int other = column == 0 ? 1 : 0;
    const CellResult *otherCell = m_model->cellAt(row, other);
    if (cell && otherCell && cell->isFinished() && otherCell->isFinished()) {
        const int from = std::min(column, other);
        const int to = std::max(column, other);
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("From %1 to %2")
                             .arg(escaped(m_model->columns().at(from).title), escaped(m_model->columns().at(to).title)),
                        diffHtml(m_model->cellAt(row, from)->output, m_model->cellAt(row, to)->output));
    }
    m_detail->setHtml(html);
}

QString ResultsPanel::summaryText() const
{
    return m_summary->text();
}

void ResultsPanel::updateSummary()
{
    const QLocale locale;
    QStringList lines;
    QList<ScoreChart::Bar> bars;
    for (const ResultColumn &column : m_model->columns()) {
        ScoreChart::Bar bar;
        bar.label = column.title.section(QLatin1Char(' '), 0, 0);
        bar.title = column.title;
        if (!column.run) {
            lines.append(tr("<b>%1</b>: not run yet").arg(escaped(column.title)));
            bars.append(bar);
            continue;
        }
        const RunSummary summary = summarizeRun(*column.run);
        const int graded = summary.passed + summary.failed;
        bar.ran = graded + summary.errors > 0;
        bar.passRate = bar.ran ? double(summary.passed) / (graded + summary.errors) : 0;
        bar.meanScore = summary.meanScore;
        bars.append(bar);
        QString line = tr("<b>%1</b>: %2 of %3 passed (%4 %), mean score %5")
                           .arg(escaped(column.title))
                           .arg(summary.passed)
                           .arg(graded + summary.errors)
                           .arg(graded + summary.errors > 0 ? 100 * summary.passed / (graded + summary.errors) : 0)
                           .arg(summary.meanScore, 0, 'f', 2);
        if (summary.errors > 0)
            line += tr(", %n error(s)", nullptr, summary.errors);
        if (summary.notRun > 0)
            line += tr(", %n not run", nullptr, summary.notRun);
        line += tr(" · %1 tokens").arg(locale.toString(summary.usage.inputTokens + summary.usage.outputTokens));
        if (summary.costUsd)
            line += tr(" · ≈ $%1 (estimate)").arg(*summary.costUsd, 0, 'f', 4);
        if (summary.latencyP50Ms >= 0)
            line += tr(" · p50 %1 ms, p95 %2 ms")
                        .arg(locale.toString(summary.latencyP50Ms), locale.toString(summary.latencyP95Ms));
        int humanPass = 0;
        int humanFail = 0;
        int rated = 0;
        int ratingSum = 0;
        for (const CellResult &cell : column.run->cells) {
            if (cell.human.pass)
                ++(*cell.human.pass ? humanPass : humanFail);
            if (cell.human.rating > 0) {
                ++rated;
                ratingSum += cell.human.rating;
            }
        }
        if (humanPass + humanFail + rated > 0) {
            line += tr(" · your grades: %1 pass, %2 fail").arg(humanPass).arg(humanFail);
            if (rated > 0)
                line += tr(", mean rating %1 (%n rated)", nullptr, rated).arg(double(ratingSum) / rated, 0, 'f', 1);
        }
        lines.append(line);
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_chart->setBars(bars);
}

} // namespace pw
