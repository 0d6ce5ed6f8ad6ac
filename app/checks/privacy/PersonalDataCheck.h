// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

struct TextBlock;

/// Finds personal numbers published in full (indicators.md §6 G-10, problem category P09): resident
/// ID numbers ("privacy.id_number"), mobile numbers ("privacy.mobile") and bank cards
/// ("privacy.bank_card") in the visible text. A number counts only as a whole token, so digits in
/// addresses, ids, hashes and file names, and masked forms (138****5678), are left alone; every
/// number is validated (check digit, birth date, carrier segment, Luhn) before it is proposed.
class PersonalDataCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::PersonalDataCheck)

public:
    static inline const QString IdNumberId = QStringLiteral("privacy.id_number");
    static inline const QString MobileId = QStringLiteral("privacy.mobile");
    static inline const QString BankCardId = QStringLiteral("privacy.bank_card");

    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;

private:
    static void scanBlock(const PageSnapshot &page, int index, Candidates &out);
};

} // namespace xj
