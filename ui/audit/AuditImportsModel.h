// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRepository.h"

#include <QAbstractTableModel>

namespace xj {

/// The result packages filed under a round, newest first: the team, when it made and when this
/// office imported the package, whether its signature was checked, what it holds, and whether it is
/// the one that counts (a team's newest package replaces its earlier ones in comparisons).
class AuditImportsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditImportsModel)
public:
    enum Column {
        TeamColumn,
        CreatedColumn,
        ImportedColumn,
        SignedColumn,
        SitesColumn,
        FindingsColumn,
        VerdictsColumn,
        InUseColumn,
        ColumnCount
    };
    struct Row
    {
        AuditSource source;
        int findings = 0;
        int verdicts = 0;
        bool inUse = false;
    };

    explicit AuditImportsModel(QObject *parent = nullptr);

    /// Reads the round's imports; the error when they could not be read.
    Status load(const Database &database, qint64 roundId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace xj
