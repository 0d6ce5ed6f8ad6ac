// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>
#include <QtGlobal>

#include <array>

namespace xj {

/// The demo site's own random number generator: xoshiro256** seeded through splitmix64.
/// QRandomGenerator and the std:: distributions may change their algorithms between library
/// versions; the demo site must come out byte-identical for a seed on every build, so both the
/// generator and the reduction to a range are written out here.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    /// A number in [0, bound); bound must be positive.
    int bounded(int bound);
    /// A number in [low, high], both included.
    int range(int low, int high);
    /// True with the given probability in percent.
    bool chance(int percent);

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        Q_ASSERT(!items.isEmpty());
        return items.at(bounded(int(items.size())));
    }

    /// An independent generator for one part of the site, derived from the seed and a salt only,
    /// so that adding content to one part does not shift the random choices of every other part.
    DemoRandom fork(quint64 salt) const;
    /// A salt for fork() from a name. FNV-1a rather than qHash, whose values may differ between
    /// Qt versions.
    static quint64 salt(QStringView name);

private:
    quint64 m_seed = 0;
    std::array<quint64, 4> m_state{};
};

} // namespace xj
