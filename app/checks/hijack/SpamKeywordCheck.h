// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

/// Gambling, porn, drug, fraud, advertising and black-hat SEO words from the spam dictionary. A
/// hacked page usually carries them where readers do not look: in hidden blocks, in the anchor
/// text of links to other sites, in the title and the keywords meta. So concealed blocks are read
/// too (they are the stronger signal), and each hit is one candidate, at most a few per word.
class SpamKeywordCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::SpamKeywordCheck)
public:
    /// A page stuffed with one word needs one finding, not hundreds.
    static constexpr int maximumHitsPerKeyword = 5;

    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;

    /// The dictionary's category ("gambling", "porn", …) for a reader.
    static QString categoryName(const QString &category);
};

} // namespace xj
