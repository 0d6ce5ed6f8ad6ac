// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/privacy/PersonalNumbers.h"

#include "checks/HalfWidth.h"

#include <array>

namespace xj {

namespace {

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString PersonalNumbers::foldWidth(const QString &text)
{
    QString out = HalfWidth::fold(text);
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == 0x00D7 || u == 0x2022 || u == 0x25CF || u == 0x2217 || u == 0x2731)
            c = u'*'; // ×, •, ●, ∗, ✱: what offices mask digits with besides '*'
        else if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2212)
            c = u'-'; // hyphens and dashes typed between digit groups
    }
    return out;
}

QChar PersonalNumbers::idCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    // GB 11643: weight of position i (from the left) is 2^(17-i) mod 11.
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += (first17.at(qsizetype(i)).unicode() - u'0') * weights.at(i);
    return QLatin1Char(checks[sum % 11]);
}

bool PersonalNumbers::isKnownProvince(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
           code == 71 || code == 81 || code == 82 || code == 83 || code == 91;
}

bool PersonalNumbers::isPlausibleBirthDate(QStringView yyyymmdd, QDate today)
{
    if (yyyymmdd.size() != 8 || !allDigits(yyyymmdd))
        return false;
    const QDate birth(yyyymmdd.left(4).toInt(), yyyymmdd.mid(4, 2).toInt(), yyyymmdd.mid(6, 2).toInt());
    if (!today.isValid())
        today = QDate::currentDate();
    return birth.isValid() && birth >= QDate(1900, 1, 1) && birth <= today;
}

bool PersonalNumbers::isIdNumber(QStringView id, QDate today)
{
    if (id.size() != 18)
        return false;
    const QChar check = idCheckCharacter(id.left(17));
    if (check.isNull() || id.at(17).toUpper() != check)
        return false;
    return isKnownProvince(id.left(2).toInt()) && isPlausibleBirthDate(id.mid(6, 8), today);
}

bool PersonalNumbers::isMobileNumber(QStringView digits)
{
    if (digits.size() != 11 || !allDigits(digits) || digits.at(0) != u'1')
        return false;
    const int third = digits.at(2).unicode() - u'0';
    switch (digits.at(1).unicode()) {
    case u'3':
    case u'8':
        return true;
    case u'4':
        return third >= 5; // 140–144 are data-only (IoT) segments
    case u'5':
        return third != 4;
    case u'6':
        return third == 2 || (third >= 5 && third <= 7);
    case u'7':
        return third <= 8;
    case u'9':
        return third != 4;
    default:
        return false;
    }
}

bool PersonalNumbers::passesLuhn(QStringView digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false; // the check digit (rightmost) is not doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool PersonalNumbers::isBankCardNumber(QStringView digits)
{
    if (digits.size() < 16 || digits.size() > 19 || !allDigits(digits))
        return false;
    const char16_t first = digits.at(0).unicode();
    return first >= u'3' && first <= u'6' && passesLuhn(digits);
}

QString PersonalNumbers::maskedId(QStringView id)
{
    return id.left(6).toString() + QString(qMax<qsizetype>(id.size() - 10, 0), u'*') + id.right(4);
}

QString PersonalNumbers::maskedMobile(QStringView digits)
{
    return digits.left(3).toString() + QStringLiteral("****") + digits.right(4);
}

QString PersonalNumbers::maskedBankCard(QStringView digits)
{
    return digits.left(4).toString() + QString(qMax<qsizetype>(digits.size() - 8, 0), u'*') + digits.right(4);
}

QString PersonalNumbers::digitsOf(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if ((c >= u'0' && c <= u'9') || c == u'X' || c == u'x')
            out.append(c);
    }
    return out;
}

} // namespace xj
