#include "checks.h"

#include "modelcapabilities.h"
#include "promptsections.h"
#include "textscan.h"

#include "prompt/variables.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pw {

namespace {

Diagnostic finding(Severity severity, const Location &location, const QString &code, const QString &message)
{
    return {severity, location, message, code};
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

// "reply inside <answer> tags": the tag is named, not used.
bool isTagMention(QStringView text, const XmlTag &tag)
{
    qsizetype i = tag.end();
    while (i < text.size() && text[i].isSpace())
        ++i;
    const qsizetype start = i;
    while (i < text.size() && text[i].isLetter())
        ++i;
    static const QStringList nouns {QStringLiteral("tag"), QStringLiteral("tags"), QStringLiteral("block"),
        QStringLiteral("blocks"), QStringLiteral("element"), QStringLiteral("elements"), QStringLiteral("section"),
        QStringLiteral("sections")};
    return nouns.contains(text.mid(start, i - start).toString());
}

void checkTags(QStringView text, const Location &location, bool isPrefill, bool usesVariables, QList<Diagnostic> &findings)
{
    const QList<XmlTag> tags = scanXmlTags(text, codeRanges(text));
    const TagPairing pairing = pairXmlTags(tags);
    QList<Diagnostic> found;
    for (int index : pairing.unclosed) {
        const XmlTag &tag = tags[index];
        // A prefill opens a tag for the model to close.
        if (isPrefill || isTagMention(text, tag))
            continue;
        const Location at = location.withOffset(tag.start);
        if (usesVariables && !tag.hasAttributes) {
            found.append(finding(Severity::Warning, at, QStringLiteral("mixed-variable-syntax"),
                QCoreApplication::translate("pw::PromptChecks",
                    "<%1> looks like a placeholder, but only {{%2}} is filled in; use {{%2}} or close the tag")
                    .arg(tag.name, toUpperSnake(tag.name))));
        } else {
            found.append(finding(Severity::Warning, at, QStringLiteral("unbalanced-tag"),
                QCoreApplication::translate("pw::PromptChecks", "<%1> is opened here and never closed").arg(tag.name)));
        }
    }
    for (int index : pairing.unopened) {
        const XmlTag &tag = tags[index];
        if (isTagMention(text, tag))
            continue;
        found.append(finding(Severity::Warning, location.withOffset(tag.start), QStringLiteral("unbalanced-tag"),
            QCoreApplication::translate("pw::PromptChecks", "</%1> closes a tag that was never opened").arg(tag.name)));
    }
    std::sort(found.begin(), found.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return a.location.offset < b.location.offset; });
    findings.append(found);
}

void checkVariableSyntax(QStringView text, const Location &location, bool usesVariables, QList<Diagnostic> &findings)
{
    struct Pattern
    {
        QRegularExpression expression;
        bool always;
    };
    static const QList<Pattern> patterns {
        // {{ name }}: meant as a variable, and not one
        {QRegularExpression(QStringLiteral(R"(\{\{(?:\s+[A-Za-z_]\w*\s*|\s*[A-Za-z_]\w*\s+)\}\})")), true},
        // ${name}
        {QRegularExpression(QStringLiteral(R"(\$\{\s*[A-Za-z_]\w*\s*\})")), false},
        // {name}, but not a brace of {{NAME}} or ${name}
        {QRegularExpression(QStringLiteral(R"((?<![{$])\{[A-Za-z_]\w*\}(?!\}))")), false},
    };
    const RangeSet code(codeRanges(text));
    QList<Diagnostic> found;
    RangeSet reported;
    for (const Pattern &pattern : patterns) {
        if (!pattern.always && !usesVariables)
            continue;
        for (const QRegularExpressionMatch &match : pattern.expression.globalMatch(text)) {
            const qsizetype start = match.capturedStart();
            const qsizetype end = match.capturedEnd();
            if (code.overlaps(start, end) || reported.overlaps(start, end))
                continue;
            reported.insert(start, end);
            const QString written = match.captured();
            QString name = written;
            name.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char('$'));
            found.append(finding(Severity::Warning, location.withOffset(start), QStringLiteral("mixed-variable-syntax"),
                QCoreApplication::translate(
                    "pw::PromptChecks", "%1 is not a variable: only {{%2}} (no spaces, double braces) is filled in")
                    .arg(written, toUpperSnake(name.trimmed()))));
        }
    }
    std::sort(found.begin(), found.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return a.location.offset < b.location.offset; });
    findings.append(found);
}

void checkText(const Prompt &prompt, const Location &location, bool usesVariables, QList<Diagnostic> &findings)
{
    const QString &text = textAt(prompt, location);
    const bool isPrefill
        = location.section == Location::Section::Message && prompt.hasPrefill() && location.message == prompt.messages.size() - 1;
    checkTags(text, location, isPrefill, usesVariables, findings);
    checkVariableSyntax(text, location, usesVariables, findings);
}

bool isEmptyMessage(const Message &message)
{
    for (const ContentBlock &block : message.content) {
        if (!block.isText() || !isBlank(block.text))
            return false;
    }
    return true;
}

void checkPrefill(const Prompt &prompt, const CheckOptions &options, QList<Diagnostic> &findings)
{
    const int last = int(prompt.messages.size()) - 1;
    const Message &prefill = prompt.messages[last];
    if (!isEmptyMessage(prefill)) {
        int block = int(prefill.content.size()) - 1;
        while (block > 0 && (!prefill.content[block].isText() || prefill.content[block].text.isEmpty()))
            --block;
        const QString &text = prefill.content[block].text;
        if (!text.isEmpty() && text.back().isSpace()) {
            qsizetype start = text.size();
            while (start > 0 && text[start - 1].isSpace())
                --start;
            findings.append(
                finding(Severity::Error, Location::ofMessage(last, block, start), QStringLiteral("trailing-whitespace-prefill"),
                    QCoreApplication::translate("pw::PromptChecks",
                        "the prefill (final assistant message) ends in whitespace, which the API rejects; remove it")));
        }
    }
    if (!options.targetModel.isEmpty() && !modelAcceptsPrefill(options.targetModel)) {
        findings.append(finding(Severity::Error, Location::ofMessage(last), QStringLiteral("prefill-rejected"),
            QCoreApplication::translate("pw::PromptChecks",
                "%1 does not accept a prefill (a final assistant message): Claude 4.6 and later answer it with "
                "a 400; move it into the user message as an instruction, or remove it")
                .arg(options.targetModel)));
    }
}

void checkValues(const Prompt &prompt, const VariableValues &values, QList<Diagnostic> &findings)
{
    QSet<QString> seen;
    for (const VariableOccurrence &occurrence : scanVariables(prompt)) {
        if (seen.contains(occurrence.name))
            continue;
        seen.insert(occurrence.name);
        if (!values.contains(occurrence.name)) {
            findings.append(finding(Severity::Warning, occurrence.location, QStringLiteral("missing-value"),
                QCoreApplication::translate("pw::PromptChecks", "{{%1}} has no test value").arg(occurrence.name)));
        }
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!seen.contains(it.key())) {
            findings.append(finding(Severity::Warning, Location::prompt(), QStringLiteral("unused-value"),
                QCoreApplication::translate("pw::PromptChecks", "the test value %1 is not used: the prompt has no {{%1}}")
                    .arg(it.key())));
        }
    }
}

} // namespace

QList<Diagnostic> checkPrompt(const Prompt &prompt, const CheckOptions &options)
{
    QList<Diagnostic> findings;
    if (prompt.isEmpty()) {
        findings.append(finding(Severity::Error, Location::prompt(), QStringLiteral("empty-prompt"),
            QCoreApplication::translate(
                "pw::PromptChecks", "the prompt has no text: neither a system prompt nor a message with text")));
        return findings;
    }

    const bool usesVariables = !scanVariables(prompt).isEmpty();
    checkText(prompt, Location::system(), usesVariables, findings);
    const int last = int(prompt.messages.size()) - 1;
    for (int m = 0; m <= last; ++m) {
        const Message &message = prompt.messages[m];
        if (isEmptyMessage(message)) {
            findings.append(finding(Severity::Error, Location::ofMessage(m), QStringLiteral("empty-message"),
                message.content.isEmpty() || message.text().isEmpty()
                    ? QCoreApplication::translate("pw::PromptChecks", "the %1 message is empty").arg(roleName(message.role))
                    : QCoreApplication::translate("pw::PromptChecks", "the %1 message is only whitespace")
                          .arg(roleName(message.role))));
            continue;
        }
        for (int b = 0; b < message.content.size(); ++b) {
            const ContentBlock &block = message.content[b];
            if (!block.isText())
                continue;
            if (isBlank(block.text)) {
                findings.append(finding(Severity::Error, Location::ofMessage(m, b), QStringLiteral("empty-message"),
                    QCoreApplication::translate(
                        "pw::PromptChecks", "this text block is empty or only whitespace, which the API rejects")));
                continue;
            }
            checkText(prompt, Location::ofMessage(m, b), usesVariables, findings);
        }
    }
    if (prompt.hasPrefill())
        checkPrefill(prompt, options, findings);
    if (options.testValues)
        checkValues(prompt, *options.testValues, findings);
    return findings;
}

} // namespace pw
