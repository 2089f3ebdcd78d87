#pragma once

#include <QList>
#include <QString>

namespace pw {

// Where in a prompt something is. path() gives the prompt-tools JSON path,
// e.g. "system", "messages[2]" or "messages[2].content[0]"; offset is a UTF-16
// index into that text when the place is narrower than a whole block.
struct Location
{
    enum class Section { Prompt, System, Message };

    Section section = Section::Prompt;
    int message = -1;
    int block = -1;
    qsizetype offset = -1;
    // Optional field name below the block ("role", "text", ...), for parse errors.
    QString field;

    static Location prompt() { return {}; }
    static Location system(qsizetype offset = -1) { return {Section::System, -1, -1, offset, {}}; }
    static Location ofMessage(int message, int block = -1, qsizetype offset = -1)
    {
        return {Section::Message, message, block, offset, {}};
    }
    Location withField(const QString &name) const
    {
        Location l = *this;
        l.field = name;
        return l;
    }
    Location withOffset(qsizetype o) const
    {
        Location l = *this;
        l.offset = o;
        return l;
    }

    QString path() const
    {
        QString p;
        switch (section) {
        case Section::Prompt:
            return field.isEmpty() ? QStringLiteral("prompt") : field;
        case Section::System:
            p = QStringLiteral("system");
            break;
        case Section::Message:
            p = QStringLiteral("messages[%1]").arg(message);
            if (block >= 0)
                p += QStringLiteral(".content[%1]").arg(block);
            break;
        }
        if (!field.isEmpty())
            p += QLatin1Char('.') + field;
        return p;
    }

    friend bool operator==(const Location &, const Location &) = default;
};

enum class Severity { Error, Warning, Info };

// One finding about a prompt or a file: what is wrong and where.
struct Diagnostic
{
    Severity severity = Severity::Error;
    Location location;
    QString message;
    // A stable identifier of the rule, e.g. "non-text-block", for tests and filters.
    QString code;

    QString toString() const
    {
        QString s = location.path();
        if (location.offset >= 0)
            s += QStringLiteral(" at offset %1").arg(location.offset);
        return s + QStringLiteral(": ") + message;
    }
};

inline bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace pw
