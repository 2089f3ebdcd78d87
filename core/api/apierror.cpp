#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace pw {

namespace {

struct StatusRow
{
    int status;
    ApiErrorCategory category;
    QLatin1String type;
};

// The spec's status table: the only place that pairs statuses with types.
const StatusRow statusTable[] = {
    {400, ApiErrorCategory::InvalidRequest, QLatin1String("invalid_request_error")},
    {401, ApiErrorCategory::Authentication, QLatin1String("authentication_error")},
    {402, ApiErrorCategory::Billing, QLatin1String("billing_error")},
    {403, ApiErrorCategory::Permission, QLatin1String("permission_error")},
    {404, ApiErrorCategory::NotFound, QLatin1String("not_found_error")},
    {409, ApiErrorCategory::Conflict, QLatin1String("conflict_error")},
    {413, ApiErrorCategory::RequestTooLarge, QLatin1String("request_too_large")},
    {429, ApiErrorCategory::RateLimit, QLatin1String("rate_limit_error")},
    {500, ApiErrorCategory::Api, QLatin1String("api_error")},
    {504, ApiErrorCategory::Timeout, QLatin1String("timeout_error")},
    {529, ApiErrorCategory::Overloaded, QLatin1String("overloaded_error")},
};

constexpr qsizetype maxSnippetLength = 160;
constexpr qsizetype maxMessageLength = 1000;

// Server text goes into one-line messages: no control characters, bounded length.
QString oneLine(const QString &text, qsizetype maxLength)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    line = line.simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength) + QStringLiteral("…");
    return line;
}

QString decodeHtmlEntities(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString decoded;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt();
        else if (name == QLatin1String("amp"))
            code = '&';
        else if (name == QLatin1String("lt"))
            code = '<';
        else if (name == QLatin1String("gt"))
            code = '>';
        else if (name == QLatin1String("quot"))
            code = '"';
        else if (name == QLatin1String("apos"))
            code = '\'';
        else if (name == QLatin1String("nbsp"))
            code = ' ';
        else if (name == QLatin1String("ndash"))
            code = 0x2013;
        else if (name == QLatin1String("mdash"))
            code = 0x2014;
        if (code > 0 && code <= 0x10FFFF)
            decoded += QString::fromUcs4(&code, 1);
        else
            decoded += match.captured(0);
    }
    decoded += QStringView(text).mid(last);
    return decoded;
}

// The text of the first <tag>...</tag>, tags inside removed; empty if none.
QString htmlElementText(const QString &html, QLatin1String tag)
{
    const QRegularExpression element(QStringLiteral("<%1(\\s[^>]*)?>(.*?)</%1\\s*>").arg(tag),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression innerTag(QStringLiteral("<[^>]*>"));
    const QRegularExpressionMatch match = element.match(html);
    if (!match.hasMatch())
        return {};
    return oneLine(decodeHtmlEntities(match.captured(2).remove(innerTag)), maxSnippetLength);
}

bool looksLikeHtml(const QByteArray &trimmedBody, const QByteArray &contentType)
{
    return contentType.contains("html") || trimmedBody.startsWith('<');
}

QString serverMessage(const QJsonObject &object, QString *type, QString *code)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject errorObject = error.toObject();
        *type = errorObject.value(QLatin1String("type")).toString();
        *code = errorObject.value(QLatin1String("details")).toObject().value(QLatin1String("error_code")).toString();
        const QString message = errorObject.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            return message;
        return errorObject.value(QLatin1String("code")).toString();
    }
    if (error.isString())
        return error.toString();
    for (const QLatin1String key : {QLatin1String("message"), QLatin1String("detail")}) {
        if (object.value(key).isString())
            return object.value(key).toString();
    }
    return {};
}

} // namespace

QString apiErrorKindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::Http:
        return QStringLiteral("http");
    case ApiErrorKind::Network:
        return QStringLiteral("network");
    case ApiErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ApiErrorKind::Canceled:
        return QStringLiteral("canceled");
    case ApiErrorKind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case ApiErrorKind::ResponseTooLarge:
        return QStringLiteral("response_too_large");
    case ApiErrorKind::Stream:
        return QStringLiteral("stream");
    case ApiErrorKind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case ApiErrorKind::Config:
        return QStringLiteral("config");
    }
    return {};
}

ApiErrorCategory errorCategoryForStatus(int httpStatus)
{
    for (const StatusRow &row : statusTable) {
        if (row.status == httpStatus)
            return row.category;
    }
    if (httpStatus >= 400 && httpStatus < 500)
        return ApiErrorCategory::InvalidRequest;
    if (httpStatus >= 500)
        return ApiErrorCategory::Api;
    return ApiErrorCategory::Unknown;
}

ApiErrorCategory errorCategoryForType(QStringView type)
{
    for (const StatusRow &row : statusTable) {
        if (type == row.type)
            return row.category;
    }
    return ApiErrorCategory::Unknown;
}

QString errorTypeName(ApiErrorCategory category)
{
    for (const StatusRow &row : statusTable) {
        if (row.category == category)
            return row.type;
    }
    return {};
}

int statusForErrorCategory(ApiErrorCategory category)
{
    for (const StatusRow &row : statusTable) {
        if (row.category == category)
            return row.status;
    }
    return 0;
}

ApiErrorCategory ApiError::category() const
{
    const ApiErrorCategory fromType = errorCategoryForType(type);
    return fromType != ApiErrorCategory::Unknown ? fromType : errorCategoryForStatus(httpStatus);
}

QString ApiError::toString() const
{
    QString text;
    switch (kind) {
    case ApiErrorKind::Http:
        text = QStringLiteral("HTTP %1").arg(httpStatus);
        break;
    case ApiErrorKind::Network:
        text = QCoreApplication::translate("pw::ApiError", "network error");
        break;
    case ApiErrorKind::Timeout:
        text = QCoreApplication::translate("pw::ApiError", "timeout");
        break;
    case ApiErrorKind::Canceled:
        text = QCoreApplication::translate("pw::ApiError", "canceled");
        break;
    case ApiErrorKind::InvalidResponse:
        text = QCoreApplication::translate("pw::ApiError", "invalid response");
        break;
    case ApiErrorKind::ResponseTooLarge:
        text = QCoreApplication::translate("pw::ApiError", "response too large");
        break;
    case ApiErrorKind::Stream:
        text = QCoreApplication::translate("pw::ApiError", "stream error");
        break;
    case ApiErrorKind::InsecureUrl:
        text = QCoreApplication::translate("pw::ApiError", "insecure URL");
        break;
    case ApiErrorKind::Config:
        text = QCoreApplication::translate("pw::ApiError", "configuration error");
        break;
    }
    if (kind == ApiErrorKind::InvalidResponse && httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!type.isEmpty())
        text += QLatin1Char(' ') + type;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("pw::ApiError", "(request %1)").arg(requestId);
    return text;
}

ApiError ApiError::make(ApiErrorKind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray &body, const HttpHeaders &headers)
{
    ApiError error;
    error.kind = ApiErrorKind::Http;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(headerValue(headers, "request-id"));
    if (error.requestId.isEmpty())
        error.requestId = QString::fromLatin1(headerValue(headers, "x-request-id"));
    error.rateLimits = RateLimits::fromHeaders(headers);

    if (httpStatus >= 300 && httpStatus < 400 && hasHeader(headers, "location")) {
        const QUrl target(QString::fromUtf8(headerValue(headers, "location")));
        error.message = QCoreApplication::translate(
            "pw::ApiError", "the server redirects to %1; redirects are not followed, set the base URL to the final address")
                            .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return error;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        const QJsonObject object = document.object();
        if (error.requestId.isEmpty())
            error.requestId = object.value(QLatin1String("request_id")).toString();
        const QString message = serverMessage(object, &error.type, &error.code);
        error.message = message.isEmpty() ? QCoreApplication::translate("pw::ApiError", "unexpected JSON body: %1")
                                                .arg(oneLine(QString::fromUtf8(body), maxSnippetLength))
                                          : oneLine(message, maxMessageLength);
        return error;
    }

    error.message = QCoreApplication::translate("pw::ApiError", "the server answered with %1")
                        .arg(describeUnexpectedBody(body, headerValue(headers, "content-type")));
    return error;
}

QString describeUnexpectedBody(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("pw::ApiError", "an empty body");
    // Enough to find a <title>, without scanning a huge page.
    const QString head = QString::fromUtf8(trimmed.left(64 * 1024));
    if (looksLikeHtml(trimmed, contentType.toLower())) {
        QString title = htmlElementText(head, QLatin1String("title"));
        if (title.isEmpty())
            title = htmlElementText(head, QLatin1String("h1"));
        return title.isEmpty() ? QCoreApplication::translate("pw::ApiError", "an HTML page instead of JSON")
                               : QCoreApplication::translate("pw::ApiError", "an HTML page (\"%1\") instead of JSON").arg(title);
    }
    return QCoreApplication::translate("pw::ApiError", "text that is not JSON: \"%1\"")
        .arg(oneLine(head.left(maxSnippetLength * 2), maxSnippetLength));
}

} // namespace pw
