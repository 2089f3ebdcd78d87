#include "mainwindow.h"
#include "version.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Promptwerk"));
    QApplication::setOrganizationName(QStringLiteral("Promptwerk"));
    QApplication::setApplicationVersion(QStringLiteral(PROMPTWERK_VERSION));

    pw::MainWindow window;
    window.show();
    return QApplication::exec();
}
