#include "comparearea.h"

#include "comparepanes.h"
#include "uilayout.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
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
      m_notesLayout(new QVBoxLayout(m_notesBox)), m_values(new QTableWidget(0, 2, this)), m_panes(createComparePanes(this)),
      m_accept(new QPushButton(this)), m_reject(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QHBoxLayout *header = uilayout::titleRow(m_title);
    header->addWidget(m_reject);
    header->addWidget(m_accept);
    layout->addLayout(header);

    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_notesLayout->setContentsMargins(0, 2, 0, 2);
    m_notesLayout->setSpacing(2);
    layout->addWidget(m_notesBox);

    m_values->setHorizontalHeaderLabels({tr("Variable"), tr("Value found")});
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setWordWrap(false);
    m_values->setAccessibleName(tr("Values found"));
    m_values->hide();
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

void CompareArea::showResult(const QString &title, const QString &summary, const Prompt &original, const ToolResult &result)
{
    m_title->setText(title);
    m_summary->setText(summary);

    while (QLayoutItem *item = m_notesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_notes.clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const Diagnostic &note : result.notes) {
        auto *row = new QWidget(m_notesBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        const QStyle::StandardPixmap kind
            = note.severity == Severity::Info ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
        icon->setPixmap(style()->standardIcon(kind, nullptr, this).pixmap(iconSize, iconSize));
        auto *text = new QLabel(note.message, row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setToolTip(note.location.path());
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_notesLayout->addWidget(row);
        m_notes.append(note.message);
    }
    m_notesBox->setVisible(!m_notes.isEmpty());

    // Templatize finds values; the other tools keep the ones the author has.
    const VariableValues &found = result.variableValues;
    m_values->setRowCount(int(found.size()));
    int row = 0;
    for (auto it = found.constBegin(); it != found.constEnd(); ++it, ++row) {
        m_values->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto *value = new QTableWidgetItem(QString(it.value()).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")));
        value->setData(Qt::UserRole, it.value());
        value->setToolTip(it.value());
        m_values->setItem(row, 1, value);
    }
    m_values->setVisible(result.hasVariableValues && !found.isEmpty());
    if (m_values->isVisibleTo(this)) {
        const int rows = qMin(m_values->rowCount(), 4);
        m_values->setFixedHeight(m_values->horizontalHeader()->height() + rows * m_values->verticalHeader()->defaultSectionSize()
            + 2 * m_values->frameWidth());
    }
    m_panes->setPrompts(tr("Original"), original, tr("Result"), result.prompt);
}

VariableValues CompareArea::foundValues() const
{
    VariableValues values;
    for (int row = 0; row < m_values->rowCount(); ++row)
        values.insert(m_values->item(row, 0)->text(), m_values->item(row, 1)->data(Qt::UserRole).toString());
    return values;
}

QString CompareArea::title() const
{
    return m_title->text();
}

QStringList CompareArea::notes() const
{
    return m_notes;
}

} // namespace pw
