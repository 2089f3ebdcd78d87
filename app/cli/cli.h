#pragma once

#include "prompt/prompt.h"

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
    ExitUsage = 2, // bad usage or invalid input: nothing was sent
    ExitApi = 3, // the API answered with an error
    ExitNetwork = 4, // network failure or timeout
    ExitInterrupted = 130,
};

// Global and per-command options, parsed once in main.cpp.
struct Options
{
    QString engine = QStringLiteral("claude");
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

} // namespace pw::cli
