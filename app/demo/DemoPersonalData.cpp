// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPersonalData.h"

#include "checks/privacy/PersonalNumbers.h"
#include "demo/DemoRandom.h"

#include <array>

namespace xj {

QString DemoPersonalData::digits(DemoRandom &rng, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(char('0' + rng.bounded(10))));
    return out;
}

QString DemoPersonalData::idNumber(DemoRandom &rng, const QString &regionCode, bool female)
{
    const QDate birth = QDate(1950, 1, 1).addDays(rng.bounded(365 * 40));
    // The 17th digit is odd for men and even for women.
    const int sex = rng.bounded(5) * 2 + (female ? 0 : 1);
    const QString first17 = regionCode.left(6) + birth.toString(QStringLiteral("yyyyMMdd")) + digits(rng, 2) +
                            QString::number(sex);
    return first17 + idCheckCharacter(first17);
}

QString DemoPersonalData::mobile(DemoRandom &rng)
{
    // Prefixes that carriers have actually issued, so the number is as plausible as a real one.
    static constexpr std::array<const char *, 12> prefixes{"133", "135", "136", "138", "139", "150",
                                                           "152", "158", "177", "186", "189", "199"};
    return QString::fromLatin1(prefixes.at(std::size_t(rng.bounded(int(prefixes.size()))))) + digits(rng, 8);
}

QString DemoPersonalData::bankCard(DemoRandom &rng)
{
    const QString body = QStringLiteral("621799") + digits(rng, 12);
    return body + luhnCheckDigit(body);
}

// The same rules the personal-data check verifies, so a planted number is exactly as valid as a
// real one would be.
QChar DemoPersonalData::idCheckCharacter(QStringView first17)
{
    return PersonalNumbers::idCheckCharacter(first17);
}

QChar DemoPersonalData::luhnCheckDigit(QStringView digitsWithoutCheck)
{
    for (char d = '0'; d <= '9'; ++d) {
        if (PersonalNumbers::passesLuhn(QString(digitsWithoutCheck.toString() + QLatin1Char(d))))
            return QLatin1Char(d);
    }
    return QLatin1Char('0');
}

QString DemoPersonalData::maskedId(const QString &id)
{
    return id.left(6) + QString(8, QLatin1Char('*')) + id.right(4);
}

QString DemoPersonalData::maskedMobile(const QString &mobile)
{
    return mobile.left(3) + QStringLiteral("****") + mobile.right(4);
}

} // namespace xj
