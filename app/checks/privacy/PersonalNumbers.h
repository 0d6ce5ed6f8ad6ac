// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace xj {

/// Validators for the personal numbers a 公示 must not publish in full (indicators.md §6 G-10):
/// resident ID numbers (GB 11643), mobile numbers and bank cards. They take ASCII digits (fold
/// full-width ones first with foldWidth()) and only say whether a string is well-formed; where a
/// number stands in a text is the PersonalDataCheck's business.
class PersonalNumbers
{
public:
    /// The text with full-width digits, Latin letters, '+', '-' and '*' (and the other marks a
    /// masked number uses: ×, •, ●) replaced by their ASCII forms, one character for one, so
    /// offsets in the result are offsets in `text`.
    static QString foldWidth(const QString &text);

    /// The GB 11643 check character ('0'…'9' or 'X') of the first 17 digits, or a null QChar.
    static QChar idCheckCharacter(QStringView first17);
    /// Whether the two-digit code opens a resident ID number: a province-level region of GB/T 2260
    /// (11–15, 21–23, 31–37, 41–46, 50–54, 61–65), 71 台湾, 81 香港, 82 澳门, 83 (the 台湾居民居住证
    /// since 2018) and 91 (accepted as the brief asks for the 港澳台/foreigner forms; the 2023
    /// 外国人永久居留身份证 begins with 9).
    static bool isKnownProvince(int code);
    /// Whether `yyyymmdd` is a real calendar date from 1900-01-01 to `today`.
    static bool isPlausibleBirthDate(QStringView yyyymmdd, QDate today);
    /// An 18-character ID number: 17 digits and a check character (digit or X/x) that agrees,
    /// a known province and a plausible birth date. 15-digit ids (before 1999) are not accepted.
    static bool isIdNumber(QStringView id, QDate today);

    /// An 11-digit mobile number 1[3-9]xxxxxxxxx whose first three digits are a segment the
    /// carriers issue to people (13x, 145–149, 15x but 154, 162, 165–167, 170–178, 18x, 19x but
    /// 194). 140–144 and the others are data-only, reserved or never issued.
    static bool isMobileNumber(QStringView digits);

    /// Whether the digits pass the Luhn (mod 10) check.
    static bool passesLuhn(QStringView digits);
    /// 16–19 digits opening with an issuer digit a card in China plausibly has (62 UnionPay, 6,
    /// 4 Visa, 5 Mastercard, 3 JCB/Amex) and passing Luhn.
    static bool isBankCardNumber(QStringView digits);

    /// The de-identified forms: 6 + 8 stars + 4 for ids, 3 + **** + 4 for mobiles, 4 + stars + 4
    /// for cards (as many stars as hidden digits).
    static QString maskedId(QStringView id);
    static QString maskedMobile(QStringView digits);
    static QString maskedBankCard(QStringView digits);

    /// `text` without anything but ASCII digits and X/x.
    static QString digitsOf(QStringView text);
};

} // namespace xj
