// Stands in for a Promptwerk window that dies: autosaves a document with
// AutosaveStore, tells the test on stdout, then waits to be killed.
//
//   autosave-crash-helper DIR KEY          save once, print "saved 1", wait
//   autosave-crash-helper DIR KEY --busy   print "saved 1" after the first
//                                          save, then keep saving revision
//                                          after revision until killed
#include "document/autosavestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

namespace {

pw::Revision numberedRevision(int n)
{
    pw::Revision revision;
    // Grows with n, so a torn write would show as a parse error.
    revision.prompt.messages = {pw::Message::user(QStringLiteral("version %1 ").arg(n) + QString(n * 10, u'x'))};
    revision.values = {{QStringLiteral("N"), QString::number(n)}};
    return revision;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    pw::AutosaveStore store(args[1]);
    const QString key = args[2];
    const bool busy = args.size() > 3 && args[3] == QLatin1String("--busy");

    pw::PromptDocument document;
    document.addRevision(numberedRevision(1));
    QString error;
    if (!store.save(key, document, QStringLiteral("/home/someone/unsaved.promptwerk"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("saved 1\n");
    std::fflush(stdout);

    // Bounded, so a test that forgets to kill it does not leave it running.
    QElapsedTimer timer;
    timer.start();
    for (int n = 2; timer.elapsed() < 20000; ++n) {
        if (busy) {
            document.addRevision(numberedRevision(n));
            store.save(key, document, QStringLiteral("/home/someone/unsaved.promptwerk"));
        } else {
            QThread::msleep(50);
        }
    }
    return 0;
}
