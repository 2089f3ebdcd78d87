// promptwerk-fake-server: the fake API server's default behaviour as a process,
// for CLI tests, demos and screenshots. Prints "listening on http://127.0.0.1:PORT"
// when ready; exits cleanly on SIGTERM or SIGINT.

#include "fakes/fakeapiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe calls here; the notifier quits the event loop.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

bool quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

bool parseNonNegative(const QString &text, int max, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= 0 && *value <= max;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promptwerk-fake-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local fake of the Anthropic and OpenAI-compatible APIs, for tests and demos."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"), QStringLiteral("The API key to expect."), QStringLiteral("KEY"), QStringLiteral("test-key"));
    const QCommandLineOption slowOption(QStringLiteral("slow"), QStringLiteral("Delay between streamed events, in milliseconds."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption toolAnswerOption(QStringLiteral("tool-answer"),
        QStringLiteral("A file whose text answers every structured-output request (a tool result for a demo)."),
        QStringLiteral("FILE"));
    parser.addOptions({portOption, keyOption, slowOption, toolAnswerOption});
    parser.process(app);

    int port = 0;
    int slowMs = 0;
    if (!parseNonNegative(parser.value(portOption), 65535, &port)) {
        std::fprintf(stderr, "promptwerk-fake-server: --port must be a number from 0 to 65535\n");
        return 2;
    }
    if (!parseNonNegative(parser.value(slowOption), 60000, &slowMs)) {
        std::fprintf(stderr, "promptwerk-fake-server: --slow must be a number of milliseconds from 0 to 60000\n");
        return 2;
    }
    if (!quitOnTerminationSignals(app)) {
        std::fprintf(stderr, "promptwerk-fake-server: cannot install the signal handlers\n");
        return 1;
    }

    pw::test::FakeApiServer server;
    server.setApiKey(parser.value(keyOption).toUtf8());
    server.setDefaultStreamDelay(slowMs);
    if (parser.isSet(toolAnswerOption)) {
        QFile answer(parser.value(toolAnswerOption));
        if (!answer.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "promptwerk-fake-server: --tool-answer: cannot read %s: %s\n", qPrintable(answer.fileName()),
                qPrintable(answer.errorString()));
            return 2;
        }
        server.setStructuredAnswer(QString::fromUtf8(answer.readAll()));
    }
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "promptwerk-fake-server: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    QObject::connect(&server, &pw::test::FakeApiServer::requestReceived, [](const pw::test::RecordedRequest &request) {
        std::fprintf(stderr, "%s %s\n", request.method.constData(), request.path.constData());
    });

    std::printf("listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
