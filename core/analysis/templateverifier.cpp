#include "templateverifier.h"

#include "promptsections.h"

#include "prompt/variables.h"

#include <QCoreApplication>
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
            original.system.isEmpty() ? QCoreApplication::translate(
                "pw::TemplateVerifier", "the original has no system prompt but the template has one")
                                      : QCoreApplication::translate(
                                          "pw::TemplateVerifier", "the original has a system prompt but the template has none"),
            code));
    }
    if (original.messages.size() != templ.messages.size()) {
        errors.append(error(Location::prompt().withField(QStringLiteral("messages")),
            QCoreApplication::translate(
                "pw::TemplateVerifier", "the template has %n messages, the original %1", nullptr, int(templ.messages.size()))
                .arg(original.messages.size()),
            code));
        return errors;
    }
    for (int m = 0; m < original.messages.size(); ++m) {
        const Message &o = original.messages[m];
        const Message &t = templ.messages[m];
        if (o.role != t.role) {
            errors.append(error(Location::ofMessage(m).withField(QStringLiteral("role")),
                QCoreApplication::translate("pw::TemplateVerifier", "the template has \"%1\" where the original has \"%2\"")
                    .arg(roleName(t.role), roleName(o.role)),
                code));
        }
        if (o.content.size() != t.content.size()) {
            errors.append(error(Location::ofMessage(m).withField(QStringLiteral("content")),
                QCoreApplication::translate(
                    "pw::TemplateVerifier", "the template has %n content blocks, the original %1", nullptr, int(t.content.size()))
                    .arg(o.content.size()),
                code));
            continue;
        }
        for (int b = 0; b < o.content.size(); ++b) {
            if (o.content[b].type != t.content[b].type) {
                errors.append(error(Location::ofMessage(m, b).withField(QStringLiteral("type")),
                    QCoreApplication::translate(
                        "pw::TemplateVerifier", "the template has a \"%1\" block where the original has \"%2\"")
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
    // A placeholder whose value may end at several places, tried in order:
    // the engine's value first, then where the following literal text
    // occurs, nearest first, then an empty value. Ends are found one at a
    // time, so a choice costs only as much text as is tried.
    struct Choice
    {
        Place place;
        QList<qsizetype> key;
        qsizetype trailSize = 0;
        enum class Stage { Hint, Following, Empty, Done } stage = Stage::Hint;
        qsizetype hintEnd = -1;
        qsizetype cursor = -1; // where the search for the next end goes on
    };
    enum class Outcome { Aligned, Failed, Choice };

    Outcome advance(Place &place);
    QList<qsizetype> stateKey(const Place &place) const;
    std::optional<qsizetype> nextEnd(Choice &choice) const;
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
    // For the first use of each name, the names used before and after it:
    // only their values decide whether the rest can align from there.
    QHash<QString, QStringList> m_liveAt;
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
    for (const Location &location : textLocations(original)) {
        m_locations.append(location);
        m_segments.append(segmentsOf(textAt(templ, location)));
    }
    QHash<QString, qsizetype> lastUse;
    qsizetype count = 0;
    for (const QList<Segment> &segments : std::as_const(m_segments)) {
        for (const Segment &segment : segments) {
            if (segment.isVariable)
                lastUse.insert(segment.text, count);
            ++count;
        }
    }
    QStringList live;
    qsizetype index = 0;
    for (const QList<Segment> &segments : std::as_const(m_segments)) {
        for (const Segment &segment : segments) {
            if (segment.isVariable && !m_liveAt.contains(segment.text)) {
                live.removeIf([&](const QString &name) { return lastUse.value(name) < index; });
                m_liveAt.insert(segment.text, live);
                live.append(segment.text);
            }
            ++index;
        }
    }
    // Enough for any sane template to be followed many times over; bounds the
    // pathological ones (long runs of adjacent placeholders).
    m_budget = 200000 + 50 * count;
}

QList<qsizetype> Aligner::stateKey(const Place &place) const
{
    QList<qsizetype> key {place.section, place.segment, place.position};
    for (const QString &name : m_liveAt.value(m_segments[place.section][place.segment].text)) {
        const std::array<qsizetype, 3> origin = m_origins.value(name);
        key.append({origin[0], origin[1], origin[2]});
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
                Choice choice;
                choice.place = place;
                choice.key = std::move(key);
                choice.trailSize = m_trail.size();
                choices.append(choice);
            }
        }
        // Take the next way out of the innermost choice that has one left.
        bool resumed = false;
        while (!resumed && !choices.isEmpty()) {
            Choice &choice = choices.last();
            undoTo(choice.trailSize);
            if (--m_budget < 0)
                return false;
            const bool untried = choice.stage == Choice::Stage::Hint;
            if (const std::optional<qsizetype> end = nextEnd(choice)) {
                assign(choice.place, *end);
                place = {choice.place.section, choice.place.segment + 1, *end};
                resumed = true;
                continue;
            }
            if (untried) // not one place where the value could end
                failLiteralNotFound(
                    choice.place.section, m_segments[choice.place.section][choice.place.segment + 1].text, choice.place.position);
            m_failed.insert(choice.key);
            choices.removeLast();
        }
        if (!resumed)
            return false;
    }
}

// The next place where the value of the choice's placeholder may end.
std::optional<qsizetype> Aligner::nextEnd(Choice &choice) const
{
    using Stage = Choice::Stage;
    const QString &original = originalText(choice.place.section);
    const QList<Segment> &segments = m_segments[choice.place.section];
    const qsizetype position = choice.place.position;
    const int segment = choice.place.segment;
    const bool last = segment + 1 == segments.size();
    const bool literalFollows = !last && !segments[segment + 1].isVariable;
    const bool literalCloses = literalFollows && segment + 2 == segments.size();
    const QString literal = literalFollows ? segments[segment + 1].text : QString();

    // Whether the text right after an end can be what the template says.
    const auto fits = [&](qsizetype end) {
        if (end < position || end > original.size())
            return false;
        if (last)
            return end == original.size();
        if (literalCloses)
            return end == original.size() - literal.size() && original.endsWith(literal);
        if (literalFollows)
            return QStringView(original).mid(end).startsWith(literal);
        return true;
    };

    while (choice.stage != Stage::Done) {
        switch (choice.stage) {
        case Stage::Hint: {
            choice.stage = Stage::Following;
            choice.cursor = position + 1;
            const auto hint = m_hints.constFind(segments[segment].text);
            if (hint != m_hints.constEnd() && QStringView(original).mid(position).startsWith(*hint)
                && fits(position + hint->size())) {
                choice.hintEnd = position + hint->size();
                return choice.hintEnd;
            }
            break;
        }
        case Stage::Following: {
            qsizetype end = -1;
            if (last || literalCloses) {
                choice.stage = Stage::Empty;
                const qsizetype only = last ? original.size() : original.size() - literal.size();
                if (only > position && fits(only))
                    end = only;
            } else if (literalFollows) {
                end = original.indexOf(literal, choice.cursor);
                if (end < 0)
                    choice.stage = Stage::Empty;
                else
                    choice.cursor = end + 1;
            } else if (choice.cursor <= original.size()) { // another placeholder follows: any split
                end = choice.cursor++;
            } else {
                choice.stage = Stage::Empty;
            }
            if (end >= 0 && end != choice.hintEnd)
                return end;
            break;
        }
        case Stage::Empty:
            choice.stage = Stage::Done;
            if (position != choice.hintEnd && fits(position))
                return position;
            break;
        case Stage::Done:
            break;
        }
    }
    return std::nullopt;
}

Diagnostic Aligner::failure() const
{
    const QString code = QStringLiteral("template-mismatch");
    if (!m_furthest)
        return error(Location::prompt(),
            QCoreApplication::translate("pw::TemplateVerifier", "the template does not match the original"), code);
    const Failure &f = *m_furthest;
    const QString &original = textAt(m_original, m_locations[f.section]);
    const Location location = m_locations[f.section].withOffset(f.originalOffset);
    const QString there = f.originalOffset < original.size() ? excerptAt(original, f.originalOffset) : QString();
    QString message;
    switch (f.kind) {
    case Failure::Kind::TemplateEnds:
        message = QCoreApplication::translate("pw::TemplateVerifier", "the template ends where the original continues with %1")
                      .arg(there);
        break;
    case Failure::Kind::LiteralDiffers:
        message = there.isEmpty()
            ? QCoreApplication::translate("pw::TemplateVerifier", "the template says %1 where the original ends")
                  .arg(excerptAt(f.literal, 0))
            : QCoreApplication::translate("pw::TemplateVerifier", "the template says %1 where the original says %2")
                  .arg(excerptAt(f.literal, 0), there);
        break;
    case Failure::Kind::ValueConflict:
        message
            = QCoreApplication::translate("pw::TemplateVerifier", "{{%1}} stands for %2 elsewhere, but the original says %3 here")
                  .arg(f.name, quoted(f.literal),
                      there.isEmpty() ? QCoreApplication::translate("pw::TemplateVerifier", "nothing more") : there);
        break;
    }
    if (m_budget < 0)
        message += QCoreApplication::translate("pw::TemplateVerifier", " (gave up: too many ways to split adjacent variables)");
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
    const QStringList originalNameList = variableNames(original);
    const QSet<QString> originalNames(originalNameList.cbegin(), originalNameList.cend());
    const QStringList templateNames = variableNames(templ);
    QSet<QString> taken(templateNames.cbegin(), templateNames.cend());
    taken.unite(originalNames);
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
            QCoreApplication::translate("pw::TemplateVerifier", "renamed {{%1}} to {{%2}}: variable names are UPPER_SNAKE")
                .arg(name, renamed),
            QStringLiteral("renamed-variable")));
        if (result.values.contains(name))
            result.values.insert(renamed, result.values.take(name));
    }
    renameVariables(result.templ, renames);

    const QStringList usedNames = variableNames(result.templ);
    const QSet<QString> used(usedNames.cbegin(), usedNames.cend());
    for (auto it = result.values.begin(); it != result.values.end();) {
        if (used.contains(it.key())) {
            ++it;
            continue;
        }
        result.notes.append(note(Location::prompt(),
            QCoreApplication::translate(
                "pw::TemplateVerifier", "variable_values has %1, which the template does not use; removed")
                .arg(it.key()),
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
    for (const QString &name : originalNameList) {
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
                QCoreApplication::translate(
                    "pw::TemplateVerifier", "variable_values recomputed: %1 was missing, the text says %2")
                    .arg(name, quoted(value)),
                QStringLiteral("recomputed-value")));
        } else if (*before != value) {
            result.notes.append(note(Location::prompt(),
                QCoreApplication::translate("pw::TemplateVerifier", "variable_values recomputed: %1 was %2, the text says %3")
                    .arg(name, quoted(*before), quoted(value)),
                QStringLiteral("recomputed-value")));
        }
    }
    if (fillVariables(result.templ, recomputed).prompt != original) {
        // The alignment guarantees this; a failure here is a bug, reported rather than hidden.
        result.errors.append(error(Location::prompt(),
            QCoreApplication::translate("pw::TemplateVerifier", "internal error: the recomputed values do not fill back"),
            QStringLiteral("template-mismatch")));
        return result;
    }
    result.values = recomputed;
    result.ok = true;
    return result;
}

} // namespace pw
