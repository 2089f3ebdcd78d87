#include "promptdiff.h"

#include "difftokenizer.h"
#include "prompt/variables.h"
#include "sequencematcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace pw {

namespace {

struct SectionPlan
{
    int left = -1;
    int right = -1;
};

QSet<QStringView> wordSet(QStringView text)
{
    const TokenizedText tokens = tokenize(text);
    QSet<QStringView> words;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.kind(i) != TokenKind::Space)
            words.insert(text.sliced(tokens.begin(i), tokens.end(i) - tokens.begin(i)));
    }
    return words;
}

// Dice coefficient of the two word sets: 1 for the same words, 0 for none shared.
double similarity(const QSet<QStringView> &a, const QSet<QStringView> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    qsizetype common = 0;
    const QSet<QStringView> &smaller = a.size() <= b.size() ? a : b;
    const QSet<QStringView> &larger = a.size() <= b.size() ? b : a;
    for (QStringView word : smaller)
        common += larger.contains(word) ? 1 : 0;
    return 2.0 * double(common) / double(a.size() + b.size());
}

// Pairs the messages of a stretch where no message is identical on both
// sides. Same count: pair in order (edited messages). Otherwise keep the
// order-preserving pairing with the most shared words; a message sharing too
// little with any other is added or removed.
void pairGap(const QList<QString> &leftTexts, const QList<QString> &rightTexts, const QList<Message> &leftMessages,
    const QList<Message> &rightMessages, qint32 left0, qint32 left1, qint32 right0, qint32 right1, QList<SectionPlan> &plan)
{
    const qint32 n = left1 - left0;
    const qint32 m = right1 - right0;
    constexpr qint32 maxCells = 64 * 64;
    if (n == m || n == 0 || m == 0 || n * m > maxCells) {
        const qint32 paired = std::min(n, m);
        for (qint32 i = 0; i < paired; ++i)
            plan.append({left0 + i, right0 + i});
        for (qint32 i = paired; i < n; ++i)
            plan.append({left0 + i, -1});
        for (qint32 j = paired; j < m; ++j)
            plan.append({-1, right0 + j});
        return;
    }
    constexpr double minimumSimilarity = 0.3;
    QList<QSet<QStringView>> leftWords, rightWords;
    for (qint32 i = left0; i < left1; ++i)
        leftWords.append(wordSet(leftTexts[i]));
    for (qint32 j = right0; j < right1; ++j)
        rightWords.append(wordSet(rightTexts[j]));
    const auto pairScore = [&](qint32 i, qint32 j) {
        double s = similarity(leftWords[i], rightWords[j]);
        if (leftMessages[left0 + i].role != rightMessages[right0 + j].role)
            s /= 2;
        return s >= minimumSimilarity ? s : -1.0;
    };
    std::vector<double> best(size_t((n + 1) * (m + 1)), 0.0);
    const auto at = [&](qint32 i, qint32 j) -> double & {
        return best[size_t(i * (m + 1) + j)];
    };
    for (qint32 i = n - 1; i >= 0; --i) {
        for (qint32 j = m - 1; j >= 0; --j) {
            const double s = pairScore(i, j);
            at(i, j) = std::max({at(i + 1, j), at(i, j + 1), s >= 0 ? s + at(i + 1, j + 1) : 0.0});
        }
    }
    qint32 i = 0, j = 0;
    while (i < n && j < m) {
        const double s = pairScore(i, j);
        if (s >= 0 && at(i, j) == s + at(i + 1, j + 1)) {
            plan.append({left0 + i++, right0 + j++});
        } else if (at(i, j) == at(i + 1, j)) {
            plan.append({left0 + i++, -1});
        } else {
            plan.append({-1, right0 + j++});
        }
    }
    for (; i < n; ++i)
        plan.append({left0 + i, -1});
    for (; j < m; ++j)
        plan.append({-1, right0 + j});
}

QList<SectionPlan> planMessages(
    const Prompt &left, const Prompt &right, const QList<QString> &leftTexts, const QList<QString> &rightTexts)
{
    // Identical messages (same role and text) get the same id and anchor the
    // pairing. One table per role, so no text is copied into a combined key.
    QHash<QString, qint32> ids[2];
    qint32 nextId = 0;
    const auto idsOf = [&](const QList<Message> &messages, const QList<QString> &texts) {
        std::vector<qint32> result;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            QHash<QString, qint32> &table = ids[messages[i].role == Role::User ? 0 : 1];
            auto it = table.constFind(texts[i]);
            if (it == table.constEnd())
                it = table.insert(texts[i], nextId++);
            result.push_back(*it);
        }
        return result;
    };
    const std::vector<qint32> leftIds = idsOf(left.messages, leftTexts);
    const std::vector<qint32> rightIds = idsOf(right.messages, rightTexts);
    const std::vector<MatchingRun> runs = matchSequences(leftIds, rightIds).value_or(std::vector<MatchingRun>());

    QList<SectionPlan> plan;
    qint32 l = 0, r = 0;
    const auto gapUntil = [&](qint32 leftEnd, qint32 rightEnd) {
        pairGap(leftTexts, rightTexts, left.messages, right.messages, l, leftEnd, r, rightEnd, plan);
    };
    for (const MatchingRun &run : runs) {
        gapUntil(run.left, run.right);
        for (qint32 k = 0; k < run.length; ++k)
            plan.append({run.left + k, run.right + k});
        l = run.left + run.length;
        r = run.right + run.length;
    }
    gapUntil(qint32(leftIds.size()), qint32(rightIds.size()));
    return plan;
}

QString messageTitle(int index, std::optional<Role> role)
{
    const QString roleLabel = !role ? QString()
        : *role == Role::User       ? QCoreApplication::translate("pw::PromptDiff", "user")
                                    : QCoreApplication::translate("pw::PromptDiff", "assistant");
    return QCoreApplication::translate("pw::PromptDiff", "Message %1 · %2").arg(index + 1).arg(roleLabel);
}

// Pairs the variables a change removes with those it adds, in order: where
// {{OLD}} gave way to {{NEW}}, OLD was renamed to NEW.
void collectRenames(const SectionDiff &section, QStringList &removed, QStringList &added, QList<VariableRename> &renames)
{
    const QList<DiffOp> &ops = section.diff.ops;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (ops[i].kind != DiffOpKind::Delete || i + 1 >= ops.size() || ops[i + 1].kind != DiffOpKind::Insert)
            continue;
        const QList<VariableOccurrence> gone = scanVariables(section.diff.leftText(ops[i]));
        const QList<VariableOccurrence> came = scanVariables(section.diff.rightText(ops[i + 1]));
        for (qsizetype k = 0; k < std::min(gone.size(), came.size()); ++k) {
            const QString &from = gone[k].name;
            const QString &to = came[k].name;
            if (removed.contains(from) && added.contains(to)) {
                removed.removeOne(from);
                added.removeOne(to);
                renames.append({from, to});
            }
        }
    }
}

qsizetype estimateTokens(const Prompt &prompt, const QList<QString> &messageTexts)
{
    qsizetype tokens = estimateModelTokens(prompt.system);
    for (const QString &text : messageTexts)
        tokens += estimateModelTokens(text);
    return tokens;
}

QList<QString> messageTexts(const Prompt &prompt)
{
    QList<QString> texts;
    texts.reserve(prompt.messages.size());
    for (const Message &message : prompt.messages)
        texts.append(message.text());
    return texts;
}

} // namespace

QString SectionDiff::name() const
{
    if (isSystem())
        return QStringLiteral("system");
    return QStringLiteral("messages[%1]").arg(leftIndex >= 0 ? leftIndex : rightIndex);
}

QString SectionDiff::leftTitle() const
{
    if (isSystem())
        return QCoreApplication::translate("pw::PromptDiff", "System");
    return leftIndex >= 0 ? messageTitle(leftIndex, leftRole) : messageTitle(rightIndex, rightRole);
}

QString SectionDiff::rightTitle() const
{
    if (isSystem())
        return QCoreApplication::translate("pw::PromptDiff", "System");
    return rightIndex >= 0 ? messageTitle(rightIndex, rightRole) : messageTitle(leftIndex, leftRole);
}

QString DiffSummary::toString() const
{
    QString text = changes == 1 ? QCoreApplication::translate("pw::PromptDiff", "1 change")
                                : QCoreApplication::translate("pw::PromptDiff", "%1 changes").arg(changes);
    text += QCoreApplication::translate("pw::PromptDiff", " · words +%1 −%2").arg(wordsAdded).arg(wordsRemoved);
    text += QCoreApplication::translate("pw::PromptDiff", " · variables +%1 −%2")
                .arg(variablesAdded.size())
                .arg(variablesRemoved.size());
    if (!variablesRenamed.isEmpty())
        text += QCoreApplication::translate("pw::PromptDiff", ", %1 renamed").arg(variablesRenamed.size());
    if (messagesAdded || messagesRemoved || messagesMoved)
        text += QCoreApplication::translate("pw::PromptDiff", " · messages +%1 −%2, %3 moved")
                    .arg(messagesAdded)
                    .arg(messagesRemoved)
                    .arg(messagesMoved);
    const qsizetype delta = tokenDelta();
    text += QCoreApplication::translate("pw::PromptDiff", " · tokens ≈%1%2")
                .arg(delta > 0 ? QStringLiteral("+") : QString())
                .arg(delta);
    return text;
}

qsizetype estimateModelTokens(QStringView text)
{
    return (text.size() + 3) / 4;
}

std::optional<PromptDiff> diffPrompts(
    const Prompt &left, const Prompt &right, const DiffOptions &options, const CancelToken &cancel)
{
    PromptDiff result;
    result.options = options;
    const QList<QString> leftTexts = messageTexts(left);
    const QList<QString> rightTexts = messageTexts(right);

    const auto compare = [&](SectionDiff &section, const QString &leftText, const QString &rightText) {
        std::optional<TextDiff> diff = diffTexts(leftText, rightText, options, cancel);
        if (!diff)
            return false;
        section.diff = std::move(*diff);
        const bool roleChanged = section.leftRole != section.rightRole;
        section.status = section.diff.changes > 0 || roleChanged ? SectionDiff::Status::Changed : SectionDiff::Status::Unchanged;
        if (roleChanged && section.diff.changes == 0)
            section.diff.changes = 1;
        return true;
    };

    if (!left.system.isEmpty() || !right.system.isEmpty()) {
        SectionDiff system;
        if (!compare(system, left.system, right.system))
            return std::nullopt;
        result.sections.append(std::move(system));
    }

    const QList<SectionPlan> plan = planMessages(left, right, leftTexts, rightTexts);
    for (const SectionPlan &p : plan) {
        SectionDiff section;
        section.leftIndex = p.left;
        section.rightIndex = p.right;
        if (p.left >= 0)
            section.leftRole = left.messages[p.left].role;
        if (p.right >= 0)
            section.rightRole = right.messages[p.right].role;
        if (p.left >= 0 && p.right >= 0) {
            if (!compare(section, leftTexts[p.left], rightTexts[p.right]))
                return std::nullopt;
        } else if (p.left >= 0) {
            section.status = SectionDiff::Status::Removed;
            section.diff = deletedText(leftTexts[p.left]);
        } else {
            section.status = SectionDiff::Status::Added;
            section.diff = insertedText(rightTexts[p.right]);
        }
        section.diff.changes = std::max(section.diff.changes, p.left < 0 || p.right < 0 ? 1 : 0);
        result.sections.append(std::move(section));
    }

    // A removed message identical to an added one only moved.
    for (SectionDiff &removed : result.sections) {
        if (removed.status != SectionDiff::Status::Removed)
            continue;
        for (SectionDiff &added : result.sections) {
            if (added.status == SectionDiff::Status::Added && added.movedFrom < 0 && added.rightRole == removed.leftRole
                && added.diff.right == removed.diff.left) {
                removed.movedTo = added.rightIndex;
                added.movedFrom = removed.leftIndex;
                break;
            }
        }
    }

    DiffSummary &summary = result.summary;
    for (const SectionDiff &section : result.sections) {
        if (section.isMoved()) {
            summary.messagesMoved += section.status == SectionDiff::Status::Added ? 1 : 0;
            summary.changes += section.status == SectionDiff::Status::Added ? 1 : 0;
            continue;
        }
        summary.changes += section.diff.changes;
        summary.wordsAdded += section.diff.wordsAdded;
        summary.wordsRemoved += section.diff.wordsRemoved;
        summary.messagesAdded += section.status == SectionDiff::Status::Added ? 1 : 0;
        summary.messagesRemoved += section.status == SectionDiff::Status::Removed ? 1 : 0;
    }
    // Each side's variables in the order variableNames() gives: system first,
    // then the messages in that side's order. The diff found them already.
    QStringList leftNames, rightNames;
    const auto collect = [&](QStringList &names, bool leftSide) {
        QList<const SectionDiff *> sections;
        for (const SectionDiff &section : result.sections) {
            if ((leftSide ? section.leftIndex : section.rightIndex) >= 0 || section.isSystem())
                sections.append(&section);
        }
        std::stable_sort(sections.begin(), sections.end(), [leftSide](const SectionDiff *a, const SectionDiff *b) {
            return (leftSide ? a->leftIndex : a->rightIndex) < (leftSide ? b->leftIndex : b->rightIndex);
        });
        for (const SectionDiff *section : std::as_const(sections)) {
            for (const QString &name : leftSide ? section->diff.leftVariables : section->diff.rightVariables) {
                if (!names.contains(name))
                    names.append(name);
            }
        }
    };
    collect(leftNames, true);
    collect(rightNames, false);
    for (const QString &name : rightNames) {
        if (!leftNames.contains(name))
            summary.variablesAdded.append(name);
    }
    for (const QString &name : leftNames) {
        if (!rightNames.contains(name))
            summary.variablesRemoved.append(name);
    }
    for (const SectionDiff &section : result.sections)
        collectRenames(section, summary.variablesRemoved, summary.variablesAdded, summary.variablesRenamed);
    summary.leftTokens = estimateTokens(left, leftTexts);
    summary.rightTokens = estimateTokens(right, rightTexts);
    return result;
}

} // namespace pw
