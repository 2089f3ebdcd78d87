#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace pw {

struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides content-length and connection
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &body);
    // The Anthropic error envelope {"type":"error","error":{"type","message"},"request_id"};
    // type empty: the one the status table gives the status ("rate_limit_error" for 429).
    static HttpResponse apiError(int status, const QString &message, const QString &requestId, const QString &type = {});

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // The error type of an envelope body, or empty (for the log line).
    QString errorType() const;
    // Status line, headers (with content-length and connection), body.
    QByteArray serialize(bool keepAlive) const;
};

// "OK", "Too Many Requests", ...; "Unknown" for a status without a phrase here.
QByteArray reasonPhrase(int status);

} // namespace pw
