#pragma once

#include "textscan.h"

#include <QList>
#include <QString>

namespace pw {

// A concrete value in prompt text that a template would turn into a
// {{VARIABLE}}, with a name suggested by its context. Used by the local
// templatizer; see localtemplatizer.h for the rules.
struct ValueCandidate
{
    // In order of preference when two candidates cover the same text.
    enum class Kind { XmlBlock, CodeBlock, Url, Email, Date, Time, Quantity, Identifier, Language, Quote };

    Kind kind = Kind::Quote;
    qsizetype start = 0;
    qsizetype length = 0;
    QString name; // UPPER_SNAKE, not yet made unique

    qsizetype end() const { return start + length; }
};

// The values in one text: non-overlapping, in text order, never inside code
// (except a whole fenced block's content), an XML tag, an <example> block or an
// existing {{VARIABLE}}.
QList<ValueCandidate> findValueCandidates(QStringView text);

// Where no value may be taken from: code, XML tags, <example> blocks, {{VARIABLES}}.
QList<TextRange> protectedRanges(QStringView text);

// Values distinctive enough that every other verbatim occurrence is the same
// thing: URLs, e-mail addresses, identifiers, and quoted names of two or more
// words or with a capital letter or digit ("Acme Hub", not "yes").
bool isDistinctiveValue(ValueCandidate::Kind kind, QStringView value);

} // namespace pw
