#pragma once

#include <QMessageBox>
#include <QString>

class QAbstractButton;
class QWidget;

namespace pw {

// Ctrl+Return (and Ctrl+Enter) clicks accept, wherever the focus is in
// dialog: in a text field Return alone makes a new line.
void acceptOnCtrlReturn(QWidget *dialog, QAbstractButton *accept);

// Every question the window asks in a modal message box goes through here.
// A test queues the answers beforehand (KeePassXC's MessageBox::setNextAnswer
// idea), and the code under test runs as it would for a user, without the box.
class MessageBox
{
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

    // Tests: the answer to the next question, used once; answers queue in order.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Forgets the answers no question used and returns how many there were.
    static qsizetype clearNextAnswers();
};

// The same for every file dialog: FileDialog::setNextFileName.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    // selectedFilter: the filter shown first; on return, the one chosen.
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &path, const QString &filter, QString *selectedFilter = nullptr);

    // Tests: the next dialog's choice, used once; an empty path is "canceled".
    // selectedFilter, when not empty, is the filter the save dialog reports.
    static void setNextFileName(const QString &path, const QString &selectedFilter = {});
    static qsizetype clearNextFileNames();
    // Tests: the path the last save dialog offered.
    static QString lastOfferedPath();
};

} // namespace pw
