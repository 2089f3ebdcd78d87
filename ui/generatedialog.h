#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace pw {

// Asks what the prompt to generate is for.
class GenerateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GenerateDialog(QWidget *parent = nullptr);

    QString task() const;
    void setTask(const QString &task);

private:
    QPlainTextEdit *m_task;
    QPushButton *m_generate;
};

} // namespace pw
