// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/PageSnapshot.h"

#include <algorithm>

namespace xj {

int PageSnapshot::blockAt(qsizetype offset) const
{
    // Blocks are in text order: the last one starting at or before the offset.
    const auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), offset,
                                     [](qsizetype o, const TextBlock &b) { return o < b.start; });
    if (it == blocks.cbegin())
        return -1;
    const int index = int(std::distance(blocks.cbegin(), it)) - 1;
    const TextBlock &b = blocks.at(index);
    return offset < b.start + b.text.size() ? index : -1;
}

QString PageSnapshot::meta(const QString &name) const
{
    const auto it = metas.constFind(name.toLower());
    return it == metas.cend() ? QString() : it.value();
}

QByteArray PageSnapshot::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int PageSnapshot::appendBlock(TextBlock block)
{
    if (!blocks.isEmpty())
        text += QLatin1Char('\n');
    block.start = text.size();
    text += block.text;
    blocks.append(std::move(block));
    return int(blocks.size()) - 1;
}

} // namespace xj
