#include "modelcapabilities.h"

#include <QStringList>

#include <optional>

namespace pw {

namespace {

struct ClaudeVersion
{
    int major = 0;
    int minor = 0;
};

// The tokens of a Claude id from the family name on ("opus", "4", "6"), or
// nothing when the id does not name a Claude model.
std::optional<QStringList> claudeTokens(QStringView modelId)
{
    QString id = modelId.trimmed().toString().toLower();
    id = id.mid(id.lastIndexOf(QLatin1Char('/')) + 1);
    for (QChar suffixMark : {QLatin1Char('@'), QLatin1Char(':')}) {
        const qsizetype at = id.indexOf(suffixMark);
        if (at >= 0)
            id.truncate(at);
    }
    id.replace(QLatin1Char('.'), QLatin1Char('-'));
    id.replace(QLatin1Char('_'), QLatin1Char('-'));
    const QStringList tokens = id.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i] == u"claude")
            return tokens.mid(i + 1);
        if (tokens[i] == u"fable" || tokens[i] == u"mythos")
            return tokens.mid(i);
    }
    return std::nullopt;
}

bool isShortNumber(const QString &token)
{
    if (token.isEmpty() || token.size() > 2)
        return false;
    for (QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

std::optional<ClaudeVersion> versionOf(const QStringList &tokens)
{
    QList<int> numbers;
    for (const QString &token : tokens) {
        // Date stamps ("20250929") are longer than two digits and so skipped.
        if (isShortNumber(token))
            numbers.append(token.toInt());
        else if (!numbers.isEmpty())
            break; // "claude-3-5-sonnet-20241022": the version is the first run of numbers
        if (numbers.size() == 2)
            break;
    }
    if (numbers.isEmpty())
        return std::nullopt;
    return ClaudeVersion {numbers[0], numbers.size() > 1 ? numbers[1] : 0};
}

// For a feature that Claude dropped in version `dropped` and never brought back.
bool acceptedBefore(QStringView modelId, ClaudeVersion dropped)
{
    const std::optional<QStringList> tokens = claudeTokens(modelId);
    if (!tokens)
        return true;
    if (tokens->contains(QStringLiteral("fable")) || tokens->contains(QStringLiteral("mythos")))
        return false;
    const std::optional<ClaudeVersion> version = versionOf(*tokens);
    if (!version)
        return false;
    return version->major < dropped.major || (version->major == dropped.major && version->minor < dropped.minor);
}

} // namespace

bool isClaudeModel(QStringView modelId)
{
    return claudeTokens(modelId).has_value();
}

bool modelAcceptsPrefill(QStringView modelId)
{
    return acceptedBefore(modelId, {4, 6});
}

bool modelAcceptsSamplingParameters(QStringView modelId)
{
    return acceptedBefore(modelId, {4, 7});
}

} // namespace pw
