#pragma once

#include "canceltoken.h"

#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

namespace pw {

// A run of equal elements: left[left + i] == right[right + i] for i < length.
struct MatchingRun
{
    qint32 left = 0;
    qint32 right = 0;
    qint32 length = 0;

    friend bool operator==(const MatchingRun &, const MatchingRun &) = default;
};

// Aligns two sequences of interned ids with Myers' O(ND) algorithm in linear
// space (the middle snake, divide and conquer) after stripping the common
// prefix and suffix of every sub-problem.
//
// The result is minimal while a sub-problem needs at most costLimit edits from
// either end. Beyond that (large, scattered changes) the search stops and
// splits at the furthest point reached, as GNU diff and git do: the script
// stays valid, only the guarantee of minimality goes, and the run time stays
// near O((N + M) + D * costLimit) instead of O(D^2).
//
// Returns the matching runs in order, or nullopt when cancel asked to stop.
struct SequenceMatchOptions
{
    int costLimit = 0; // 0: chosen from the input size
};

std::optional<std::vector<MatchingRun>> matchSequences(std::span<const qint32> left, std::span<const qint32> right,
    const CancelToken &cancel = {}, SequenceMatchOptions options = {});

} // namespace pw
