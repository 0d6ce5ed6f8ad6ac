// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace xj {

/// The plausibility rules for the cells of a registry row, kept apart from the import so that
/// the site dialog can apply the same rules to what an inspector types. Every rule accepts the
/// full-width characters a Chinese input method produces (：，（） and full-width digits).
class RegistryFieldRules
{
public:
    /// 网站标识码: 10 digits (6-digit 行政区划代码 + 4-digit sequence) or "bm" + 8 digits for
    /// 国务院部门. Inferred from real sites, not from a published rule (indicators.md G-6), which
    /// is why the importer takes the pattern as a parameter.
    static QRegularExpression defaultSiteCodePattern();

    /// Full-width → half-width and trimmed: the form in which codes and addresses are stored.
    static QString foldWidth(const QString &text);

    /// The address with "http://" added when the scheme is missing, or nullopt when it is not an
    /// http(s) address with a host name (a space, a second address, an ftp: link, a bare word).
    static std::optional<QString> websiteUrl(const QString &text);
    /// A Chinese landline (with or without area code and extension), mobile, 400/800 or 12xxx
    /// service number; several numbers separated by 、 , ; / must each be one.
    static bool isPlausiblePhone(const QString &text);
    /// An ICP record number such as "京ICP备12345678号-1".
    static bool isIcpNumber(const QString &text);
    /// A public security record number such as "京公网安备 11010502030143号": 14 digits.
    static bool isPoliceNumber(const QString &text);
    /// Whether `pattern` matches all of `code`.
    static bool isSiteCode(const QString &code, const QRegularExpression &pattern);
    /// "3.39999E+09": a long number that Excel displayed in scientific notation and then saved that
    /// way into a CSV, losing digits. Such a cell cannot be repaired, only re-typed.
    static bool isScientificNotation(const QString &text);
};

} // namespace xj
