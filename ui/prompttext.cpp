#include "prompttext.h"

#include <QCoreApplication>
#include <QStringList>

namespace pw {

// In the diff view's words (its translations too).
QString promptAsText(const Prompt &prompt)
{
    QStringList sections;
    if (!prompt.system.isEmpty())
        sections.append(QCoreApplication::translate("pw::PromptDiff", "System") + u'\n' + prompt.system);
    for (qsizetype i = 0; i < prompt.messages.size(); ++i) {
        const Message &message = prompt.messages.at(i);
        const QString role = message.role == Role::User ? QCoreApplication::translate("pw::PromptDiff", "user")
                                                        : QCoreApplication::translate("pw::PromptDiff", "assistant");
        sections.append(
            QCoreApplication::translate("pw::PromptDiff", "Message %1 · %2").arg(i + 1).arg(role) + u'\n' + message.text());
    }
    return sections.join(QStringLiteral("\n\n"));
}

QString placeText(const Location &location, const Prompt &prompt)
{
    QString text;
    QString part;
    switch (location.section) {
    case Location::Section::Prompt:
        return QCoreApplication::translate("pw::FindingsModel", "Prompt");
    case Location::Section::System:
        text = prompt.system;
        part = QCoreApplication::translate("pw::FindingsModel", "System");
        break;
    case Location::Section::Message:
        part = QCoreApplication::translate("pw::FindingsModel", "Message %1").arg(location.message + 1);
        if (location.message < 0 || location.message >= prompt.messages.size())
            return part;
        text = prompt.messages.at(location.message).text();
        break;
    }
    if (location.offset < 0 || location.offset > text.size())
        return part;
    const qsizetype line = QStringView(text).first(location.offset).count(u'\n') + 1;
    return QCoreApplication::translate("pw::FindingsModel", "%1, line %2").arg(part).arg(line);
}

} // namespace pw
