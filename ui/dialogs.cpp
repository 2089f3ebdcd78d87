#include "dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QList>
#include <QShortcut>

#include <utility>

namespace pw {

namespace {

QList<QMessageBox::StandardButton> nextAnswers;

struct FileChoice
{
    QString path;
    QString selectedFilter;
};
QList<FileChoice> nextFileNames;
QString lastOffered;

} // namespace

void acceptOnCtrlReturn(QWidget *dialog, QAbstractButton *accept)
{
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, accept, [accept] {
            if (accept->isEnabled())
                accept->click();
        });
    }
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (!nextAnswers.isEmpty())
        return nextAnswers.takeFirst();
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers.append(answer);
}

qsizetype MessageBox::clearNextAnswers()
{
    return std::exchange(nextAnswers, {}).size();
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (!nextFileNames.isEmpty())
        return nextFileNames.takeFirst().path;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::saveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter, QString *selectedFilter)
{
    lastOffered = path;
    if (!nextFileNames.isEmpty()) {
        const FileChoice choice = nextFileNames.takeFirst();
        if (selectedFilter && !choice.selectedFilter.isEmpty())
            *selectedFilter = choice.selectedFilter;
        return choice.path;
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter, selectedFilter);
}

void FileDialog::setNextFileName(const QString &path, const QString &selectedFilter)
{
    nextFileNames.append({path, selectedFilter});
}

qsizetype FileDialog::clearNextFileNames()
{
    return std::exchange(nextFileNames, {}).size();
}

QString FileDialog::lastOfferedPath()
{
    return lastOffered;
}

} // namespace pw
