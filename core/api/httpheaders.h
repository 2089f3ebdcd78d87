#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace pw {

// Response headers in the order received (QNetworkReply::rawHeaderPairs()).
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The value of a header, names compared case-insensitively; empty when absent.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);
bool hasHeader(const HttpHeaders &headers, QByteArrayView name);

} // namespace pw
