// serve: the retired prompt-tools endpoints over HTTP, answered by an engine.

#include "commands.h"
#include "engineoptions.h"

#include "server/promptserver.h"

#include <QEventLoop>
#include <QFile>

namespace pw::cli {

namespace {

// "127.0.0.1:8080", "localhost:8080", "[::1]:8080", "0.0.0.0:8080".
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    const QHostAddress address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return std::nullopt;
    return std::pair {address, quint16(port)};
}

// One key per line; blank lines and lines starting with # are skipped.
std::optional<QList<QByteArray>> readClientKeys(Context &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail(ExitUsage, QStringLiteral("--client-keys: cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QList<QByteArray> keys;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray key = line.trimmed();
        if (!key.isEmpty() && !key.startsWith('#'))
            keys.append(key);
    }
    if (keys.isEmpty()) {
        context.fail(ExitUsage, QStringLiteral("--client-keys: %1 holds no keys (one per line)").arg(path));
        return std::nullopt;
    }
    return keys;
}

} // namespace

int runServe(Context &context)
{
    const Options &o = context.options;
    ServerConfig config;
    const std::optional<std::pair<QHostAddress, quint16>> listen = parseListenAddress(o.listen);
    if (!listen)
        return context.fail(
            ExitUsage, QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8080 (found \"%1\")").arg(o.listen));
    config.address = listen->first;
    config.port = listen->second;
    if (!o.clientKeysFile.isEmpty()) {
        const std::optional<QList<QByteArray>> keys = readClientKeys(context, o.clientKeysFile);
        if (!keys)
            return ExitUsage;
        config.clientKeys = *keys;
    }

    // Pass-through: each client's key goes upstream and the server holds none;
    // server-key mode looks for its own key as every command does.
    int exitCode = ExitUsage;
    const std::optional<EngineConfig> engine
        = config.clientKeys.isEmpty() ? resolveEngineWithoutKey(context) : resolveEngine(context, &exitCode);
    if (!engine)
        return exitCode;
    config.engine = *engine;
    if (o.maxBodyBytes > 0)
        config.limits.maxBodyBytes = o.maxBodyBytes;
    if (o.maxConnections > 0)
        config.maxConnections = o.maxConnections;
    if (o.clientTimeoutSeconds > 0)
        config.timeouts.request = std::chrono::seconds(o.clientTimeoutSeconds);
    config.logBodies = o.logBodies;

    PromptServer server(config);
    QString error;
    if (!server.listen(&error))
        return context.fail(ExitUsage, error);
    QObject::connect(
        &server, &PromptServer::requestLogged, &server, [&](const QString &line) { context.err() << line << Qt::endl; });

    const QString host = config.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(config.address.toString())
        : config.address.toString();
    context.err() << "promptwerk-cli: serving the prompt tools with the " << config.engine.engine << " engine on http://" << host
                  << ':' << server.port() << " ("
                  << (config.clientKeys.isEmpty() ? QStringLiteral("pass-through keys")
                                                  : QStringLiteral("server key, %1 client keys").arg(config.clientKeys.size()))
                  << ')' << Qt::endl;

    QEventLoop loop;
    QObject::connect(&server, &PromptServer::stopped, &loop, &QEventLoop::quit);
    QObject::connect(Interrupts::instance(), &Interrupts::interrupted, &server, [&] {
        context.err() << "promptwerk-cli: stopping; requests being answered get " << o.stopTimeoutSeconds << " s" << Qt::endl;
        server.stop(std::chrono::seconds(o.stopTimeoutSeconds));
    });
    if (Interrupts::instance()->wasInterrupted())
        server.stop(std::chrono::seconds(o.stopTimeoutSeconds));
    loop.exec();
    context.err() << "promptwerk-cli: stopped" << Qt::endl;
    return ExitOk;
}

} // namespace pw::cli
