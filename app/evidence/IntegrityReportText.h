// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "evidence/IntegrityChecker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace xj {

class Database;

/// An IntegrityReport in words, for `xunjian-cli verify` and the GUI alike: a summary line, then
/// the problems grouped under the finding (or new-media account record) they belong to, then the
/// files nothing refers to. Also the same report as JSON for scripts.
class IntegrityReportText
{
    Q_DECLARE_TR_FUNCTIONS(xj::IntegrityReportText)
public:
    /// Headings by owner id, e.g. "Finding #12 — 青禾县人民政府 — W-D1 — 领导姓名写错".
    using Headings = QHash<qint64, QString>;

    IntegrityReportText(IntegrityReport report, Headings findings, Headings accountRecords);
    /// Looks up the site, item and description of every finding (and account record) the report names.
    static Result<IntegrityReportText> load(const Database &database, const IntegrityReport &report);
    /// load() then text(); when the headings cannot be looked up, the problems are still listed,
    /// under bare "Finding #12" headings.
    static QString format(const Database &database, const IntegrityReport &report);

    const IntegrityReport &report() const { return m_report; }
    /// "Checked 12 evidence files: all intact." or the count of each kind of problem.
    QString summary() const;
    /// The summary and, when there are problems, the grouped list; ends with a newline.
    QString text() const;
    /// {"ok", "rowsChecked", "filesScanned", "missing", "altered", "orphaned", "problems": [...]}.
    QByteArray json() const;

    /// The heading of a finding as the report shows it; the description is cut at 40 characters.
    static QString findingHeading(qint64 id, const QString &siteName, const QString &itemCode,
                                  const QString &description, bool deleted);

private:
    QString ownerHeading(const IntegrityProblem &problem) const;
    QString problemLine(const IntegrityProblem &problem) const;

    IntegrityReport m_report;
    Headings m_findings;
    Headings m_accountRecords;
};

} // namespace xj
