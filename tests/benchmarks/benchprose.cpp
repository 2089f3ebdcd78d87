#include "benchprose.h"

#include <QStringList>

#include <array>

namespace pw::bench {

namespace {

// splitmix64: tiny, fast and the same everywhere (std distributions are not).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qsizetype below(qsizetype n) { return qsizetype(next() % std::uint64_t(n)); }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    std::uint64_t m_state;
};

const QStringList &vocabulary()
{
    static const QStringList words = QStringLiteral(
        "the of and to a in is that for it as was with be by on not he this are or his from at which but have an they "
        "you were her she there been one all we their has would when if so no will more can out other into some could "
        "them than then its only time these two may first new like our about should any each made also people after "
        "answer question customer support assistant model response request document context example instructions "
        "summary careful clear concise detailed helpful accurate relevant specific output format please always never "
        "avoid include explain describe provide consider ensure review check verify reason step analysis report data "
        "information policy account order refund shipping product service issue problem solution team manager email "
        "message reply tone polite friendly professional formal brief short long paragraph sentence word list table "
        "section title heading note warning error value field record date number amount price total invoice payment "
        "contract agreement clause party term condition notice period section article law court decision evidence "
        "patient doctor symptom treatment dose medicine history result test sample study research paper author source "
        "quote citation reference page chapter book story character scene dialogue narrator voice style writer reader "
        "colour behaviour organise analyse centre favourite neighbour travelled programme licence defence grey "
        "quickly slowly carefully exactly roughly nearly almost often rarely usually sometimes however therefore "
        "because although while before during until unless whether either neither both every several many few most")
                                         .split(u' ');
    return words;
}

// Zipf-like: common words far more often than rare ones, as in real text.
const QString &randomWord(Random &random)
{
    const QStringList &words = vocabulary();
    const double u = random.unit();
    return words[qsizetype(u * u * u * double(words.size()))];
}

const std::array<const char16_t *, 6> variableNames
    = {u"{{CUSTOMER_NAME}}", u"{{ORDER_ID}}", u"{{PRODUCT}}", u"{{DATE}}", u"{{COMPANY}}", u"{{QUESTION}}"};

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.front().toUpper() + word.sliced(1);
}

} // namespace

ProsePair generateProsePair(qsizetype bytes, double changeRate, std::uint64_t seed)
{
    Random random(seed);
    ProsePair pair;
    pair.before.reserve(bytes + 1024);
    pair.after.reserve(bytes + 1024);
    const auto both = [&](QStringView text) {
        pair.before += text;
        pair.after += text;
    };
    // One word of prose; in the second text it may be changed.
    const auto word = [&](const QString &text, bool sentenceStart) {
        const QString shown = sentenceStart ? capitalized(text) : text;
        if (random.unit() >= changeRate) {
            both(shown);
            return;
        }
        ++pair.changedWords;
        const double kind = random.unit();
        pair.before += shown;
        if (kind < 0.6) {
            const QString &other = randomWord(random);
            pair.after += sentenceStart ? capitalized(other) : other;
        } else if (kind < 0.8) {
            pair.after += shown + u' ' + randomWord(random); // a word inserted
        } else {
            pair.after += sentenceStart ? capitalized(randomWord(random)) : QString(); // deleted (kept shape)
        }
    };

    int documentIndex = 1;
    while (pair.before.size() < bytes) {
        both(
            QStringLiteral("<document index=\"%1\">\n<source>report-%1.txt</source>\n<document_content>\n").arg(documentIndex++));
        const qsizetype paragraphs = 3 + random.below(8);
        for (qsizetype p = 0; p < paragraphs; ++p) {
            const qsizetype sentences = 3 + random.below(5);
            for (qsizetype s = 0; s < sentences; ++s) {
                const qsizetype words = 6 + random.below(18);
                for (qsizetype w = 0; w < words; ++w) {
                    if (w > 0)
                        both(w % 9 == 8 && random.below(3) == 0 ? QStringLiteral(", ") : QStringLiteral(" "));
                    if (random.below(60) == 0)
                        both(QStringView(variableNames[size_t(random.below(qsizetype(variableNames.size())))]));
                    else
                        word(randomWord(random), w == 0);
                }
                both(s + 1 < sentences ? QStringLiteral(". ") : QStringLiteral("."));
            }
            both(QStringLiteral("\n\n"));
        }
        both(QStringLiteral("</document_content>\n</document>\n\n"));
    }
    return pair;
}

} // namespace pw::bench
