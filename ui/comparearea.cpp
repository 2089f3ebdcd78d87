#include "comparearea.h"

#include "comparepanes.h"
#include "displaytext.h"
#include "prompttext.h"
#include "uilayout.h"

#include "prompt/variables.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pw {

namespace {

void bindButton(QPushButton *button, QAction *action)
{
    button->setText(action->text().remove(QLatin1Char('&')));
    button->setIcon(action->icon());
    button->setToolTip(CompareArea::tr("%1 (%2)").arg(button->text(), action->shortcut().toString(QKeySequence::NativeText)));
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
}

} // namespace

CompareArea::CompareArea(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_notesBox(new QWidget(this)),
      m_notesLayout(new QVBoxLayout(m_notesBox)), m_values(new QTableWidget(0, 2, this)), m_review(new QWidget(this)),
      m_reviewProblem(new QLabel(this)), m_makeVariable(new QAction(tr("&Make Variable…"), this)),
      m_panes(createComparePanes(this)), m_accept(new QPushButton(this)), m_reject(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QHBoxLayout *header = uilayout::titleRow(m_title);
    header->addWidget(m_reject);
    header->addWidget(m_accept);
    layout->addLayout(header);

    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_notesLayout->setContentsMargins(0, 2, 0, 2);
    m_notesLayout->setSpacing(2);
    layout->addWidget(m_notesBox);

    // Above the values: how to change them, and the button for what the engine missed.
    auto *reviewLayout = new QHBoxLayout(m_review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *reviewHint = new QLabel(
        tr("Untick a variable to keep its text, double-click a name to rename it, select text in the panes to make it a variable."),
        m_review);
    reviewHint->setWordWrap(true);
    reviewHint->setForegroundRole(QPalette::PlaceholderText);
    reviewLayout->addWidget(reviewHint, 1);
    auto *makeVariableButton = new QToolButton(m_review);
    makeVariableButton->setDefaultAction(m_makeVariable);
    makeVariableButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    reviewLayout->addWidget(makeVariableButton, 0, Qt::AlignTop);
    m_review->hide();
    layout->addWidget(m_review);
    m_reviewProblem->setWordWrap(true);
    m_reviewProblem->setTextFormat(Qt::PlainText);
    m_reviewProblem->setObjectName(QStringLiteral("reviewProblem"));
    m_reviewProblem->hide();
    layout->addWidget(m_reviewProblem);

    m_makeVariable->setObjectName(QStringLiteral("makeVariable"));
    m_makeVariable->setToolTip(tr("Make the text selected in the panes a variable, wherever it stands as a whole word"));
    m_makeVariable->setEnabled(false);
    connect(m_makeVariable, &QAction::triggered, this, &CompareArea::makeVariableFromSelection);
    connect(m_panes, &ComparePanes::selectionChanged, this,
        [this] { m_makeVariable->setEnabled(m_review->isVisibleTo(this) && !m_panes->selectedText().trimmed().isEmpty()); });
    m_panes->addAction(m_makeVariable);

    m_values->setObjectName(QStringLiteral("foundValues"));
    m_values->setHorizontalHeaderLabels({tr("Variable"), tr("Value found")});
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_values->setWordWrap(false);
    m_values->setAccessibleName(tr("Values found"));
    m_values->hide();
    connect(m_values, &QTableWidget::itemChanged, this, &CompareArea::onValueItemChanged);
    layout->addWidget(m_values);
    layout->addWidget(m_panes, 1);
    m_accept->setDefault(true);
    connect(m_panes, &ComparePanes::variableActivated, this, &CompareArea::variableActivated);
}

void CompareArea::setActions(QAction *accept, QAction *reject)
{
    bindButton(m_accept, accept);
    bindButton(m_reject, reject);
}

void CompareArea::showResult(const QString &title, const QString &summary, const Prompt &current, const ToolResult &result)
{
    m_title->setText(title);
    m_summary->setText(summary);

    while (QLayoutItem *item = m_notesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_notes.clear();
    m_notePlaces.clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const Diagnostic &note : result.notes) {
        auto *row = new QWidget(m_notesBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        const QStyle::StandardPixmap kind
            = note.severity == Severity::Info ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
        icon->setPixmap(style()->standardIcon(kind, nullptr, this).pixmap(iconSize, iconSize));
        // The place the way the checks say it, a link to it in the editors.
        const QString place = note.location.section == Location::Section::Prompt ? QString() : placeText(note.location, current);
        auto *text = new QLabel(row);
        text->setObjectName(QStringLiteral("noteText"));
        text->setWordWrap(true);
        if (place.isEmpty()) {
            text->setTextFormat(Qt::PlainText);
            text->setText(note.message);
        } else {
            text->setTextFormat(Qt::RichText);
            text->setText(tr("<a href=\"#place\">%1</a>: %2").arg(place.toHtmlEscaped(), note.message.toHtmlEscaped()));
            text->setToolTip(tr("Show %1 in the editors").arg(place));
            connect(text, &QLabel::linkActivated, this, [this, note] { emit placeActivated(note); });
        }
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_notesLayout->addWidget(row);
        m_notes.append(note.message);
        m_notePlaces.append(place);
    }
    m_notesBox->setVisible(!m_notes.isEmpty());

    m_result = result;
    m_current = current;
    // Templatize finds values; the other tools keep the ones the author has.
    m_found = {result.prompt, result.variableValues.value_or(VariableValues())};
    m_rows.clear();
    for (auto it = m_found.values.constBegin(); it != m_found.values.constEnd(); ++it)
        m_rows.append({it.key(), it.key(), it.value(), true});
    m_review->setVisible(result.variableValues.has_value());
    setReviewProblem({});
    showReviewRows();
    showReviewedDraft();
}

void CompareArea::showReviewRows()
{
    const QSignalBlocker blocker(m_values);
    m_values->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const ReviewRow &review = m_rows.at(row);
        auto *name = new QTableWidgetItem(review.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        name->setCheckState(review.kept ? Qt::Checked : Qt::Unchecked);
        name->setToolTip(review.kept ? tr("Untick to keep the text instead of {{%1}}").arg(review.name)
                                     : tr("Tick to make the text {{%1}} again").arg(review.name));
        m_values->setItem(row, 0, name);
        auto *value = new QTableWidgetItem(oneLineText(review.value));
        value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        value->setData(Qt::UserRole, review.value);
        value->setToolTip(wrappedToolTip(review.value));
        m_values->setItem(row, 1, value);
    }
    m_values->setVisible(!m_rows.isEmpty());
    // Up to four rows, then it scrolls; in a small window down to two, so the comparison keeps its room.
    const auto heightFor = [this](int rows) {
        return m_values->horizontalHeader()->height() + rows * m_values->verticalHeader()->defaultSectionSize()
            + 2 * m_values->frameWidth();
    };
    m_values->setMinimumHeight(heightFor(qMin(int(m_rows.size()), 2)));
    m_values->setMaximumHeight(heightFor(qMin(int(m_rows.size()), 4)));
}

void CompareArea::onValueItemChanged(QTableWidgetItem *item)
{
    if (item->column() != 0)
        return;
    ReviewRow &review = m_rows[item->row()];
    const bool kept = item->checkState() == Qt::Checked;
    const QString name = item->text().trimmed();
    if (name != review.name) {
        const QString problem = nameProblem(name, item->row());
        setReviewProblem(problem);
        if (problem.isEmpty())
            review.name = name;
    } else {
        setReviewProblem({});
    }
    review.kept = kept;
    showReviewRows();
    showReviewedDraft();
}

QString CompareArea::nameProblem(const QString &name, int row) const
{
    if (!isValidVariableName(name))
        return tr("“%1” cannot be a variable name: use letters, digits and underscores, e.g. TRAVELLER_NAME.").arg(name);
    // The prompt's own {{VARIABLES}} and the other rows' names are taken.
    QStringList taken = variableNames(m_found.templ);
    for (const ReviewRow &other : m_rows)
        taken.removeAll(other.found);
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row)
            taken.append(m_rows.at(other).name);
    }
    if (taken.contains(name))
        return tr("%1 is already a variable of this prompt: choose another name.").arg(name);
    return {};
}

QString CompareArea::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int suffix = 2; !nameProblem(name, -1).isEmpty(); ++suffix)
        name = wanted + QLatin1Char('_') + QString::number(suffix);
    return name;
}

TemplateDraft CompareArea::reviewedDraft() const
{
    TemplateDraft draft = m_found;
    QMap<QString, QString> renames;
    QStringList dropped;
    for (const ReviewRow &row : m_rows) {
        if (row.found.isEmpty())
            continue;
        if (!row.kept)
            dropped.append(row.found);
        else if (row.name != row.found)
            renames.insert(row.found, row.name);
    }
    reviseTemplateVariables(draft, renames, dropped);
    for (const ReviewRow &row : m_rows) {
        if (row.found.isEmpty() && row.kept)
            makeTemplateVariable(draft, row.value, row.name);
    }
    return draft;
}

void CompareArea::showReviewedDraft()
{
    m_panes->setPrompts(tr("Current prompt"), m_current, tr("Result"), reviewedDraft().templ);
}

void CompareArea::makeVariableFromSelection()
{
    const QString value = m_panes->selectedText().trimmed();
    if (value.isEmpty())
        return;
    const QString name = uniqueName(toUpperSnake(QStringView(value).left(40)));
    TemplateDraft draft = reviewedDraft();
    if (makeTemplateVariable(draft, value, name) == 0) {
        setReviewProblem(
            tr("“%1” is not in the prompt's own text as a whole word: only text outside {{VARIABLES}} can become one.")
                .arg(value.left(80)));
        return;
    }
    setReviewProblem({});
    m_rows.append({QString(), name, value, true});
    showReviewRows();
    showReviewedDraft();
    // The suggested name is only the text in capitals: the user names it at once.
    QTableWidgetItem *item = m_values->item(int(m_rows.size()) - 1, 0);
    m_values->scrollToItem(item);
    m_values->setCurrentItem(item);
    m_values->editItem(item);
}

void CompareArea::setReviewProblem(const QString &text)
{
    m_reviewProblem->setText(text);
    m_reviewProblem->setVisible(!text.isEmpty());
}

QString CompareArea::reviewProblem() const
{
    return m_reviewProblem->text();
}

ToolResult CompareArea::reviewedResult() const
{
    ToolResult result = m_result;
    if (result.variableValues) {
        const TemplateDraft draft = reviewedDraft();
        result.prompt = draft.templ;
        result.variableValues = draft.values;
    }
    return result;
}

VariableValues CompareArea::foundValues() const
{
    return reviewedDraft().values;
}

QString CompareArea::title() const
{
    return m_title->text();
}

QStringList CompareArea::notes() const
{
    return m_notes;
}

QStringList CompareArea::notePlaces() const
{
    return m_notePlaces;
}

} // namespace pw
