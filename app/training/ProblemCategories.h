// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace xj {

/// The problem categories P01…P17 that real 通报 name (indicators.md §7), with their translated
/// names, so a training record or a chart says "P07 链接不可用" rather than a bare code.
class ProblemCategories
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProblemCategories)
public:
    static QStringList codes();
    static bool isKnown(const QString &code);
    /// The category's name, translated; empty for an unknown code.
    static QString name(const QString &code);
    /// The Chinese name 通报 use, whatever language the window speaks: official documents such as
    /// the completion record are Chinese.
    static QString documentName(const QString &code);
    /// "P07 Broken or wrong links"; the bare code when unknown.
    static QString label(const QString &code);
};

} // namespace xj
