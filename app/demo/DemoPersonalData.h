// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace xj {

class DemoRandom;

/// Invented personal numbers for the demo site's 公示 lists. They are well-formed (the ID number
/// carries a correct GB 11643 check digit, the card number passes Luhn) so that a privacy scanner
/// that validates them finds them, but they belong to nobody: the region code is the fictional
/// county's.
class DemoPersonalData
{
public:
    static QString idNumber(DemoRandom &rng, const QString &regionCode, bool female);
    static QString mobile(DemoRandom &rng);
    static QString bankCard(DemoRandom &rng);

    /// The check character of an 18-digit ID number, from its first 17 digits.
    static QChar idCheckCharacter(QStringView first17);
    /// The digit that makes `digits` + digit pass the Luhn check.
    static QChar luhnCheckDigit(QStringView digits);

    /// How a de-identified 公示 shows them.
    static QString maskedId(const QString &id);
    static QString maskedMobile(const QString &mobile);

private:
    static QString digits(DemoRandom &rng, int count);
};

} // namespace xj
