#pragma once

#include "prompt/prompt.h"
#include "tools/engineregistry.h"

#include <QByteArray>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace pw::cli {

// Exit codes of promptwerk-cli (also in its --help and man page).
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1, // lint found something
    ExitDifferences = 1, // diff: the prompts differ (as diff(1) and git diff --exit-code)
    ExitNoGain = 1, // optimize: the winner does not beat the original on the held-out cases
    ExitUsage = 2, // bad usage or invalid input: nothing was sent
    ExitApi = 3, // the API answered with an error
    ExitNetwork = 4, // network failure or timeout
    ExitInterrupted = 130,
};

// Global and per-command options, parsed once in main.cpp.
struct Options
{
    QString engine = defaultEngine().id;
    QString baseUrl;
    QString targetModel;
    QString model;
    int timeoutSeconds = -1; // -1: not given (settings, else 600)
    int maxRetries = -1; // -1: not given (settings, else 2)
    int maxTokens = 0; // 0: the engine's default
    bool json = false;
    QString task; // generate --task
    QString feedback; // improve --feedback
    QString format; // export --format
    QString output; // export -o
    // run and eval: the target model's settings
    std::optional<double> temperature;
    std::optional<double> topP;
    QStringList stopSequences;
    int thinkingBudget = 0;
    QStringList vars; // run --var NAME=VALUE
    QString caseName; // run --case
    QString listen = QStringLiteral("127.0.0.1:8080"); // serve --listen
    QString clientKeysFile; // serve --client-keys
    bool logBodies = false; // serve --log-bodies
    int maxConnections = 0; // serve; 0: the server's default
    qint64 maxBodyBytes = 0; // serve; 0: the server's default
    int clientTimeoutSeconds = 0; // serve; 0: the server's default
    int stopTimeoutSeconds = 30; // serve: how long requests may finish after SIGTERM
    QStringList outputs; // eval -o, repeatable
    QString cases; // eval --cases
    QStringList compare; // eval --compare
    int concurrency = 4;
    int repeat = 1;
    QString graderModel;
    bool save = false;
    bool batch = false; // eval --batch
    bool resume = false; // eval --resume: continue the batches of the state file
    bool cancelBatches = false; // eval --cancel: cancel the batches of the state file at the server
    double pollSeconds = 2; // eval --batch: the first wait between polls
    int rounds = 3; // optimize
    int candidates = 3; // optimize: per round
    double holdout = 0.3; // optimize: the fraction of the cases held out
    quint32 seed = 1; // optimize: of the split
    qint64 budgetTokens = 0; // optimize; 0: no limit
};

// Emits interrupted() when the process gets SIGINT or SIGTERM (installed by main.cpp).
class Interrupts : public QObject
{
    Q_OBJECT

public:
    static Interrupts *instance();
    static void install();
    bool wasInterrupted() const { return m_interrupted; }

signals:
    void interrupted();

private:
    void notify();
    bool m_interrupted = false;
};

class Context
{
public:
    Context(QString command, QStringList args, Options options);

    const QString command; // "models", "generate", ...
    const QStringList args; // positional arguments after the command name
    const Options options;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Reads FILE, or standard input for "-". On failure prints
    // "promptwerk-cli: cannot read FILE: reason" and returns nullopt.
    std::optional<QByteArray> readInput(const QString &path);
    // Reads FILE as a prompt (JSON prompt or text, see readPromptFile). On
    // failure prints what is wrong and where and returns nullopt.
    std::optional<Prompt> readPrompt(const QString &path);
    // The name to use for an input in messages ("stdin" for "-").
    static QString inputName(const QString &path);

    bool stderrIsTerminal() const;

    // Prints "promptwerk-cli: message" on stderr and returns code.
    int fail(int code, const QString &message);

    // Runs the event loop until sender emits signal. Returns false when the
    // user interrupted first (the caller cancels its work and returns
    // ExitInterrupted).
    template<typename Sender, typename Signal>
    bool waitFor(const Sender *sender, Signal signal)
    {
        if (Interrupts::instance()->wasInterrupted())
            return false;
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        QObject::connect(Interrupts::instance(), &Interrupts::interrupted, &loop, &QEventLoop::quit);
        loop.exec();
        return !Interrupts::instance()->wasInterrupted();
    }

private:
    QTextStream m_out;
    QTextStream m_err;
};

// One line of progress on standard error, redrawn in place, shown only when
// standard error is a terminal; cleared before anything else is printed, since
// standard output usually shares the terminal.
class StatusLine
{
public:
    explicit StatusLine(Context &context);
    ~StatusLine() { clear(); }
    StatusLine(const StatusLine &) = delete;
    StatusLine &operator=(const StatusLine &) = delete;

    bool enabled() const { return m_enabled; }
    void show(const QString &line);
    void clear();

private:
    Context &m_context;
    bool m_enabled;
    bool m_shown = false;
};

} // namespace pw::cli
