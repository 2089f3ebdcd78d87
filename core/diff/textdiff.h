#pragma once

#include "canceltoken.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

// A half-open range of UTF-16 positions in one text.
struct TextRange
{
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - begin; }
    bool isEmpty() const { return begin == end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

enum class DiffOpKind : quint8 { Equal, Delete, Insert };

// One step of a diff. Equal covers text on both sides (the same text, except
// for whitespace when whitespace is ignored); Delete covers left text and has
// an empty right range at the matching place; Insert the other way round.
struct DiffOp
{
    DiffOpKind kind = DiffOpKind::Equal;
    TextRange left;
    TextRange right;

    friend bool operator==(const DiffOp &, const DiffOp &) = default;
};

struct DiffOptions
{
    // Changes that only add, remove or alter whitespace count as equal.
    bool ignoreWhitespace = false;
    // Find the changed characters inside replaced words ("colour" -> "color").
    bool refineCharacters = true;

    friend bool operator==(const DiffOptions &, const DiffOptions &) = default;
};

// The word diff of two texts.
//
// ops is the word-level diff: Equal, Delete and Insert in text order, a
// replacement being a Delete directly followed by an Insert. Concatenating
// the Equal and Delete texts gives left, the Equal and Insert texts give
// right. refinedOps covers the same text with replacements broken down to
// grapheme clusters where that shows a small change; it keeps the same rule.
struct TextDiff
{
    QString left;
    QString right;
    QList<DiffOp> ops;
    QList<DiffOp> refinedOps;

    int changes = 0; // changed regions (a run of Delete/Insert between Equals)
    // Words in the minimal token diff, before changes are merged for reading.
    qsizetype wordsAdded = 0;
    qsizetype wordsRemoved = 0;
    // The distinct {{NAMES}} of each text, in order of first appearance.
    QStringList leftVariables;
    QStringList rightVariables;

    QStringView leftText(const DiffOp &op) const { return QStringView(left).sliced(op.left.begin, op.left.length()); }
    QStringView rightText(const DiffOp &op) const { return QStringView(right).sliced(op.right.begin, op.right.length()); }
    bool isIdentical() const { return changes == 0; }
};

// Tokens are words, whitespace runs, {{VARIABLES}}, XML tags and single
// symbols; see difftokenizer.h. Returns nullopt when cancel asked to stop.
std::optional<TextDiff> diffTexts(
    const QString &left, const QString &right, const DiffOptions &options = {}, const CancelToken &cancel = {});

// A whole text added or removed: one Insert or one Delete op.
TextDiff insertedText(const QString &right);
TextDiff deletedText(const QString &left);

// "keep [-old-]{+new+} keep", the notation of git diff --word-diff=plain.
QString toMarkedText(const TextDiff &diff, const QList<DiffOp> &ops);

} // namespace pw
