// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditImportsModel.h"

#include <QLocale>
#include <QSet>

namespace xj {

AuditImportsModel::AuditImportsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status AuditImportsModel::load(const Database &database, qint64 roundId)
{
    const AuditRepository repository(database);
    QList<Row> rows;
    auto imports = repository.imports(roundId);
    if (!imports)
        return imports.error();
    QSet<QString> teamsSeen;
    for (const AuditSource &source : imports.value()) {
        Row row;
        row.source = source;
        // Newest first: the first package of a team is the one that counts.
        row.inUse = !teamsSeen.contains(source.team);
        teamsSeen.insert(source.team);
        auto findings = repository.findings(roundId, source.importId);
        auto verdicts = repository.verdicts(roundId, 0, source.importId);
        if (!findings)
            return findings.error();
        if (!verdicts)
            return verdicts.error();
        row.findings = int(findings.value().size());
        row.verdicts = int(verdicts.value().size());
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return {};
}

int AuditImportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditImportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditImportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == InUseColumn && !r.inUse)
        return tr("A newer package of this team replaces this one in comparisons and statistics.");
    if (role == Qt::TextAlignmentRole)
        return index.column() >= SitesColumn && index.column() <= VerdictsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case TeamColumn:
        return r.source.team;
    case CreatedColumn:
        return when(r.source.createdAt);
    case ImportedColumn:
        return when(r.source.importedAt);
    case SignedColumn:
        return r.source.signedPackage ? tr("Checked") : tr("Not signed");
    case SitesColumn:
        return int(r.source.siteIds.size());
    case FindingsColumn:
        return r.findings;
    case VerdictsColumn:
        return r.verdicts;
    case InUseColumn:
        return r.inUse ? tr("Counts") : tr("Replaced");
    default:
        return {};
    }
}

QVariant AuditImportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TeamColumn:
        return tr("Team");
    case CreatedColumn:
        return tr("Made");
    case ImportedColumn:
        return tr("Imported");
    case SignedColumn:
        return tr("Signature");
    case SitesColumn:
        return tr("Sites");
    case FindingsColumn:
        return tr("Findings");
    case VerdictsColumn:
        return tr("Verdicts");
    case InUseColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace xj
