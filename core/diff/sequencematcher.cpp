#include "sequencematcher.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pw {

namespace {

// Parameters of the snake heuristic (see splitAtGoodSnake).
constexpr qint32 heuristicMinimumCost = 24;
constexpr qint32 snakeLength = 20;

// How many elements match from a and b on (at most limit, which may be
// negative). Long runs of equal text are compared two elements at a time.
inline qint32 matchingRun(const qint32 *a, const qint32 *b, qint32 limit)
{
    qint32 i = 0;
    while (i + 2 <= limit) {
        quint64 x, y;
        std::memcpy(&x, a + i, sizeof x);
        std::memcpy(&y, b + i, sizeof y);
        if (x != y)
            break;
        i += 2;
    }
    while (i < limit && a[i] == b[i])
        ++i;
    return i;
}

// The same, going backwards from just before a and b.
inline qint32 matchingRunBackwards(const qint32 *a, const qint32 *b, qint32 limit)
{
    qint32 i = 0;
    while (i + 2 <= limit) {
        quint64 x, y;
        std::memcpy(&x, a - i - 2, sizeof x);
        std::memcpy(&y, b - i - 2, sizeof y);
        if (x != y)
            break;
        i += 2;
    }
    while (i < limit && a[-i - 1] == b[-i - 1])
        ++i;
    return i;
}

// Sub-problems known to need at most this many edits are solved in one
// forward pass that remembers its steps (memory grows with the square of the
// cost, so only for small ones) instead of being split further.
constexpr qint32 smallCost = 64;

struct SubProblem
{
    qint32 left0, left1, right0, right1;
    qint32 costBound = -1; // at most this many edits; -1: unknown
};

// Where a sub-problem is split, and what is known about each half's cost.
struct Split
{
    qint32 left = 0;
    qint32 right = 0;
    qint32 firstBound = -1;
    qint32 secondBound = -1;
};

class Matcher
{
public:
    Matcher(std::span<const qint32> left, std::span<const qint32> right, const CancelToken &cancel, int costLimit)
        : m_left(left.data()), m_right(right.data()), m_cancel(cancel), m_costLimit(costLimit)
    { }

    bool run(qint32 leftSize, qint32 rightSize)
    {
        std::vector<SubProblem> work {{0, leftSize, 0, rightSize}};
        while (!work.empty()) {
            SubProblem p = work.back();
            work.pop_back();
            stripCommonEnds(p);
            const qint32 n = p.left1 - p.left0;
            const qint32 m = p.right1 - p.right0;
            if (n == 0 || m == 0 || (n == 1 && m == 1))
                continue; // nothing left that could match
            if (p.costBound >= 0 && p.costBound <= smallCost && solveSmall(p))
                continue;
            Split split;
            if (!bisect(p, split))
                return false;
            const bool splitsNothing
                = (split.left == p.left0 && split.right == p.right0) || (split.left == p.left1 && split.right == p.right1);
            if (splitsNothing) // cannot happen by construction; guarantees progress anyway
                split = {p.left0 + 1, p.right0, -1, -1};
            work.push_back({split.left, p.left1, split.right, p.right1, split.secondBound});
            work.push_back({p.left0, split.left, p.right0, split.right, split.firstBound});
        }
        std::sort(m_runs.begin(), m_runs.end(), [](const MatchingRun &a, const MatchingRun &b) { return a.left < b.left; });
        // Neighbouring sub-problems leave touching runs; join them.
        std::vector<MatchingRun> joined;
        joined.reserve(m_runs.size());
        for (const MatchingRun &run : m_runs) {
            if (!joined.empty() && joined.back().left + joined.back().length == run.left
                && joined.back().right + joined.back().length == run.right)
                joined.back().length += run.length;
            else
                joined.push_back(run);
        }
        m_runs = std::move(joined);
        return true;
    }

    std::vector<MatchingRun> takeRuns() { return std::move(m_runs); }

private:
    // Myers' forward search keeping every step's V array (at most
    // (smallCost + 1)^2 entries), then the path read back from the end.
    // Returns false when p needs more than its bound after all.
    bool solveSmall(const SubProblem &p)
    {
        const qint32 *a = m_left + p.left0;
        const qint32 *b = m_right + p.right0;
        const qint32 n = p.left1 - p.left0;
        const qint32 m = p.right1 - p.right0;
        const qint32 bound = std::min(p.costBound, n + m);
        // Step d keeps V[k] for k = -d..d at trace[d * d + d + k]; -1: not reached.
        m_trace.resize(size_t(bound + 1) * size_t(bound + 1));
        const auto at = [this](qint32 d, qint32 k) -> qint32 & {
            return m_trace[size_t(d * d + d + k)];
        };
        const auto previous = [&](qint32 d, qint32 k) {
            // The furthest start on diagonal k at step d, from step d - 1:
            // down from k + 1 (an insertion) or right from k - 1 (a deletion).
            const qint32 down = k + 1 <= d - 1 ? at(d - 1, k + 1) : -1;
            const qint32 right = k - 1 >= -(d - 1) && at(d - 1, k - 1) >= 0 ? at(d - 1, k - 1) + 1 : -1;
            return std::make_pair(std::max(down, right), down >= right);
        };
        qint32 endCost = -1;
        for (qint32 d = 0; d <= bound && endCost < 0; ++d) {
            for (qint32 k = -d; k <= d; k += 2) {
                qint32 x = d == 0 ? 0 : previous(d, k).first;
                qint32 y = x - k;
                if (x < 0 || x > n || y > m) {
                    at(d, k) = -1;
                    continue;
                }
                const qint32 snake = matchingRun(a + x, b + y, std::min(n - x, m - y));
                x += snake;
                at(d, k) = x;
                if (x == n && x - k == m) {
                    endCost = d;
                    break;
                }
            }
            // Entries of the other parity at this step stay unreached.
            for (qint32 k = -d + 1; k <= d - 1; k += 2)
                at(d, k) = -1;
        }
        if (endCost < 0)
            return false;
        qint32 x = n, y = m;
        for (qint32 d = endCost; d > 0; --d) {
            const qint32 k = x - y;
            const auto [start, fromDown] = previous(d, k);
            if (x > start)
                m_runs.push_back({p.left0 + start, p.right0 + start - k, x - start});
            x = fromDown ? at(d - 1, k + 1) : at(d - 1, k - 1);
            y = x - (fromDown ? k + 1 : k - 1);
        }
        if (x > 0)
            m_runs.push_back({p.left0, p.right0, x});
        return true;
    }

    void stripCommonEnds(SubProblem &p)
    {
        qint32 prefix = 0;
        while (
            p.left0 + prefix < p.left1 && p.right0 + prefix < p.right1 && m_left[p.left0 + prefix] == m_right[p.right0 + prefix])
            ++prefix;
        if (prefix > 0)
            m_runs.push_back({p.left0, p.right0, prefix});
        p.left0 += prefix;
        p.right0 += prefix;
        const qint32 suffix
            = matchingRunBackwards(m_left + p.left1, m_right + p.right1, std::min(p.left1 - p.left0, p.right1 - p.right0));
        p.left1 -= suffix;
        p.right1 -= suffix;
        if (suffix > 0)
            m_runs.push_back({p.left1, p.right1, suffix});
    }

    // Finds a point on an edit path through p (a point of the middle snake, or
    // past costLimit the furthest point reached) that splits p in two
    // non-empty halves. Forward[k] is the furthest x on diagonal k = x - y
    // from the top left; backward[k] the same from the bottom right.
    bool bisect(const SubProblem &p, Split &split)
    {
        const qint32 *a = m_left + p.left0;
        const qint32 *b = m_right + p.right0;
        const qint32 n = p.left1 - p.left0;
        const qint32 m = p.right1 - p.right0;
        const qint32 delta = n - m;
        const bool deltaIsOdd = (delta & 1) != 0;
        const qint32 maxCost = qint32((qint64(n) + m + 1) / 2);
        const qint32 limit = std::min(maxCost, qint32(m_costLimit));
        const qint32 offset = limit + 1;
        const size_t size = size_t(2 * limit + 3);
        // Only the diagonals reached so far are initialised (-1: not reached):
        // clearing the whole arrays for every sub-problem costs more than
        // the search on inputs with many small changes.
        if (m_forward.size() < size) {
            m_forward.resize(size);
            m_backward.resize(size);
        }
        for (std::vector<qint32> *v : {&m_forward, &m_backward}) {
            (*v)[size_t(offset - 1)] = -1;
            (*v)[size_t(offset)] = -1;
            (*v)[size_t(offset + 1)] = 0;
        }
        qint32 radius = 1;
        // Diagonals that ran off the grid are skipped from then on.
        qint32 forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0;

        const auto found = [&](qint32 x, qint32 y, qint32 firstBound, qint32 secondBound) {
            split = {p.left0 + x, p.right0 + y, firstBound, secondBound};
            return true;
        };

        bool longSnake = false;
        for (qint32 d = 0; d <= limit; ++d) {
            if (longSnake && d > heuristicMinimumCost && splitAtGoodSnake(a, b, n, m, d, offset, found))
                return true;
            longSnake = false;
            for (; radius < d + 1; ++radius) {
                m_forward[size_t(offset - radius - 1)] = m_forward[size_t(offset + radius + 1)] = -1;
                m_backward[size_t(offset - radius - 1)] = m_backward[size_t(offset + radius + 1)] = -1;
            }
            m_steps += 2 * d + 1;
            if (m_steps > 1 << 16) {
                m_steps = 0;
                if (m_cancel.isCanceled())
                    return false;
            }
            for (qint32 k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
                const size_t i = size_t(offset + k);
                qint32 x = (k == -d || (k != d && m_forward[i - 1] < m_forward[i + 1])) ? m_forward[i + 1] : m_forward[i - 1] + 1;
                qint32 y = x - k;
                const qint32 snake = matchingRun(a + x, b + y, std::min(n - x, m - y));
                x += snake;
                y += snake;
                longSnake = longSnake || snake >= snakeLength;
                m_forward[i] = x;
                if (x > n) {
                    forwardEnd += 2;
                } else if (y > m) {
                    forwardStart += 2;
                } else if (deltaIsOdd) {
                    const qint32 j = offset + delta - k;
                    if (std::abs(delta - k) <= radius && m_backward[size_t(j)] != -1 && x >= n - m_backward[size_t(j)])
                        return found(x, y, d + 1, d + 1);
                }
            }
            for (qint32 k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
                const size_t i = size_t(offset + k);
                qint32 x
                    = (k == -d || (k != d && m_backward[i - 1] < m_backward[i + 1])) ? m_backward[i + 1] : m_backward[i - 1] + 1;
                qint32 y = x - k;
                const qint32 snake = matchingRunBackwards(a + n - x, b + m - y, std::min(n - x, m - y));
                x += snake;
                y += snake;
                longSnake = longSnake || snake >= snakeLength;
                m_backward[i] = x;
                if (x > n) {
                    backwardEnd += 2;
                } else if (y > m) {
                    backwardStart += 2;
                } else if (!deltaIsOdd) {
                    const qint32 j = offset + delta - k;
                    if (std::abs(delta - k) <= radius && m_forward[size_t(j)] != -1) {
                        const qint32 forwardX = m_forward[size_t(j)];
                        if (forwardX >= n - x)
                            return found(forwardX, forwardX - (delta - k), d + 1, d + 1);
                    }
                }
            }
        }
        return splitAtFurthestPoint(n, m, offset, limit, found);
    }

    // xdiff's snake heuristic: once the search is costly, a diagonal that got
    // much further than it cost and ends in a long run of matches is almost
    // surely on a good path; split there instead of searching on. This keeps
    // scattered changes cheap while a moved block still gets the full search.
    template<typename Found>
    bool splitAtGoodSnake(const qint32 *a, const qint32 *b, qint32 n, qint32 m, qint32 d, qint32 offset, Found found)
    {
        qint64 best = 0;
        qint32 bestX = 0, bestY = 0;
        bool forward = true;
        for (qint32 k = -d; k <= d; ++k) {
            const qint32 x = m_forward[size_t(offset + k)];
            const qint32 y = x - k;
            const qint64 progress = qint64(x) + y - std::abs(k);
            if (x < snakeLength || y < snakeLength || x >= n || y >= m || progress <= 4 * qint64(d) || progress <= best)
                continue;
            if (std::equal(a + x - snakeLength, a + x, b + y - snakeLength)) {
                best = progress;
                bestX = x;
                bestY = y;
                forward = true;
            }
        }
        for (qint32 k = -d; k <= d; ++k) {
            const qint32 x = m_backward[size_t(offset + k)];
            const qint32 y = x - k;
            const qint64 progress = qint64(x) + y - std::abs(k);
            if (x < snakeLength || y < snakeLength || x >= n || y >= m || progress <= 4 * qint64(d) || progress <= best)
                continue;
            if (std::equal(a + n - x, a + n - x + snakeLength, b + m - y)) {
                best = progress;
                bestX = n - x;
                bestY = m - y;
                forward = false;
            }
        }
        // The half on the searched side costs at most d edits.
        return best > 0 && found(bestX, bestY, forward ? d : -1, forward ? -1 : d);
    }

    template<typename Found>
    bool splitAtFurthestPoint(qint32 n, qint32 m, qint32 offset, qint32 limit, Found found)
    {
        qint64 bestForward = -1, bestBackward = -1;
        qint32 forwardX = 0, forwardY = 0, backwardX = 0, backwardY = 0;
        for (qint32 k = -limit; k <= limit; ++k) {
            const size_t i = size_t(offset + k);
            const qint32 fx = m_forward[i];
            if (fx >= 0 && fx <= n && fx - k >= 0 && fx - k <= m && qint64(fx) + fx - k > bestForward) {
                bestForward = qint64(fx) + fx - k;
                forwardX = fx;
                forwardY = fx - k;
            }
            const qint32 bx = m_backward[i];
            if (bx >= 0 && bx <= n && bx - k >= 0 && bx - k <= m && qint64(bx) + bx - k > bestBackward) {
                bestBackward = qint64(bx) + bx - k;
                backwardX = bx;
                backwardY = bx - k;
            }
        }
        if (bestForward >= bestBackward)
            return found(forwardX, forwardY, limit, -1);
        return found(n - backwardX, m - backwardY, -1, limit);
    }

    const qint32 *m_left;
    const qint32 *m_right;
    const CancelToken &m_cancel;
    const int m_costLimit;
    qint64 m_steps = 0;
    std::vector<qint32> m_forward;
    std::vector<qint32> m_backward;
    std::vector<qint32> m_trace;
    std::vector<MatchingRun> m_runs;
};

} // namespace

std::optional<std::vector<MatchingRun>> matchSequences(
    std::span<const qint32> left, std::span<const qint32> right, const CancelToken &cancel, SequenceMatchOptions options)
{
    int costLimit = options.costLimit;
    if (costLimit <= 0) {
        // Exact up to a thousand edits from each end of every sub-problem:
        // that covers rewritten prompts of ordinary size; larger inputs
        // with scattered changes get git's speed instead.
        costLimit = std::max(1024, int(std::sqrt(double(left.size() + right.size()))));
    }
    Matcher matcher(left, right, cancel, costLimit);
    if (!matcher.run(qint32(left.size()), qint32(right.size())))
        return std::nullopt;
    return matcher.takeRuns();
}

} // namespace pw
