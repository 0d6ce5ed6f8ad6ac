// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditReconciliation.h"

#include <QAbstractTableModel>

#include <functional>

namespace xj {

/// The reconciliation decisions of a site, one row each in the order given (newest first), with
/// the two findings each decision was about in words. Read-only: decisions are append-only.
class AuditHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditHistoryModel)
public:
    enum Column { TimeColumn, DecisionColumn, ReasonColumn, ActorColumn, FindingsColumn, ColumnCount };
    /// Names a side's finding ("县政府 A组: 栏目空白"); called with findingId 0 for "nothing there".
    using Describe = std::function<QString(qint64 importId, qint64 findingId)>;

    explicit AuditHistoryModel(QObject *parent = nullptr);

    void setHistory(const QList<AuditReconciliation> &decisions, Describe describe);
    const AuditReconciliation &at(int row) const { return m_decisions.at(row); }

    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    QList<AuditReconciliation> m_decisions;
    Describe m_describe;
};

} // namespace xj
