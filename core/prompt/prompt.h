#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pw {

enum class Role { User, Assistant };

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

// One block of message content. Only "text" blocks are valid for the prompt
// tools, but other types are kept so validation can name them.
struct ContentBlock
{
    QString type = QStringLiteral("text");
    QString text;
    bool hasCacheControl = false;

    static ContentBlock fromText(const QString &text) { return {QStringLiteral("text"), text, false}; }
    bool isText() const { return type == QLatin1String("text"); }

    friend bool operator==(const ContentBlock &, const ContentBlock &) = default;
};

struct Message
{
    Role role = Role::User;
    QList<ContentBlock> content;

    static Message user(const QString &text) { return {Role::User, {ContentBlock::fromText(text)}}; }
    static Message assistant(const QString &text) { return {Role::Assistant, {ContentBlock::fromText(text)}}; }

    // The text of all text blocks, joined without separator.
    QString text() const;

    friend bool operator==(const Message &, const Message &) = default;
};

// A prompt in the prompt-tools shape: a system prompt (empty when there is
// none) and a sequence of messages.
struct Prompt
{
    QString system;
    QList<Message> messages;

    // A trailing assistant message: text the model's answer is to start with.
    bool hasPrefill() const { return !messages.isEmpty() && messages.constLast().role == Role::Assistant; }
    bool isEmpty() const;

    friend bool operator==(const Prompt &, const Prompt &) = default;
};

// Variable name -> value, e.g. the variable_values of templatize.
using VariableValues = QMap<QString, QString>;

} // namespace pw
