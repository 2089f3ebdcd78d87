// promptwerk-fake-server: the fake API server's default behaviour as a process,
// for CLI tests, demos and screenshots. Prints "listening on http://127.0.0.1:PORT"
// when ready; exits cleanly on SIGTERM or SIGINT.

#include "fakes/fakeapiserver.h"
#include "fakes/modelanswers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QString systemText(const QJsonObject &body)
{
    QString text = body.value(QLatin1String("system")).toString();
    for (const QJsonValue &block : body.value(QLatin1String("system")).toArray())
        text += block.toObject().value(QLatin1String("text")).toString();
    return text;
}

// --optimize-demo: a scripted optimization for the README's picture (see
// docs/screenshots/optimize-demo.json). The tool model answers candidate i of
// round r from "candidates" (the round is one after the latest whose "key"
// the prompt to improve contains); the target model answers a case with the
// "answers" entry whose "match" its message contains, spoiled by every
// "faults" entry whose "unless" text the system prompt lacks.
pw::test::AnswerText optimizeDemo(const QJsonObject &script)
{
    return [script](const QJsonObject &body) -> std::optional<QString> {
        const QString request = pw::test::lastUserText(body);
        const QJsonArray rounds = script.value(QLatin1String("candidates")).toArray();
        if (body.contains(QLatin1String("output_config")) || body.contains(QLatin1String("response_format"))) {
            const QString improving = request.section(QLatin1String("</prompt>"), 0, 0);
            qsizetype round = 0;
            for (qsizetype r = 0; r < rounds.size(); ++r) {
                for (const QJsonValue &candidate : rounds.at(r).toArray()) {
                    if (improving.contains(candidate.toObject().value(QLatin1String("key")).toString()))
                        round = std::min(r + 1, rounds.size() - 1);
                }
            }
            const QJsonArray candidates = rounds.at(round).toArray();
            qsizetype index = 0;
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                if (request.contains(QStringLiteral("candidate %1 of").arg(i + 1)))
                    index = i;
            }
            const QJsonObject candidate = candidates.at(index).toObject();
            return pw::test::modelAnswer({{QStringLiteral("user"), candidate.value(QLatin1String("user")).toString()}},
                candidate.value(QLatin1String("system")).toString());
        }
        for (const QJsonValue &entry : script.value(QLatin1String("answers")).toArray()) {
            const QJsonObject answer = entry.toObject();
            if (!request.contains(answer.value(QLatin1String("match")).toString()))
                continue;
            QString text = answer.value(QLatin1String("text")).toString();
            const QString prompt = systemText(body);
            for (const QJsonValue &fault : script.value(QLatin1String("faults")).toArray()) {
                const QJsonObject f = fault.toObject();
                if (!prompt.contains(f.value(QLatin1String("unless")).toString()))
                    text.replace(f.value(QLatin1String("replace")).toString(), f.value(QLatin1String("with")).toString());
            }
            return text;
        }
        return std::nullopt;
    };
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
    const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit-every"),
        QStringLiteral("Answer every Nth model request with a 429 and retry-after."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption overloadedOption(QStringLiteral("overloaded"),
        QStringLiteral("Answer the last B of every N model requests with a 529."), QStringLiteral("B/N"));
    const QCommandLineOption retryAfterOption(QStringLiteral("retry-after"),
        QStringLiteral("The retry-after of those answers, in seconds (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption spendLimitOption(QStringLiteral("spend-limit-after"),
        QStringLiteral("Answer every model request after the first N with the spend-limit 429."), QStringLiteral("N"));
    const QCommandLineOption firstTokenOption(QStringLiteral("first-token-delay"),
        QStringLiteral("Delay before the first event of a streamed model answer, in milliseconds."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption batchProcessingOption(QStringLiteral("batch-processing"),
        QStringLiteral("How long a batch is in progress, in milliseconds; its requests finish evenly over it."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption batchErroredOption(QStringLiteral("batch-errored-every"),
        QStringLiteral("Request n of a batch is errored when n % N == 0."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption batchExpiredOption(QStringLiteral("batch-expired-every"),
        QStringLiteral("Request n of a batch is expired when n % N == 0."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption batchCanceledOption(QStringLiteral("batch-canceled-every"),
        QStringLiteral("Request n of a batch is canceled when n % N == 0."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noOpenAiBatchesOption(QStringLiteral("no-openai-batches"),
        QStringLiteral("Answer /v1/files and /v1/batches with 404, as Ollama and llama.cpp do."));
    const QCommandLineOption optimizeDemoOption(QStringLiteral("optimize-demo"),
        QStringLiteral("A JSON script of candidates and answers that plays an optimization (a demo)."), QStringLiteral("FILE"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("Do not log every request."));
    parser.addOptions({portOption, keyOption, slowOption, toolAnswerOption, rateLimitOption, overloadedOption, retryAfterOption,
        spendLimitOption, firstTokenOption, batchProcessingOption, batchErroredOption, batchExpiredOption, batchCanceledOption,
        noOpenAiBatchesOption, optimizeDemoOption, quietOption});
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
    pw::test::FakeFaults faults;
    faults.retryAfter = parser.value(retryAfterOption).toLatin1();
    if (!parseNonNegative(parser.value(rateLimitOption), 1000000, &faults.rateLimitEvery)
        || !parseNonNegative(parser.value(firstTokenOption), 60000, &faults.firstTokenDelayMs)) {
        std::fprintf(stderr, "promptwerk-fake-server: --rate-limit-every and --first-token-delay take a number\n");
        return 2;
    }
    if (parser.isSet(spendLimitOption) && !parseNonNegative(parser.value(spendLimitOption), 1000000, &faults.spendLimitAfter)) {
        std::fprintf(stderr, "promptwerk-fake-server: --spend-limit-after takes a number\n");
        return 2;
    }
    if (parser.isSet(overloadedOption)) {
        const QStringList parts = parser.value(overloadedOption).split(QLatin1Char('/'));
        if (parts.size() != 2 || !parseNonNegative(parts[0], 1000000, &faults.overloadedBurst)
            || !parseNonNegative(parts[1], 1000000, &faults.overloadedEvery) || faults.overloadedBurst > faults.overloadedEvery) {
            std::fprintf(stderr, "promptwerk-fake-server: --overloaded takes B/N with B <= N\n");
            return 2;
        }
    }
    pw::test::FakeBatchSettings batches;
    batches.openAiBatches = !parser.isSet(noOpenAiBatchesOption);
    if (!parseNonNegative(parser.value(batchProcessingOption), 86400000, &batches.processingMs)
        || !parseNonNegative(parser.value(batchErroredOption), 1000000, &batches.erroredEvery)
        || !parseNonNegative(parser.value(batchExpiredOption), 1000000, &batches.expiredEvery)
        || !parseNonNegative(parser.value(batchCanceledOption), 1000000, &batches.canceledEvery)) {
        std::fprintf(stderr, "promptwerk-fake-server: the --batch-* options take a number\n");
        return 2;
    }
    if (!quitOnTerminationSignals(app)) {
        std::fprintf(stderr, "promptwerk-fake-server: cannot install the signal handlers\n");
        return 1;
    }

    pw::test::FakeApiServer server;
    server.setApiKey(parser.value(keyOption).toUtf8());
    server.setDefaultStreamDelay(slowMs);
    server.setFaults(faults);
    server.setBatchSettings(batches);
    if (parser.isSet(toolAnswerOption)) {
        QFile answer(parser.value(toolAnswerOption));
        if (!answer.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "promptwerk-fake-server: --tool-answer: cannot read %s: %s\n", qPrintable(answer.fileName()),
                qPrintable(answer.errorString()));
            return 2;
        }
        server.setStructuredAnswer(QString::fromUtf8(answer.readAll()));
    }
    if (parser.isSet(optimizeDemoOption)) {
        QFile script(parser.value(optimizeDemoOption));
        const QJsonDocument json = script.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(script.readAll()) : QJsonDocument();
        if (!json.isObject()) {
            std::fprintf(stderr, "promptwerk-fake-server: --optimize-demo: %s is not a readable JSON object\n",
                qPrintable(script.fileName()));
            return 2;
        }
        server.setAnswerText(optimizeDemo(json.object()));
    }
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "promptwerk-fake-server: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    if (!parser.isSet(quietOption)) {
        QObject::connect(&server, &pw::test::FakeApiServer::requestReceived, [](const pw::test::RecordedRequest &request) {
            std::fprintf(stderr, "%s %s\n", request.method.constData(), request.path.constData());
        });
    }

    std::printf("listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    const int status = app.exec();
    std::fprintf(stderr, "peak requests in flight: %d\n", server.peakInFlight());
    return status;
}
