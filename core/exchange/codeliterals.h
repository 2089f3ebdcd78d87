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
// as {{ '{' }}.
enum class TemplateDialect {
    // A Jinja2 file: placeholders as {{ NAME }}; carriage returns as {{ '\r' }},
    // since Jinja turns every line ending in a template into "\n".
    Jinja,
    // Text that promptfoo puts in a JSON string before Nunjucks renders it:
    // placeholders as {{NAME}}; JSON escaping takes care of line endings.
    PromptfooNunjucks,
};
QString jinjaTemplateText(QStringView text, TemplateDialect dialect);

} // namespace pw
