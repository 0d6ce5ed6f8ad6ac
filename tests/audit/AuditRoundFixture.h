// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace xj {
class Database;
}

/// A designed peer-audit round for the audit tests. Items W-A1…W-A4, sites S1, S2, S3.
///
/// Verdicts (p pass, f fail, n not applicable), in item order W-A1 W-A2 W-A3 W-A4:
///   this office: S1 p f p n, S2 p p f p, S3 nothing
///   team A:      S1 p f f n, S2 p p f f, S3 p f
///   team B:      S3 p p
/// Findings (item, page, words):
///   office L1 S1 W-A2 /a.html #x "错别字甲乙"   team A F1 S1 W-A2 /a.html #x "错别字甲乙"  (a pair)
///   office L2 S1 W-A3 /b.html "链接失效"        team A F2 S1 W-A4 /c.html "其他问题"
///   team A F3 S3 W-A1 /d.html "栏目不更新"      team B G1 S3 W-A1 /d.html "栏目不更新"   (a pair)
struct AuditRoundFixture
{
    qint64 roundId = 0;
    qint64 unitId = 0;
    QHash<QString, qint64> sites;    ///< "S1" …
    QHash<QString, qint64> imports;  ///< "A", "B"
    QHash<QString, qint64> findings; ///< "L1", "F1" … (local ids or audit_findings ids)

    /// Builds the round; roundId stays 0 when anything failed.
    static AuditRoundFixture create(const xj::Database &db, bool withFindingsAndVerdicts = true);
    /// Rows a team's imported result would have, written directly.
    static qint64 addImport(const xj::Database &db, qint64 roundId, const QString &team, char shaFill);
    static qint64 addForeignFinding(const xj::Database &db, qint64 importId, qint64 siteId,
                                    const QString &item, const QString &url, const QString &description,
                                    const QString &selector = {});
    static bool addForeignVerdict(const xj::Database &db, qint64 importId, qint64 siteId, const QString &item,
                                  const QString &value);
};
