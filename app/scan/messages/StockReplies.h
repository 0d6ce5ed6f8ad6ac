// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace xj {

/// Recognises replies that say nothing: "已收到。", "已转相关部门。", "感谢您的关注！" as the
/// whole answer. A message that got one of these was not really answered, which W-D8 counts
/// against the board. The phrases come from dictionaries/stock-replies.txt.
class StockReplies
{
    Q_DECLARE_TR_FUNCTIONS(xj::StockReplies)
public:
    /// A stock reply is short: a longer text says something whatever phrases it contains.
    static constexpr int MaxStockLength = 40;
    /// Characters a stock reply may hold besides its phrases (您的 + a noun, a name).
    static constexpr int MaxLeftover = 4;

    StockReplies() = default;
    explicit StockReplies(const QStringList &phrases);

    /// The bundled list (:/dictionaries/stock-replies.txt).
    static Result<StockReplies> bundled();
    static Result<StockReplies> fromFile(const QString &path);

    /// Whether `reply` is nothing but stock phrases (rule in the class comment).
    bool isStock(const QString &reply) const;
    /// A reply as compared: full-width forms folded, letters lower-cased, and punctuation,
    /// symbols and whitespace dropped, so "已收到。" and "已收到!" are one text.
    static QString normalise(const QString &text);
    const QStringList &phrases() const { return m_phrases; }

private:
    QStringList m_phrases; ///< normalised, longest first
};

} // namespace xj
