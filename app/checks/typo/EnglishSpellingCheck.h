// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

/// typo.english: misspelt English words, asked of Hunspell's en_US plus the project's word list.
/// Only runs of Latin letters are looked at; all-capital words (acronyms), words with digits,
/// addresses and pinyin names are left alone.
class EnglishSpellingCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::EnglishSpellingCheck)
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;
};

} // namespace xj
