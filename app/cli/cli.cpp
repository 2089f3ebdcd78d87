#include "cli.h"

#include "prompt/promptjson.h"

#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace pw::cli {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the notifier does the rest.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

Interrupts *Interrupts::instance()
{
    static Interrupts interrupts;
    return &interrupts;
}

void Interrupts::install()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, instance());
    QObject::connect(notifier, &QSocketNotifier::activated, instance(), [] {
        char byte;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
        instance()->notify();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void Interrupts::notify()
{
    m_interrupted = true;
    emit interrupted();
}

Context::Context(QString command, QStringList args, Options options)
    : command(std::move(command)), args(std::move(args)), options(std::move(options)), m_out(stdout), m_err(stderr)
{ }

QString Context::inputName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("stdin") : path;
}

std::optional<QByteArray> Context::readInput(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        fail(ExitUsage, QStringLiteral("cannot read %1: %2").arg(inputName(path), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<Prompt> Context::readPrompt(const QString &path)
{
    const std::optional<QByteArray> data = readInput(path);
    if (!data)
        return std::nullopt;
    PromptFileResult file = readPromptFile(*data, inputName(path));
    if (!file.ok()) {
        fail(ExitUsage, file.error);
        return std::nullopt;
    }
    return std::move(file.prompt);
}

bool Context::stderrIsTerminal() const
{
    return isatty(STDERR_FILENO) == 1;
}

StatusLine::StatusLine(Context &context) : m_context(context), m_enabled(context.stderrIsTerminal()) { }

void StatusLine::show(const QString &line)
{
    if (!m_enabled)
        return;
    m_context.err() << "\r\x1b[K" << line << Qt::flush;
    m_shown = true;
}

void StatusLine::clear()
{
    if (m_shown)
        m_context.err() << "\r\x1b[K" << Qt::flush;
    m_shown = false;
}

int Context::fail(int code, const QString &message)
{
    m_err << "promptwerk-cli: " << message << Qt::endl;
    return code;
}

} // namespace pw::cli
