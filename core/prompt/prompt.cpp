#include "prompt.h"

namespace pw {

QString roleName(Role role)
{
    return role == Role::User ? QStringLiteral("user") : QStringLiteral("assistant");
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name == u"user")
        return Role::User;
    if (name == u"assistant")
        return Role::Assistant;
    return std::nullopt;
}

QString Message::text() const
{
    QString result;
    for (const ContentBlock &block : content) {
        if (block.isText())
            result += block.text;
    }
    return result;
}

bool Prompt::isEmpty() const
{
    if (!system.isEmpty())
        return false;
    for (const Message &m : messages) {
        if (!m.text().isEmpty())
            return false;
    }
    return true;
}

} // namespace pw
