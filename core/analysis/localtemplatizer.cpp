#include "localtemplatizer.h"

#include "promptsections.h"
#include "valuefinder.h"

#include "prompt/variables.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace pw {

namespace {

struct SectionValues
{
    Location location;
    QList<ValueCandidate> candidates;
};

bool isBoundary(QStringView text, qsizetype position)
{
    return position < 0 || position >= text.size() || !text[position].isLetterOrNumber();
}

// Other whole-word occurrences of the distinctive values, outside everything
// already taken and everything protected.
void addRepeats(const Prompt &prompt, QList<SectionValues> &sections)
{
    struct Repeatable
    {
        QString value;
        ValueCandidate model;
    };
    QList<Repeatable> repeatable;
    QSet<QString> seen;
    for (const SectionValues &section : std::as_const(sections)) {
        const QString &text = textAt(prompt, section.location);
        for (const ValueCandidate &candidate : section.candidates) {
            const QString value = text.mid(candidate.start, candidate.length);
            if (isDistinctiveValue(candidate.kind, value) && !seen.contains(value)) {
                seen.insert(value);
                repeatable.append({value, candidate});
            }
        }
    }
    if (repeatable.isEmpty())
        return;
    // "Acme Hub" before "Acme", so the longer value is never cut in two.
    std::stable_sort(repeatable.begin(), repeatable.end(),
        [](const Repeatable &a, const Repeatable &b) { return a.value.size() > b.value.size(); });

    for (SectionValues &section : sections) {
        const QString &text = textAt(prompt, section.location);
        RangeSet taken;
        taken.insert(protectedRanges(text));
        for (const ValueCandidate &candidate : std::as_const(section.candidates))
            taken.insert(candidate.start, candidate.end());
        for (const Repeatable &r : std::as_const(repeatable)) {
            qsizetype at = text.indexOf(r.value);
            while (at >= 0) {
                const qsizetype end = at + r.value.size();
                const bool wholeWord = (!r.value.front().isLetterOrNumber() || isBoundary(text, at - 1))
                    && (!r.value.back().isLetterOrNumber() || isBoundary(text, end));
                if (wholeWord && !taken.overlaps(at, end)) {
                    ValueCandidate repeat = r.model;
                    repeat.start = at;
                    section.candidates.append(repeat);
                    taken.insert(at, end);
                }
                at = text.indexOf(r.value, at + 1);
            }
        }
        std::sort(section.candidates.begin(), section.candidates.end(),
            [](const ValueCandidate &a, const ValueCandidate &b) { return a.start < b.start; });
    }
}

QString uniqueName(const QString &suggested, QSet<QString> &taken)
{
    const QString base = toUpperSnake(suggested);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QStringLiteral("_%1").arg(n);
    taken.insert(name);
    return name;
}

} // namespace

TemplatizeOutcome templatizeLocally(const Prompt &prompt)
{
    QList<SectionValues> sections;
    for (const Location &location : textLocations(prompt)) {
        if (isTextSection(prompt, location))
            sections.append({location, findValueCandidates(textAt(prompt, location))});
    }
    addRepeats(prompt, sections);

    QSet<QString> takenNames;
    for (const QString &existing : variableNames(prompt))
        takenNames.insert(existing.toUpper());

    TemplatizeOutcome outcome;
    outcome.templ = prompt;
    QHash<QString, QString> nameOfValue;
    for (const SectionValues &section : std::as_const(sections)) {
        const QString &original = textAt(prompt, section.location);
        QString templ;
        qsizetype copied = 0;
        for (const ValueCandidate &candidate : section.candidates) {
            const QString value = original.mid(candidate.start, candidate.length);
            QString &name = nameOfValue[value];
            if (name.isEmpty()) {
                name = uniqueName(candidate.name, takenNames);
                outcome.values.insert(name, value);
            }
            templ += QStringView(original).mid(copied, candidate.start - copied);
            templ += placeholder(name);
            copied = candidate.end();
        }
        templ += QStringView(original).mid(copied);
        // The guarantee, checked rather than argued: a text that would not
        // fill back exactly stays as it was.
        if (fillVariables(templ, outcome.values) == original)
            textAt(outcome.templ, section.location) = templ;
    }

    const QStringList usedNames = variableNames(outcome.templ);
    const QSet<QString> used(usedNames.cbegin(), usedNames.cend());
    for (auto it = outcome.values.begin(); it != outcome.values.end();)
        it = used.contains(it.key()) ? std::next(it) : outcome.values.erase(it);
    return outcome;
}

} // namespace pw
