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
// original; see verifyTemplate() for the rules.
class Aligner
{
public:
    Aligner(const Prompt &original, const Prompt &templ, const QHash<QString, QString> &hints)
        : m_original(original), m_hints(hints)
    {
        for (const Location &location : textLocations(original)) {
            m_locations.append(location);
            m_segments.append(segmentsOf(textAt(templ, location)));
        }
        // For each place in the template, the names used from there on: only
        // their values can change how the rest aligns.
        QStringList later;
        m_laterNames.resize(m_segments.size());
        for (qsizetype s = m_segments.size() - 1; s >= 0; --s) {
            m_laterNames[s].resize(m_segments[s].size() + 1);
            m_laterNames[s][m_segments[s].size()] = later;
            for (qsizetype k = m_segments[s].size() - 1; k >= 0; --k) {
                const Segment &segment = m_segments[s][k];
                if (segment.isVariable && !later.contains(segment.text))
                    later.append(segment.text);
                m_laterNames[s][k] = later;
            }
        }
    }

    bool run() { return solve(0, 0, 0); }
    const QHash<QString, QString> &values() const { return m_assigned; }
    bool outOfBudget() const { return m_budget < 0; }
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

    bool solve(int section, int segment, qsizetype position);
    bool step(int section, int segment, qsizetype position);
    QList<qsizetype> stateKey(int section, int segment, qsizetype position) const;
    QList<qsizetype> candidateEnds(int section, int segment, qsizetype position) const;
    void fail(const Failure &failure);
    void failLiteralNotFound(int section, const QString &literal, qsizetype from);

    const Prompt &m_original;
    const QHash<QString, QString> &m_hints;
    QList<Location> m_locations;
    QList<QList<Segment>> m_segments;
    QHash<QString, QString> m_assigned;
    // Where each assigned value was taken from: (section, start, length).
    QHash<QString, std::array<qsizetype, 3>> m_origins;
    QList<QList<QStringList>> m_laterNames;
    // Places already known not to align under the same relevant values: this
    // memo turns runs of adjacent placeholders from exponential to polynomial.
    QSet<QList<qsizetype>> m_failed;
    std::optional<Failure> m_furthest;
    qint64 m_budget = 100000;
};

QList<qsizetype> Aligner::stateKey(int section, int segment, qsizetype position) const
{
    QList<qsizetype> key {section, segment, position};
    for (const QString &name : m_laterNames[section][segment]) {
        const auto origin = m_origins.constFind(name);
        if (origin == m_origins.constEnd()) {
            key.append(-1);
        } else {
            key.append((*origin)[0]);
            key.append((*origin)[1]);
            key.append((*origin)[2]);
        }
    }
    return key;
}

bool Aligner::solve(int section, int segment, qsizetype position)
{
    if (section == m_segments.size())
        return true;
    if (--m_budget < 0)
        return false;
    const QList<qsizetype> key = stateKey(section, segment, position);
    if (m_failed.contains(key))
        return false;
    if (step(section, segment, position))
        return true;
    if (m_budget >= 0)
        m_failed.insert(key);
    return false;
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
    const QString &original = textAt(m_original, m_locations[section]);
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

bool Aligner::step(int section, int segment, qsizetype position)
{
    const QString &original = textAt(m_original, m_locations[section]);
    const QList<Segment> &segments = m_segments[section];
    if (segment == 0 && segments.size() > 1 && !segments.last().isVariable && !original.endsWith(segments.last().text)) {
        // Cheap and decisive: the text the template ends with must end the original.
        const QString &closing = segments.last().text;
        failLiteralNotFound(section, closing, std::max<qsizetype>(0, original.size() - closing.size()));
        return false;
    }
    if (segment == segments.size()) {
        if (position == original.size())
            return solve(section + 1, 0, 0);
        fail({section, position, Failure::Kind::TemplateEnds, {}, {}});
        return false;
    }

    const Segment &current = segments[segment];
    const QStringView rest = QStringView(original).mid(position);
    if (!current.isVariable) {
        const qsizetype common = commonPrefixLength(current.text, rest);
        if (common == current.text.size())
            return solve(section, segment + 1, position + common);
        // A difference inside a word is reported from the start of the word,
        // so offset and excerpt agree: "color" vs "colour", not "r" vs "ur".
        qsizetype back = common;
        const bool insideWord
            = current.text[common].isLetterOrNumber() || (common < rest.size() && rest[common].isLetterOrNumber());
        while (insideWord && back > 0 && current.text[back - 1].isLetterOrNumber())
            --back;
        fail({section, position + back, Failure::Kind::LiteralDiffers, current.text.mid(back), {}});
        return false;
    }

    const auto known = m_assigned.constFind(current.text);
    if (known != m_assigned.constEnd()) {
        if (rest.startsWith(*known))
            return solve(section, segment + 1, position + known->size());
        fail({section, position, Failure::Kind::ValueConflict, *known, current.text});
        return false;
    }
    const QList<qsizetype> ends = candidateEnds(section, segment, position);
    if (ends.isEmpty()) {
        failLiteralNotFound(section, segments[segment + 1].text, position);
        return false;
    }
    for (qsizetype end : ends) {
        m_assigned.insert(current.text, original.mid(position, end - position));
        m_origins.insert(current.text, {section, position, end - position});
        if (solve(section, segment + 1, end))
            return true;
        m_assigned.remove(current.text);
        m_origins.remove(current.text);
        if (m_budget < 0)
            return false;
    }
    return false;
}

// Where the value of the placeholder at segment may end: the engine's value
// first, then the places where the following literal text occurs, nearest
// first, an empty value last.
QList<qsizetype> Aligner::candidateEnds(int section, int segment, qsizetype position) const
{
    const QString &original = textAt(m_original, m_locations[section]);
    const QList<Segment> &segments = m_segments[section];
    const QString &name = segments[segment].text;
    QList<qsizetype> ends;
    const auto hint = m_hints.constFind(name);
    if (hint != m_hints.constEnd() && QStringView(original).mid(position).startsWith(*hint))
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
    if (!ends.isEmpty() && hint != m_hints.constEnd()) {
        const qsizetype first = ends.front();
        const auto repeat = std::find(ends.begin() + 1, ends.end(), first);
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
