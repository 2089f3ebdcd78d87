#include "httpresponse.h"

#include "api/apierror.h"
#include "prompt/jsonwrite.h"

namespace pw {

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")});
    response.body = toJsonBytes(body, QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::apiError(int status, const QString &message, const QString &requestId, const QString &type)
{
    const QString errorType = type.isEmpty() ? errorTypeName(errorCategoryForStatus(status)) : type;
    return json(status,
        {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"), QJsonObject {{QStringLiteral("type"), errorType}, {QStringLiteral("message"), message}}},
            {QStringLiteral("request_id"), requestId}});
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QString HttpResponse::errorType() const
{
    if (status < 400)
        return {};
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("type"))
        .toString();
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "content-length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "connection: keep-alive\r\n\r\n" : "connection: close\r\n\r\n";
    return out + body;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 529:
        return "Overloaded";
    }
    return "Unknown";
}

} // namespace pw
