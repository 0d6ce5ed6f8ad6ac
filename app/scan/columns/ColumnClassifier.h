// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scan/columns/ColumnClass.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xj {

/// Puts a column into its update class (ColumnClass) by the keywords of its name, from
/// dictionaries/column-classes.tsv: the longest keyword the name contains decides, and of equal
/// ones the first listed. A first guess the inspector corrects per site (ColumnClassRepository).
class ColumnClassifier
{
    Q_DECLARE_TR_FUNCTIONS(xj::ColumnClassifier)
public:
    struct Keyword
    {
        QString keyword;
        ColumnClass cls = ColumnClass::Unclassified;
    };

    explicit ColumnClassifier(QList<Keyword> keywords);

    /// The classifier of the bundled keyword list, loaded once.
    static const ColumnClassifier &bundled();
    /// Reads a keyword<TAB>class file; '#' starts a comment line.
    static Result<QList<Keyword>> readFile(const QString &path);
    /// Where the bundled list lives in the resources.
    static QString bundledPath();

    ColumnClass classify(const QString &columnName) const;
    /// The keyword that decided, or an empty string when none matched.
    QString matchedKeyword(const QString &columnName) const;
    const QList<Keyword> &keywords() const { return m_keywords; }

private:
    const Keyword *match(const QString &columnName) const;

    QList<Keyword> m_keywords;
};

} // namespace xj
