#pragma once

// Builds a prompt from fuzz input, for the targets that take a prompt rather
// than a file: text split into a system prompt, messages and their blocks.

#include "fuzzcheck.h"
#include "prompt/prompt.h"

// One control byte, then the text. Bit 0 of the control byte reads the text as
// raw UTF-16 (so lone surrogates and any code unit can occur) instead of
// UTF-8; the other bits give the roles of the first messages (set: assistant).
struct FuzzText
{
    QString text;
    quint8 roles = 0;
};

inline FuzzText takeText(FuzzInput &input)
{
    const quint8 control = input.takeByte();
    const QByteArray bytes = input.rest();
    if (control & 1)
        return {QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2), quint8(control >> 1)};
    return {QString::fromUtf8(bytes), quint8(control >> 1)};
}

// U+001E separates the system prompt from the messages and the messages from
// each other, U+001F the text blocks of a message.
inline pw::Prompt promptFromText(const QString &text, quint8 roles)
{
    const QStringList parts = text.split(QChar(0x1e));
    pw::Prompt prompt;
    prompt.system = parts.constFirst();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        pw::Message message;
        message.role = (i <= 7 && (roles >> (i - 1)) & 1) ? pw::Role::Assistant : pw::Role::User;
        for (const QString &block : parts[i].split(QChar(0x1f)))
            message.content.append(pw::ContentBlock::fromText(block));
        prompt.messages.append(message);
    }
    return prompt;
}

inline pw::Prompt takePrompt(FuzzInput &input)
{
    const FuzzText text = takeText(input);
    return promptFromText(text.text, text.roles);
}
