#pragma once

// Runs promptwerk-cli as a separate process, the way scripts and users run
// it, while this process's event loop keeps an in-process fake server
// answering. The environment is sealed: a temporary HOME and
// XDG_CONFIG_HOME, no D-Bus session and no display, so no keychain or
// settings of the machine are touched.

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <pty.h>
#include <unistd.h>

namespace pw::test {

struct CliResult
{
    bool finished = false; // exited normally (no crash, no timeout)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString describe() const
    {
        return QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
            .arg(finished ? QString::number(exitCode) : QStringLiteral("(none: crashed or hung)"))
            .arg(elapsedMs)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// A port on 127.0.0.1 where nothing listens (for connection failures).
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    return server.serverPort(); // closed when server goes
}

class CliRunner
{
public:
    CliRunner(QString executable, const QTemporaryDir &home) : m_executable(std::move(executable)), m_home(home) { }

    // The sealed environment, with the fake server as ANTHROPIC_BASE_URL and the key when not empty.
    QProcessEnvironment environment(const QUrl &baseUrl, const QString &apiKey = QStringLiteral("test-key")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "ANTHROPIC_API_KEY",
                 "ANTHROPIC_BASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), baseUrl.toString());
        if (!apiKey.isEmpty())
            env.insert(QStringLiteral("ANTHROPIC_API_KEY"), apiKey);
        return env;
    }

    // Runs to the end while the event loop keeps turning.
    CliResult run(
        const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {}, int timeoutMs = 30000) const
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        process.start(m_executable, arguments);
        CliResult result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished(2000);
        }
        result.elapsedMs = clock.elapsed();
        result.finished = process.exitStatus() == QProcess::NormalExit && !finished.isEmpty();
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Runs with stdout and stderr on one pseudo-terminal, as in an
    // interactive shell; returns what the terminal received.
    QByteArray runOnTerminal(const QStringList &arguments, const QProcessEnvironment &env, int *exitCode) const
    {
        int master = -1;
        int terminal = -1;
        *exitCode = -2;
        if (::openpty(&master, &terminal, nullptr, nullptr, nullptr) != 0) {
            qWarning("openpty: %s", strerror(errno));
            return {};
        }
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QByteArray screen;
        QSocketNotifier notifier(master, QSocketNotifier::Read);
        const auto drain = [&] {
            char buffer[4096];
            ssize_t count = 0;
            while ((count = ::read(master, buffer, sizeof buffer)) > 0)
                screen.append(buffer, count);
            if (count < 0 && errno != EAGAIN)
                notifier.setEnabled(false); // EIO: the terminal's last user is gone
        };
        QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, drain);

        QProcess process;
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([master, terminal] {
            ::dup2(terminal, STDOUT_FILENO);
            ::dup2(terminal, STDERR_FILENO);
            ::close(terminal);
            ::close(master);
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_executable, arguments);
        const bool started = process.waitForStarted(10000);
        ::close(terminal);
        if (started && !finished.wait(30000))
            process.kill();
        process.waitForFinished(2000);
        drain();
        notifier.setEnabled(false);
        ::close(master);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return screen;
    }

private:
    QString m_executable;
    const QTemporaryDir &m_home;
};

} // namespace pw::test
