#include "templateverifier.h"

#include "promptsections.h"

#include "prompt/variables.h"

#include <QHash>
#include <QSet>

#include <array>
#include <optional>

namespace pw {

namespace {

Diagnostic note(const Location &location, const QString &message, const QString &code)
{
    return {Severity::Info, location, message, code};
}

Diagnostic error(const Location &location, const QString &message, const QString &code)
{
    return {Severity::Error, location, message, code};
}

QString quoted(QStringView text, qsizetype maxLength = 40)
{
    QString shown = text.left(maxLength).toString();
    if (text.size() > maxLength)
        shown += QChar(u'\u2026');
    shown.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    shown.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    shown.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

// A short piece of text from position: the run of whitespace or the word there.
QString excerptAt(QStringView text, qsizetype position)
{
    constexpr qsizetype maxLength = 24;
    if (position >= text.size())
        return quoted(QStringView());
    const bool space = text[position].isSpace();
    qsizetype end = position + 1;
    while (end < text.size() && end - position < maxLength && text[end].isSpace() == space)
        ++end;
    return quoted(text.mid(position, end - position), maxLength);
}

QList<Diagnostic> structureErrors(const Prompt &original, const Prompt &templ)
{
    QList<Diagnostic> errors;
    const QString code = QStringLiteral("template-structure");
    if (original.system.isEmpty() != templ.system.isEmpty()) {
        errors.append(error(Location::system(),
            original.system.isEmpty() ? QStringLiteral("the original has no system prompt but the template has one")
                                      : QStringLiteral("the original has a system prompt but the template has none"),
            code));
    }
    if (original.messages.size() != templ.messages.size()) {
        errors.append(error(Location::prompt().withField(QStringLiteral("messages")),
            QStringLiteral("the template has %1 messages, the original %2")
                .arg(templ.messages.size())
                .arg(original.messages.size()),
            code));
        return errors;
    }
    for (int m = 0; m < original.messages.size(); ++m) {
        const Message &o = original.messages[m];
        const Message &t = templ.messages[m];
        if (o.role != t.role) {
            errors.append(error(Location::ofMessage(m).withField(QStringLiteral("role")),
                QStringLiteral("the template has \"%1\" where the original has \"%2\"").arg(roleName(t.role), roleName(o.role)),
                code));
        }
        if (o.content.size() != t.content.size()) {
            errors.append(error(Location::ofMessage(m).withField(QStringLiteral("content")),
                QStringLiteral("the template has %1 content blocks, the original %2").arg(t.content.size()).arg(o.content.size()),
                code));
            continue;
        }
        for (int b = 0; b < o.content.size(); ++b) {
            if (o.content[b].type != t.content[b].type) {
                errors.append(error(Location::ofMessage(m, b).withField(QStringLiteral("type")),
                    QStringLiteral("the template has a \"%1\" block where the original has \"%2\"")
                        .arg(t.content[b].type, o.content[b].type),
                    code));
            }
        }
    }
    return errors;
}

// Rewrites every {{OLD}} as {{NEW}} in all texts.
void renameVariables(Prompt &prompt, const QHash<QString, QString> &renames)
{
    for (const Location &location : textLocations(prompt)) {
        QString &text = textAt(prompt, location);
        QString renamed;
        qsizetype copied = 0;
        for (const VariableOccurrence &v : scanVariables(text)) {
            const auto it = renames.constFind(v.name);
            if (it == renames.constEnd())
                continue;
            renamed += QStringView(text).mid(copied, v.location.offset - copied) + placeholder(*it);
            copied = v.location.offset + v.length;
        }
        if (copied > 0)
            text = renamed + QStringView(text).mid(copied);
    }
}

// The template of one text, split at its placeholders.
struct Segment
{
    bool isVariable = false;
    QString text; // the literal text, or the variable name
    qsizetype templateOffset = 0;
};

QList<Segment> segmentsOf(const QString &templ)
{
    QList<Segment> segments;
    qsizetype copied = 0;
    for (const VariableOccurrence &v : scanVariables(templ)) {
        if (v.location.offset > copied)
            segments.append({false, templ.mid(copied, v.location.offset - copied), copied});
        segments.append({true, v.name, v.location.offset});
        copied = v.location.offset + v.length;
    }
    if (copied < templ.size() || segments.isEmpty())
        segments.append({false, templ.mid(copied), copied});
    return segments;
}

qsizetype commonPrefixLength(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

// Finds values for the placeholders so that the template reads as the
// original; see verifyTemplate() for the rules. Literal text and placeholders
// that already have a value are followed in a loop; only a placeholder without
// a value is a choice, kept on an explicit stack, so prompts with thousands of
// placeholders cannot overflow the call stack.
class Aligner
{
public:
    Aligner(const Prompt &original, const Prompt &templ, const QHash<QString, QString> &hints);

    bool run();
    const QHash<QString, QString> &values() const { return m_assigned; }
    Diagnostic failure() const;

private:
    struct Failure
    {
        int section = -1;
        qsizetype originalOffset = -1;
        enum class Kind { LiteralDiffers, TemplateEnds, ValueConflict } kind = Kind::LiteralDiffers;
        QString literal; // the template's text from the differing point
        QString name;
    };
    struct Place
    {
        int section = 0;
        int segment = 0;
        qsizetype position = 0; // in the original text of the section
    };
    // A placeholder whose value may end at several places, tried in order.
    struct Choice
    {
        Place place;
        QList<qsizetype> ends;
        qsizetype next = 0;
        QList<qsizetype> key;
        qsizetype trailSize = 0;
    };
    enum class Outcome { Aligned, Failed, Choice };

    Outcome advance(Place &place);
    QList<qsizetype> stateKey(const Place &place) const;
    QList<qsizetype> candidateEnds(const Place &place) const;
    void assign(const Place &place, qsizetype end);
    void undoTo(qsizetype trailSize);
    void fail(const Failure &failure);
    void failLiteralNotFound(int section, const QString &literal, qsizetype from);
    const QString &originalText(int section) const { return textAt(m_original, m_locations[section]); }

    const Prompt &m_original;
    const QHash<QString, QString> &m_hints;
    QList<Location> m_locations;
    QList<QList<Segment>> m_segments;
    QList<qsizetype> m_firstSegment; // of each section, counting through the whole prompt
    QHash<QString, qsizetype> m_lastUse; // the last segment using each name, counted the same way
    QHash<QString, QString> m_assigned;
    // Where each assigned value was taken from: (section, start, length).
    QHash<QString, std::array<qsizetype, 3>> m_origins;
    QStringList m_trail; // names in the order they were assigned, for undoing
    // Choices already known to fail under the same values of the names still
    // to come: this memo makes runs of adjacent placeholders polynomial.
    QSet<QList<qsizetype>> m_failed;
    std::optional<Failure> m_furthest;
    qint64 m_budget = 0;
};

Aligner::Aligner(const Prompt &original, const Prompt &templ, const QHash<QString, QString> &hints)
    : m_original(original), m_hints(hints)
{
    qsizetype count = 0;
    for (const Location &location : textLocations(original)) {
        m_locations.append(location);
        m_segments.append(segmentsOf(textAt(templ, location)));
        m_firstSegment.append(count);
        for (const Segment &segment : std::as_const(m_segments.last())) {
            if (segment.isVariable)
                m_lastUse.insert(segment.text, count);
            ++count;
        }
    }
    // Enough for any sane template to be followed many times over; bounds the
    // pathological ones (long runs of adjacent placeholders).
    m_budget = 200000 + 50 * count;
}

QList<qsizetype> Aligner::stateKey(const Place &place) const
{
    const qsizetype here = m_firstSegment[place.section] + place.segment;
    QList<qsizetype> key {place.section, place.segment, place.position};
    for (auto it = m_lastUse.cbegin(); it != m_lastUse.cend(); ++it) {
        if (it.value() < here)
            continue;
        const auto origin = m_origins.constFind(it.key());
        if (origin == m_origins.constEnd())
            key.append(-1);
        else
            key.append({(*origin)[0], (*origin)[1], (*origin)[2]});
    }
    return key;
}

void Aligner::assign(const Place &place, qsizetype end)
{
    const QString &name = m_segments[place.section][place.segment].text;
    m_assigned.insert(name, originalText(place.section).mid(place.position, end - place.position));
    m_origins.insert(name, {place.section, place.position, end - place.position});
    m_trail.append(name);
}

void Aligner::undoTo(qsizetype trailSize)
{
    while (m_trail.size() > trailSize) {
        const QString name = m_trail.takeLast();
        m_assigned.remove(name);
        m_origins.remove(name);
    }
}

void Aligner::fail(const Failure &failure)
{
    if (!m_furthest || failure.section > m_furthest->section
        || (failure.section == m_furthest->section && failure.originalOffset > m_furthest->originalOffset))
        m_furthest = failure;
}

// The literal text after a placeholder occurs nowhere it could: report where
// the longest start of it that does occur stops matching.
void Aligner::failLiteralNotFound(int section, const QString &literal, qsizetype from)
{
    const QString &original = originalText(section);
    // Occurring is monotone in the prefix length, so search for the longest.
    qsizetype found = 0;
    qsizetype at = from;
    qsizetype low = 1;
    qsizetype high = literal.size();
    while (low <= high) {
        const qsizetype length = (low + high) / 2;
        const qsizetype index = original.indexOf(QStringView(literal).left(length), from);
        if (index >= 0) {
            found = length;
            at = index;
            low = length + 1;
        } else {
            high = length - 1;
        }
    }
    if (found == literal.size()) { // the text that closes the template occurs, but not at the end
        fail({section, at + found, Failure::Kind::TemplateEnds, {}, {}});
        return;
    }
    qsizetype back = found;
    while (back > 0 && literal[back - 1].isLetterOrNumber())
        --back;
    fail({section, at + back, Failure::Kind::LiteralDiffers, literal.mid(back), {}});
}

// Follows the template from place while nothing is to be chosen.
Aligner::Outcome Aligner::advance(Place &place)
{
    while (true) {
        if (--m_budget < 0)
            return Outcome::Failed;
        if (place.section == m_segments.size())
            return Outcome::Aligned;
        const QString &original = originalText(place.section);
        const QList<Segment> &segments = m_segments[place.section];
        if (place.segment == 0 && segments.size() > 1 && !segments.last().isVariable
            && !original.endsWith(segments.last().text)) {
            // Cheap and decisive: the text the template ends with must end the original.
            const QString &closing = segments.last().text;
            failLiteralNotFound(place.section, closing, std::max<qsizetype>(0, original.size() - closing.size()));
            return Outcome::Failed;
        }
        if (place.segment == segments.size()) {
            if (place.position == original.size()) {
                place = {place.section + 1, 0, 0};
                continue;
            }
            fail({place.section, place.position, Failure::Kind::TemplateEnds, {}, {}});
            return Outcome::Failed;
        }

        const Segment &current = segments[place.segment];
        const QStringView rest = QStringView(original).mid(place.position);
        if (!current.isVariable) {
            const qsizetype common = commonPrefixLength(current.text, rest);
            if (common == current.text.size()) {
                place.position += common;
                ++place.segment;
                continue;
            }
            // A difference inside a word is reported from the start of the word,
            // so offset and excerpt agree: "color" vs "colour", not "r" vs "ur".
            qsizetype back = common;
            const bool insideWord
                = current.text[common].isLetterOrNumber() || (common < rest.size() && rest[common].isLetterOrNumber());
            while (insideWord && back > 0 && current.text[back - 1].isLetterOrNumber())
                --back;
            fail({place.section, place.position + back, Failure::Kind::LiteralDiffers, current.text.mid(back), {}});
            return Outcome::Failed;
        }

        const auto known = m_assigned.constFind(current.text);
        if (known == m_assigned.constEnd())
            return Outcome::Choice;
        if (!rest.startsWith(*known)) {
            fail({place.section, place.position, Failure::Kind::ValueConflict, *known, current.text});
            return Outcome::Failed;
        }
        place.position += known->size();
        ++place.segment;
    }
}

bool Aligner::run()
{
    Place place;
    QList<Choice> choices;
    while (true) {
        const Outcome outcome = advance(place);
        if (outcome == Outcome::Aligned)
            return true;
        if (outcome == Outcome::Choice) {
            QList<qsizetype> key = stateKey(place);
            if (!m_failed.contains(key)) {
                QList<qsizetype> ends = candidateEnds(place);
                if (ends.isEmpty())
                    failLiteralNotFound(place.section, m_segments[place.section][place.segment + 1].text, place.position);
                choices.append({place, std::move(ends), 0, std::move(key), m_trail.size()});
            }
        }
        // Take the next way out of the innermost choice that has one left.
        bool resumed = false;
        while (!resumed && !choices.isEmpty()) {
            Choice &choice = choices.last();
            undoTo(choice.trailSize);
            if (m_budget < 0)
                return false;
            if (choice.next < choice.ends.size()) {
                const qsizetype end = choice.ends[choice.next++];
                assign(choice.place, end);
                place = {choice.place.section, choice.place.segment + 1, end};
                resumed = true;
            } else {
                m_failed.insert(choice.key);
                choices.removeLast();
            }
        }
        if (!resumed)
            return false;
    }
}

// Where the value of the placeholder at place may end: the engine's value
// first, then the places where the following literal text occurs, nearest
// first, an empty value last.
QList<qsizetype> Aligner::candidateEnds(const Place &place) const
{
    const QString &original = originalText(place.section);
    const QList<Segment> &segments = m_segments[place.section];
    const qsizetype position = place.position;
    const int segment = place.segment;
    const QString &name = segments[segment].text;
    QList<qsizetype> ends;
    const auto hint = m_hints.constFind(name);
    const bool hintFits = hint != m_hints.constEnd() && QStringView(original).mid(position).startsWith(*hint);
    if (hintFits)
        ends.append(position + hint->size());

    const bool last = segment + 1 == segments.size();
    if (last) {
        ends.append(original.size());
    } else if (!segments[segment + 1].isVariable) {
        const QString &literal = segments[segment + 1].text;
        if (segment + 2 == segments.size()) { // the literal closes the text: it must end it
            if (original.size() - literal.size() >= position && original.endsWith(literal))
                ends.append(original.size() - literal.size());
        } else {
            for (qsizetype at = original.indexOf(literal, position + 1); at >= 0; at = original.indexOf(literal, at + 1))
                ends.append(at);
            if (original.indexOf(literal, position) == position)
                ends.append(position);
        }
    } else {
        for (qsizetype end = position + 1; end <= original.size(); ++end)
            ends.append(end);
        ends.append(position);
    }

    // Keep the order, drop the repeat of the hint.
    if (hintFits) {
        const auto repeat = std::find(ends.begin() + 1, ends.end(), ends.front());
        if (repeat != ends.end())
            ends.erase(repeat);
    }
    return ends;
}

Diagnostic Aligner::failure() const
{
    const QString code = QStringLiteral("template-mismatch");
    if (!m_furthest)
        return error(Location::prompt(), QStringLiteral("the template does not match the original"), code);
    const Failure &f = *m_furthest;
    const QString &original = textAt(m_original, m_locations[f.section]);
    const Location location = m_locations[f.section].withOffset(f.originalOffset);
    const QString there = f.originalOffset < original.size() ? excerptAt(original, f.originalOffset) : QString();
    QString message;
    switch (f.kind) {
    case Failure::Kind::TemplateEnds:
        message = QStringLiteral("the template ends where the original continues with %1").arg(there);
        break;
    case Failure::Kind::LiteralDiffers:
        message = there.isEmpty()
            ? QStringLiteral("the template says %1 where the original ends").arg(excerptAt(f.literal, 0))
            : QStringLiteral("the template says %1 where the original says %2").arg(excerptAt(f.literal, 0), there);
        break;
    case Failure::Kind::ValueConflict:
        message = QStringLiteral("{{%1}} stands for %2 elsewhere, but the original says %3 here")
                      .arg(f.name, quoted(f.literal), there.isEmpty() ? QStringLiteral("nothing more") : there);
        break;
    }
    if (m_budget < 0)
        message += QStringLiteral(" (gave up: too many ways to split adjacent variables)");
    return error(location, message, code);
}

} // namespace

VerifiedTemplate verifyTemplate(const Prompt &original, const Prompt &templ, const VariableValues &values)
{
    VerifiedTemplate result;
    result.templ = templ;
    result.values = values;
    result.errors = structureErrors(original, templ);
    if (!result.errors.isEmpty())
        return result;

    // Names: UPPER_SNAKE, except the variables the original already has.
    const QStringList originalNames = variableNames(original);
    const QStringList templateNames = variableNames(templ);
    QSet<QString> taken(templateNames.cbegin(), templateNames.cend());
    taken.unite(QSet<QString>(originalNames.cbegin(), originalNames.cend()));
    QHash<QString, QString> renames;
    for (const QString &name : templateNames) {
        if (isUpperSnake(name) || originalNames.contains(name))
            continue;
        const QString base = toUpperSnake(name);
        QString renamed = base;
        for (int n = 2; taken.contains(renamed); ++n)
            renamed = base + QStringLiteral("_%1").arg(n);
        taken.insert(renamed);
        renames.insert(name, renamed);
        result.notes.append(note(Location::prompt(),
            QStringLiteral("renamed {{%1}} to {{%2}}: variable names are UPPER_SNAKE").arg(name, renamed),
            QStringLiteral("renamed-variable")));
        if (result.values.contains(name))
            result.values.insert(renamed, result.values.take(name));
    }
    renameVariables(result.templ, renames);

    const QStringList usedNames = variableNames(result.templ);
    for (auto it = result.values.begin(); it != result.values.end();) {
        if (usedNames.contains(it.key())) {
            ++it;
            continue;
        }
        result.notes.append(note(Location::prompt(),
            QStringLiteral("variable_values has %1, which the template does not use; removed").arg(it.key()),
            QStringLiteral("unused-value")));
        it = result.values.erase(it);
    }

    if (fillVariables(result.templ, result.values).prompt == original) {
        result.ok = true;
        return result;
    }

    QHash<QString, QString> hints;
    for (auto it = result.values.cbegin(); it != result.values.cend(); ++it)
        hints.insert(it.key(), it.value());
    for (const QString &name : originalNames) {
        if (!hints.contains(name))
            hints.insert(name, placeholder(name));
    }
    Aligner aligner(original, result.templ, hints);
    if (!aligner.run()) {
        result.errors.append(aligner.failure());
        return result;
    }

    VariableValues recomputed;
    const QHash<QString, QString> &found = aligner.values();
    for (const QString &name : usedNames) {
        const QString &value = found.value(name);
        // The original's own {{VAR}}: it stands for itself and needs no value.
        if (originalNames.contains(name) && value == placeholder(name) && !result.values.contains(name))
            continue;
        recomputed.insert(name, value);
        const auto before = result.values.constFind(name);
        if (before == result.values.constEnd()) {
            result.notes.append(note(Location::prompt(),
                QStringLiteral("variable_values recomputed: %1 was missing, the text says %2").arg(name, quoted(value)),
                QStringLiteral("recomputed-value")));
        } else if (*before != value) {
            result.notes.append(note(Location::prompt(),
                QStringLiteral("variable_values recomputed: %1 was %2, the text says %3")
                    .arg(name, quoted(*before), quoted(value)),
                QStringLiteral("recomputed-value")));
        }
    }
    if (fillVariables(result.templ, recomputed).prompt != original) {
        // The alignment guarantees this; a failure here is a bug, reported rather than hidden.
        result.errors.append(error(Location::prompt(), QStringLiteral("internal error: the recomputed values do not fill back"),
            QStringLiteral("template-mismatch")));
        return result;
    }
    result.values = recomputed;
    result.ok = true;
    return result;
}

} // namespace pw
