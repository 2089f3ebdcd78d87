#include "comparearea.h"

#include "comparepanes.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pw {

namespace {

QString heading(const QString &title)
{
    return title + QLatin1Char('\n') + QString(title.size(), QChar(0x2500)) + QLatin1Char('\n');
}

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

QString promptAsText(const Prompt &prompt, const VariableValues &values)
{
    QStringList parts;
    if (!prompt.system.isEmpty())
        parts.append(heading(CompareArea::tr("System")) + prompt.system);
    for (qsizetype i = 0; i < prompt.messages.size(); ++i) {
        const Message &message = prompt.messages.at(i);
        const QString role = message.role == Role::User ? CompareArea::tr("User") : CompareArea::tr("Assistant");
        parts.append(heading(CompareArea::tr("Message %1 · %2").arg(i + 1).arg(role)) + message.text());
    }
    if (!values.isEmpty()) {
        QString list = heading(CompareArea::tr("Variable values"));
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            list += QStringLiteral("%1 = %2\n").arg(it.key(), it.value());
        parts.append(list.trimmed());
    }
    return parts.join(QStringLiteral("\n\n"));
}

CompareArea::CompareArea(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_notesBox(new QWidget(this)),
      m_notesLayout(new QVBoxLayout(m_notesBox)), m_panes(createComparePanes(this)), m_accept(new QPushButton(this)),
      m_reject(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_reject);
    header->addWidget(m_accept);
    layout->addLayout(header);

    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_notesLayout->setContentsMargins(0, 2, 0, 2);
    m_notesLayout->setSpacing(2);
    layout->addWidget(m_notesBox);
    layout->addWidget(m_panes, 1);
    m_accept->setDefault(true);
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
    const VariableValues resultValues = result.hasVariableValues ? result.variableValues : VariableValues();
    m_panes->setTexts(tr("Original"), promptAsText(original, {}), tr("Result"), promptAsText(result.prompt, resultValues));
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
