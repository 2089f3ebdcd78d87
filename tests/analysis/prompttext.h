#pragma once

// Test helper: prompts written as readable text.
//
//   [system]
//   You are a concierge.
//   [user]
//   What time is breakfast?
//   [assistant]
//   Breakfast is
//
// Text before any "[system]" / "[user]" / "[assistant]" line is a user
// message. The newline before a marker line belongs to the marker.

#include "prompt/location.h"
#include "prompt/prompt.h"

#include <QStringList>

namespace pw::test {

inline Prompt promptFromText(const QString &text)
{
    enum class Part { System, User, Assistant };
    QList<std::pair<Part, QStringList>> parts;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line == u"[system]")
            parts.append({Part::System, {}});
        else if (line == u"[user]")
            parts.append({Part::User, {}});
        else if (line == u"[assistant]")
            parts.append({Part::Assistant, {}});
        else if (parts.isEmpty())
            parts.append({Part::User, {line}});
        else
            parts.last().second.append(line);
    }
    Prompt prompt;
    for (const auto &[part, lines] : parts) {
        const QString body = lines.join(QLatin1Char('\n'));
        if (part == Part::System)
            prompt.system = body;
        else
            prompt.messages.append(part == Part::User ? Message::user(body) : Message::assistant(body));
    }
    return prompt;
}

inline Prompt promptFromText(const char16_t *text)
{
    return promptFromText(QString::fromUtf16(text));
}

// The rule codes of findings, in order: what most tests pin.
inline QStringList diagnosticCodes(const QList<Diagnostic> &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics)
        result.append(d.code);
    return result;
}

} // namespace pw::test
