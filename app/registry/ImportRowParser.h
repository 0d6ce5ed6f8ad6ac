// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/HeaderMatcher.h"
#include "registry/ImportPlan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xj {

/// Turns one data row of a registry into the Site it describes and lists what is wrong with it on
/// its own (duplicates need the other rows and are found by DuplicateFinder). Every message names
/// the spreadsheet row, so it can be read in a list without the table next to it.
class ImportRowParser
{
    Q_DECLARE_TR_FUNCTIONS(xj::ImportRowParser)
public:
    /// `siteCodeFormat` describes `siteCodePattern` in words for the message ("10 digits, …").
    ImportRowParser(QRegularExpression siteCodePattern, QString siteCodeFormat);

    ImportRow parse(const SheetRow &row, const ColumnMapping &mapping) const;

private:
    void applyType(ImportRow &out, const SheetRow &row, const ColumnMapping &mapping) const;
    void checkAddress(ImportRow &out, const QString &address) const;
    void checkCodes(ImportRow &out) const;
    /// Adds a problem for a code cell that Excel mangled, or that `valid` rejects.
    template<typename Check>
    void checkCode(ImportRow &out, ImportField field, const QString &value, Check valid, ImportIssue issue,
                   const QString &message) const;

    QRegularExpression m_siteCodePattern;
    QString m_siteCodeFormat;
};

} // namespace xj
