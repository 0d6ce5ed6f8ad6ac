// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoRandom.h"

namespace xj {

namespace {

quint64 splitMix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
    : m_seed(seed)
{
    // splitmix64 spreads any seed (0 and 1 included) into a non-zero xoshiro state.
    for (quint64 &word : m_state)
        word = splitMix64(seed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

int DemoRandom::bounded(int bound)
{
    Q_ASSERT(bound > 0);
    // Multiply-shift on the high 32 bits: the tiny bias does not matter for page content, and the
    // mapping is fixed arithmetic rather than a library algorithm.
    const quint64 high = next() >> 32;
    return int((high * quint64(bound)) >> 32);
}

int DemoRandom::range(int low, int high)
{
    Q_ASSERT(high >= low);
    return low + bounded(high - low + 1);
}

bool DemoRandom::chance(int percent)
{
    return bounded(100) < percent;
}

DemoRandom DemoRandom::fork(quint64 salt) const
{
    quint64 mixed = m_seed ^ (salt * 0xd1342543de82ef95ULL);
    return DemoRandom(splitMix64(mixed));
}

quint64 DemoRandom::salt(QStringView name)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (QChar c : name) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace xj
