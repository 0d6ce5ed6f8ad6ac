// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/messages/StockReplies.h"

#include "checks/HalfWidth.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace xj {

StockReplies::StockReplies(const QStringList &phrases)
{
    for (const QString &p : phrases) {
        const QString n = normalise(p);
        if (!n.isEmpty() && !m_phrases.contains(n))
            m_phrases.append(n);
    }
    // Longest first, so 已转相关部门 is taken out whole before 已转 or 收到 could split it.
    std::stable_sort(m_phrases.begin(), m_phrases.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

Result<StockReplies> StockReplies::bundled()
{
    return fromFile(QStringLiteral(":/dictionaries/stock-replies.txt"));
}

Result<StockReplies> StockReplies::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("The stock-reply list %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    QStringList phrases;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString phrase = line.trimmed();
        if (!phrase.isEmpty() && !phrase.startsWith(QLatin1Char('#')))
            phrases.append(phrase);
    }
    return StockReplies(phrases);
}

bool StockReplies::isStock(const QString &reply) const
{
    QString rest = normalise(reply);
    if (rest.isEmpty() || rest.size() > MaxStockLength)
        return false;
    const qsizetype before = rest.size();
    for (const QString &phrase : m_phrases)
        rest.remove(phrase);
    // Nothing taken out: a short reply of its own words ("同意，下周施工") is an answer.
    return rest.size() < before && rest.size() <= MaxLeftover;
}

QString StockReplies::normalise(const QString &text)
{
    const QString folded = HalfWidth::fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isPunct() || c.isSymbol() || c.isSpace() || c.category() == QChar::Other_Format)
            continue;
        out.append(c.toLower());
    }
    return out;
}

} // namespace xj
