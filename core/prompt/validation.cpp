#include "validation.h"

#include <QCoreApplication>

namespace pw {

namespace {

Diagnostic error(const Location &location, const QString &code, const QString &message)
{
    return {Severity::Error, location, message, code};
}

} // namespace

QList<Diagnostic> validatePrompt(const Prompt &prompt, PromptRules rules)
{
    QList<Diagnostic> findings;
    if (prompt.messages.isEmpty()) {
        findings.append(error(Location::prompt().withField(QStringLiteral("messages")), QStringLiteral("no-messages"),
            QCoreApplication::translate("pw::PromptValidation", "at least one message is required")));
        return findings;
    }

    for (int m = 0; m < prompt.messages.size(); ++m) {
        const Message &message = prompt.messages[m];
        if (message.content.isEmpty()) {
            findings.append(error(Location::ofMessage(m).withField(QStringLiteral("content")), QStringLiteral("empty-content"),
                QCoreApplication::translate("pw::PromptValidation", "must hold at least one text block")));
        }
        for (int b = 0; b < message.content.size(); ++b) {
            const ContentBlock &block = message.content[b];
            if (!block.isText()) {
                findings.append(error(Location::ofMessage(m, b), QStringLiteral("non-text-block"),
                    QCoreApplication::translate("pw::PromptValidation", "only text blocks are allowed (found \"%1\")")
                        .arg(block.type)));
            }
            if (block.hasCacheControl) {
                findings.append(error(Location::ofMessage(m, b), QStringLiteral("cache-control"),
                    QCoreApplication::translate("pw::PromptValidation", "cache_control is not allowed")));
            }
        }

        if (rules != PromptRules::PromptTools)
            continue;
        const bool last = m == prompt.messages.size() - 1;
        if (m == 0 && message.role != Role::User) {
            findings.append(error(Location::ofMessage(m).withField(QStringLiteral("role")), QStringLiteral("message-order"),
                QCoreApplication::translate(
                    "pw::PromptValidation", "the first message must be from the user (found \"assistant\")")));
        } else if (message.role == Role::Assistant && !last) {
            findings.append(error(Location::ofMessage(m).withField(QStringLiteral("role")), QStringLiteral("message-order"),
                QCoreApplication::translate("pw::PromptValidation", "an assistant message is only allowed last, as a prefill")));
        }
    }
    return findings;
}

} // namespace pw
