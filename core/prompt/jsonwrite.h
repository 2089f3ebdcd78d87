#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringView>

namespace pw {

// The one way Promptwerk writes JSON: documents, autosave copies, exports,
// requests, the CLI's --json output and the diff's JSON all go through here, so
// that whatever is written reads back as the same text.
//
// Besides what JSON requires (quotes, backslashes, controls), these are
// written as \uXXXX escapes rather than raw UTF-8, because readers drop or
// mangle them:
// - U+FEFF: Qt 6.4's reader decodes each string with a UTF-8 decoder that
//   strips a leading byte order mark, so a text starting with it lost it;
// - U+FFFE, U+FFFF: noncharacters, replaced by some decoders;
// - U+2028, U+2029: line terminators in JavaScript source before ES2019, so
//   JSON pasted into code breaks;
// - lone surrogates, which have no UTF-8 form at all.
bool isEscapedInJson(char16_t unit);

// QJsonDocument::toJson with the escapes above.
QByteArray toJsonBytes(const QJsonObject &object, QJsonDocument::JsonFormat format = QJsonDocument::Indented);
QByteArray toJsonBytes(const QJsonArray &array, QJsonDocument::JsonFormat format = QJsonDocument::Indented);

// For writers that build JSON text piece by piece (the diff streams megabytes):
// text escaped for a JSON string as toJsonBytes() writes it, without quotes...
void appendJsonEscaped(QByteArray &out, QStringView text);
// ...and with them.
void appendJsonString(QByteArray &out, QStringView text);
QByteArray jsonString(QStringView text);

} // namespace pw
