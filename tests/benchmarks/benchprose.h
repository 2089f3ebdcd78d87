#pragma once

#include <QString>

#include <cstdint>

namespace pw::bench {

// Two versions of a long prompt for timing the diff: English-like prose in
// paragraphs, wrapped in XML tags, with {{VARIABLES}}; the second version has
// about changeRate of its words replaced, deleted or inserted. The same seed
// gives the same texts on every machine.
struct ProsePair
{
    QString before;
    QString after;
    qsizetype changedWords = 0;
};

ProsePair generateProsePair(qsizetype bytes, double changeRate = 0.02, std::uint64_t seed = 42);

} // namespace pw::bench
