#include "generatedialog.h"

#include "dialogs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw {

GenerateDialog::GenerateDialog(QWidget *parent) : QDialog(parent), m_task(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Generate a Prompt"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Describe the task the prompt is for:"), this);
    label->setBuddy(m_task);
    layout->addWidget(label);
    m_task->setPlaceholderText(tr("e.g. Answer customer questions about a meal-prep delivery service, politely and briefly, "
                                  "and hand over to a person for refunds."));
    m_task->setTabChangesFocus(true);
    layout->addWidget(m_task, 1);
    auto *hint = new QLabel(
        tr("The generated prompt replaces the current one when you accept it; Ctrl+Z brings the current one back."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setDefault(true);
    m_generate->setEnabled(false);
    connect(m_task, &QPlainTextEdit::textChanged, this, [this] { m_generate->setEnabled(!task().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    acceptOnCtrlReturn(this, m_generate);
    // Typing starts in the task, whatever the window system does on activation.
    m_task->setFocus(Qt::OtherFocusReason);
    resize(560, 300);
}

QString GenerateDialog::task() const
{
    return m_task->toPlainText().trimmed();
}

void GenerateDialog::setTask(const QString &task)
{
    m_task->setPlainText(task);
    m_task->selectAll();
}

} // namespace pw
