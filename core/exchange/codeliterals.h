#pragma once

#include <QString>

namespace pw {

// String literals for the languages exports are written in. Printable text,
// non-ASCII included, stays readable; quotes, backslashes, line breaks and
// every invisible or non-printable character (controls, bidi overrides,
// U+2028, byte order marks, lone surrogates) are escaped.

enum class LiteralStyle {
    Python, // "..." with \uXXXX and \UXXXXXXXX
    YamlDoubleQuoted, // the same escapes, valid YAML 1.1 and 1.2
    JavaScript, // "..." with \uXXXX and \u{XXXXX}
    JavaScriptTemplate, // `...`: keeps line breaks, escapes ` \ and ${
};

QString quotedLiteral(QStringView text, LiteralStyle style);

// Jinja2 / Nunjucks template text for literal text with {{NAME}}
// placeholders: every "{" that would start a tag ("{{", "{%", "{#") is written
// as {{ '{' }}, and each placeholder as {{ NAME }} (spaced) or {{NAME}}.
enum class PlaceholderSpacing { Spaced, Tight };
QString jinjaTemplateText(QStringView text, PlaceholderSpacing spacing);

} // namespace pw
