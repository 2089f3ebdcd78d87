#include "mainwindow.h"

#include <QPlainTextEdit>

namespace pw {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Promptwerk"));
    auto *editor = new QPlainTextEdit(this);
    editor->setPlaceholderText(tr("Write a prompt here"));
    setCentralWidget(editor);
    resize(1100, 720);
}

} // namespace pw
