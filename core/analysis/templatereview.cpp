#include "templatereview.h"

#include "prompt/variables.h"

namespace pw {

namespace {

// Where a word may end without a space: scripts written without them have no word boundary to check.
bool isWordCharacter(QChar c)
{
    if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
        return false;
    default:
        return true;
    }
}

// value replaced by replacement in one literal stretch of text, at whole-word places only.
qsizetype replaceWholeWords(QStringView literal, const QString &value, const QString &replacement, QString &out)
{
    const bool checkStart = isWordCharacter(value.front());
    const bool checkEnd = isWordCharacter(value.back());
    qsizetype count = 0;
    qsizetype copied = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = literal.indexOf(value, from);
        if (at < 0)
            break;
        const qsizetype end = at + value.size();
        const bool startsWord = !checkStart || at == 0 || !isWordCharacter(literal.at(at - 1));
        const bool endsWord = !checkEnd || end == literal.size() || !isWordCharacter(literal.at(end));
        if (startsWord && endsWord) {
            out += literal.mid(copied, at - copied);
            out += replacement;
            copied = end;
            from = end;
            ++count;
        } else {
            from = at + 1;
        }
    }
    out += literal.mid(copied);
    return count;
}

// The text with value made a placeholder between its existing placeholders.
qsizetype replaceInLiteralText(QString &text, const QString &value, const QString &replacement)
{
    QString out;
    qsizetype count = 0;
    qsizetype literalStart = 0;
    for (const VariableOccurrence &occurrence : scanVariables(text)) {
        const qsizetype start = occurrence.location.offset;
        count += replaceWholeWords(QStringView(text).mid(literalStart, start - literalStart), value, replacement, out);
        out += QStringView(text).mid(start, occurrence.length);
        literalStart = start + occurrence.length;
    }
    count += replaceWholeWords(QStringView(text).mid(literalStart), value, replacement, out);
    if (count > 0)
        text = out;
    return count;
}

} // namespace

void reviseTemplateVariables(TemplateDraft &draft, const QMap<QString, QString> &renames, const QStringList &dropped)
{
    QMap<QString, QString> replacements;
    VariableValues values = draft.values;
    // A name without a value is the prompt's own variable: it stays.
    for (const QString &name : dropped) {
        if (values.contains(name))
            replacements.insert(name, values.take(name));
    }
    VariableValues renamedValues;
    for (auto it = renames.constBegin(); it != renames.constEnd(); ++it) {
        replacements.insert(it.key(), placeholder(it.value()));
        if (values.contains(it.key()))
            renamedValues.insert(it.value(), values.take(it.key()));
    }
    values.insert(renamedValues);
    draft.templ = fillVariables(draft.templ, replacements).prompt;
    draft.values = values;
}

qsizetype makeTemplateVariable(TemplateDraft &draft, const QString &value, const QString &name)
{
    if (value.isEmpty())
        return 0;
    const QString replacement = placeholder(name);
    qsizetype count = replaceInLiteralText(draft.templ.system, value, replacement);
    for (Message &message : draft.templ.messages) {
        for (ContentBlock &block : message.content) {
            if (block.isText())
                count += replaceInLiteralText(block.text, value, replacement);
        }
    }
    if (count > 0)
        draft.values.insert(name, value);
    return count;
}

} // namespace pw
