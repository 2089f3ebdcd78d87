#include "variables.h"

#include "jsonwrite.h"

#include <QCoreApplication>
#include <QSet>

namespace pw {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// Calls visit(start, length, name) for every {{NAME}} in text.
template<typename Visitor>
void forEachPlaceholder(QStringView text, Visitor visit)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype open = text.indexOf(u"{{", i);
        if (open < 0)
            return;
        qsizetype j = open + 2;
        if (j < n && isNameStart(text[j])) {
            qsizetype k = j + 1;
            while (k < n && isNameChar(text[k]))
                ++k;
            if (k + 1 < n && text[k] == u'}' && text[k + 1] == u'}') {
                visit(open, k + 2 - open, text.mid(j, k - j));
                i = k + 2;
                continue;
            }
        }
        i = open + 1;
    }
}

void appendUnique(QStringList &list, const QString &name)
{
    if (!list.contains(name))
        list.append(name);
}

} // namespace

bool isValidVariableName(QStringView name)
{
    if (name.isEmpty() || !isNameStart(name.front()))
        return false;
    for (QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

QString variableNameProblem(QStringView name)
{
    if (isValidVariableName(name))
        return {};
    return QCoreApplication::translate("pw::Variables",
        "%1 is not a valid variable name (a letter or underscore, then letters, digits or underscores, as in {{NAME}})")
        .arg(QString::fromUtf8(jsonString(name)));
}

bool isUpperSnake(QStringView name)
{
    if (!isValidVariableName(name))
        return false;
    for (QChar c : name) {
        if (c >= u'a' && c <= u'z')
            return false;
    }
    return true;
}

QString toUpperSnake(QStringView words)
{
    QString out;
    bool pendingUnderscore = false;
    QChar previous;
    for (QChar c : words) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            // camelCase boundary: "orderId" -> ORDER_ID
            if (c.isUpper() && previous.isLower() && !out.isEmpty())
                pendingUnderscore = true;
            if (pendingUnderscore && !out.isEmpty())
                out += QLatin1Char('_');
            pendingUnderscore = false;
            out += c.toUpper();
        } else {
            pendingUnderscore = true;
        }
        previous = c;
    }
    if (out.isEmpty())
        out = QStringLiteral("VALUE");
    if (out.front().isDigit())
        out.prepend(QStringLiteral("V_"));
    return out;
}

QString placeholder(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

QList<VariableOccurrence> scanVariables(QStringView text)
{
    QList<VariableOccurrence> result;
    forEachPlaceholder(text, [&](qsizetype start, qsizetype length, QStringView name) {
        result.append({name.toString(), Location::prompt().withOffset(start), length});
    });
    return result;
}

QList<VariableOccurrence> scanVariables(const Prompt &prompt)
{
    QList<VariableOccurrence> result;
    forEachPlaceholder(prompt.system, [&](qsizetype start, qsizetype length, QStringView name) {
        result.append({name.toString(), Location::system(start), length});
    });
    for (int m = 0; m < prompt.messages.size(); ++m) {
        const QList<ContentBlock> &blocks = prompt.messages[m].content;
        for (int b = 0; b < blocks.size(); ++b) {
            forEachPlaceholder(blocks[b].text, [&](qsizetype start, qsizetype length, QStringView name) {
                result.append({name.toString(), Location::ofMessage(m, b, start), length});
            });
        }
    }
    return result;
}

QStringList variableNames(const Prompt &prompt)
{
    QStringList names;
    QSet<QString> seen;
    for (const VariableOccurrence &occurrence : scanVariables(prompt)) {
        if (!seen.contains(occurrence.name)) {
            seen.insert(occurrence.name);
            names.append(occurrence.name);
        }
    }
    return names;
}

QString fillVariables(QStringView text, const VariableValues &values, QStringList *missing)
{
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    forEachPlaceholder(text, [&](qsizetype start, qsizetype length, QStringView name) {
        const auto it = values.constFind(name.toString());
        if (it == values.constEnd()) {
            if (missing)
                appendUnique(*missing, name.toString());
            return;
        }
        out += text.mid(copied, start - copied);
        out += *it;
        copied = start + length;
    });
    out += text.mid(copied);
    return out;
}

FillResult fillVariables(const Prompt &prompt, const VariableValues &values)
{
    FillResult result;
    result.prompt.system = fillVariables(prompt.system, values, &result.missing);
    result.prompt.messages = prompt.messages;
    for (Message &message : result.prompt.messages) {
        for (ContentBlock &block : message.content)
            block.text = fillVariables(block.text, values, &result.missing);
    }
    return result;
}

} // namespace pw
