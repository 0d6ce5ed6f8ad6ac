// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/IntegrityReportText.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace xj {

namespace {

constexpr int DescriptionLength = 40;
constexpr int ShortHash = 12;

QString shortHash(const QString &sha256)
{
    return sha256.left(ShortHash) + QChar(0x2026);
}

} // namespace

IntegrityReportText::IntegrityReportText(IntegrityReport report, Headings findings, Headings accountRecords)
    : m_report(std::move(report))
    , m_findings(std::move(findings))
    , m_accountRecords(std::move(accountRecords))
{}

QString IntegrityReportText::findingHeading(qint64 id, const QString &siteName, const QString &itemCode,
                                            const QString &description, bool deleted)
{
    QString shortDescription = description.simplified();
    if (shortDescription.size() > DescriptionLength)
        shortDescription = shortDescription.left(DescriptionLength) + QChar(0x2026);
    const QString dash = QStringLiteral(" \u2014 ");
    QString heading = tr("Finding #%1").arg(id) + dash + siteName + dash +
                      (itemCode.isEmpty() ? tr("no checklist item") : itemCode) + dash + shortDescription;
    if (deleted)
        heading += QLatin1Char(' ') + tr("(deleted, can be restored)");
    return heading;
}

Result<IntegrityReportText> IntegrityReportText::load(const Database &database, const IntegrityReport &report)
{
    Headings findings;
    Headings accountRecords;
    bool needFindings = false;
    bool needAccountRecords = false;
    for (const IntegrityProblem &p : report.problems) {
        needFindings = needFindings || p.findingId > 0;
        needAccountRecords = needAccountRecords || p.accountRecordId > 0;
    }
    if (needFindings) {
        auto rows = database.selectAll(
            QStringLiteral("SELECT f.id, coalesce(s.name, ''), coalesce(ci.code, ''), f.description, "
                           "f.deleted_at <> '' FROM findings f LEFT JOIN sites s ON s.id = f.site_id "
                           "LEFT JOIN checklist_items ci ON ci.id = f.item_id"),
            {}, [](const QSqlQuery &q) {
                return std::pair(q.value(0).toLongLong(),
                                 findingHeading(q.value(0).toLongLong(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString(),
                                                q.value(4).toBool()));
            });
        if (!rows)
            return rows.error();
        for (const auto &[id, heading] : rows.value())
            findings.insert(id, heading);
    }
    if (needAccountRecords) {
        auto rows = database.selectAll(
            QStringLiteral("SELECT a.id, coalesce(s.name, ''), coalesce(r.name, '') FROM account_records a "
                           "LEFT JOIN sites s ON s.id = a.site_id LEFT JOIN rounds r ON r.id = a.round_id"),
            {}, [](const QSqlQuery &q) {
                const QString dash = QStringLiteral(" \u2014 ");
                const QString heading = tr("Account record #%1").arg(q.value(0).toLongLong()) + dash +
                                        q.value(1).toString() + dash + q.value(2).toString();
                return std::pair(q.value(0).toLongLong(), heading);
            });
        if (!rows)
            return rows.error();
        for (const auto &[id, heading] : rows.value())
            accountRecords.insert(id, heading);
    }
    return IntegrityReportText(report, findings, accountRecords);
}

QString IntegrityReportText::format(const Database &database, const IntegrityReport &report)
{
    auto loaded = load(database, report);
    return loaded ? loaded.value().text() : IntegrityReportText(report, {}, {}).text();
}

QString IntegrityReportText::summary() const
{
    const QString checked = m_report.rowsChecked == 1
                                ? tr("Checked 1 evidence file")
                                : tr("Checked %1 evidence files").arg(m_report.rowsChecked);
    if (m_report.ok())
        return tr("%1: all intact.").arg(checked);
    QStringList counts;
    for (IntegrityProblemKind kind : IntegrityProblemKinds.values()) {
        if (const int n = m_report.count(kind); n > 0)
            counts.append(tr("%1 %2").arg(n).arg(IntegrityProblemKinds.label(kind)));
    }
    return tr("%1: %2.").arg(checked, counts.join(QStringLiteral(", ")));
}

QString IntegrityReportText::ownerHeading(const IntegrityProblem &problem) const
{
    if (problem.findingId > 0)
        return m_findings.value(problem.findingId, tr("Finding #%1").arg(problem.findingId));
    if (problem.accountRecordId > 0)
        return m_accountRecords.value(problem.accountRecordId,
                                      tr("Account record #%1").arg(problem.accountRecordId));
    return tr("Files no finding refers to");
}

QString IntegrityReportText::problemLine(const IntegrityProblem &p) const
{
    QString line = QStringLiteral("  ") + IntegrityProblemKinds.label(p.kind).leftJustified(9) +
                   QLatin1Char(' ') + p.relativePath;
    switch (p.kind) {
    case IntegrityProblemKind::Missing:
        return line + QStringLiteral(" (%1)").arg(EvidenceKinds.label(p.evidenceKind).toLower());
    case IntegrityProblemKind::Altered:
        line += QStringLiteral(" (%1)").arg(EvidenceKinds.label(p.evidenceKind).toLower());
        if (p.actualSha256.isEmpty())
            return line + QLatin1Char(' ') + tr("cannot be read");
        return line + QLatin1Char(' ') +
               tr("expected %1 (%2 bytes), got %3 (%4 bytes)")
                   .arg(shortHash(p.expectedSha256))
                   .arg(p.expectedSize)
                   .arg(shortHash(p.actualSha256))
                   .arg(p.actualSize);
    case IntegrityProblemKind::Orphaned:
        return line + QLatin1Char(' ') + tr("(%1 bytes)").arg(p.actualSize);
    }
    return line;
}

QString IntegrityReportText::text() const
{
    QString out = summary() + QLatin1Char('\n');
    // Findings first (by id), then account records, then the orphans, each problem under its owner.
    QMap<std::pair<int, qint64>, QList<const IntegrityProblem *>> groups;
    for (const IntegrityProblem &p : m_report.problems) {
        const int order = p.findingId > 0 ? 0 : p.accountRecordId > 0 ? 1 : 2;
        const qint64 owner = p.findingId > 0 ? p.findingId : p.accountRecordId;
        groups[{order, owner}].append(&p);
    }
    for (const QList<const IntegrityProblem *> &problems : std::as_const(groups)) {
        out += QLatin1Char('\n') + ownerHeading(*problems.first()) + QLatin1Char('\n');
        for (const IntegrityProblem *p : problems)
            out += problemLine(*p) + QLatin1Char('\n');
    }
    return out;
}

QByteArray IntegrityReportText::json() const
{
    QJsonArray problems;
    for (const IntegrityProblem &p : m_report.problems) {
        QJsonObject o{{QStringLiteral("kind"), IntegrityProblemKinds.code(p.kind)},
                      {QStringLiteral("path"), p.relativePath},
                      {QStringLiteral("owner"), ownerHeading(p)}};
        if (p.kind != IntegrityProblemKind::Orphaned) {
            o.insert(QStringLiteral("evidenceId"), p.evidenceId);
            o.insert(QStringLiteral("evidenceKind"), EvidenceKinds.code(p.evidenceKind));
            o.insert(QStringLiteral("expectedSha256"), p.expectedSha256);
            o.insert(QStringLiteral("expectedSize"), p.expectedSize);
            if (p.findingId > 0)
                o.insert(QStringLiteral("findingId"), p.findingId);
            if (p.accountRecordId > 0)
                o.insert(QStringLiteral("accountRecordId"), p.accountRecordId);
        }
        if (p.kind != IntegrityProblemKind::Missing) {
            o.insert(QStringLiteral("actualSha256"), p.actualSha256);
            o.insert(QStringLiteral("actualSize"), p.actualSize);
        }
        problems.append(o);
    }
    QJsonObject root{{QStringLiteral("ok"), m_report.ok()},
                     {QStringLiteral("rowsChecked"), m_report.rowsChecked},
                     {QStringLiteral("filesScanned"), m_report.filesScanned},
                     {QStringLiteral("problems"), problems}};
    for (IntegrityProblemKind kind : IntegrityProblemKinds.values())
        root.insert(IntegrityProblemKinds.code(kind), m_report.count(kind));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace xj
