#pragma once

// What every fuzz target shares: the check that turns a broken property into
// a crash the fuzzer reports, and a small reader of the input's bytes.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Each target defines it; libFuzzer (or replaymain.cpp) calls it per input.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// abort() rather than an exception or a return value: libFuzzer records the
// input of any crash, and the replay main stops at the first broken property.
#define FUZZ_CHECK(condition)                                                                                                    \
    do {                                                                                                                         \
        if (!(condition)) {                                                                                                      \
            std::fprintf(stderr, "%s:%d: property does not hold: %s\n", __FILE__, __LINE__, #condition);                         \
            std::abort();                                                                                                        \
        }                                                                                                                        \
    } while (false)

// Lets a target take a few control bytes off the front of the input (which
// chunking, which options) and leave the rest as the text under test.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size) : m_data(reinterpret_cast<const char *>(data)), m_size(qsizetype(size)) { }

    // The next byte, or 0 once the input is used up.
    quint8 takeByte() { return m_pos < m_size ? quint8(m_data[m_pos++]) : 0; }

    QByteArray rest()
    {
        const QByteArray bytes(m_data + m_pos, m_size - m_pos);
        m_pos = m_size;
        return bytes;
    }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};
