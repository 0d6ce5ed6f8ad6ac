// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditComparison.h"

#include <QAbstractTableModel>
#include <QColor>

namespace xj {

/// The rows of one site's comparison between two sides: a matched pair or a finding only one side
/// saw, with the reconciliation in force. Rows still waiting for a decision (unmatched, none yet)
/// are bold; unmatched rows have an amber background so they stand out from the agreed ones.
class AuditComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditComparisonModel)
public:
    enum Column { ItemColumn, LeftColumn, RightColumn, MatchColumn, DecisionColumn, ColumnCount };

    explicit AuditComparisonModel(QObject *parent = nullptr);

    void setComparison(const AuditSiteComparison &comparison, const QString &leftName,
                       const QString &rightName);
    void clear();
    const AuditSiteComparison &comparison() const { return m_comparison; }
    const AuditSiteComparison::Row &rowAt(int row) const { return m_comparison.rows.at(row); }
    /// The findings of a row; null for the side that has nothing there.
    const Finding *leftFinding(int row) const;
    const Finding *rightFinding(int row) const;
    /// The row whose left or right finding has this id (ids of 0 never match), or -1.
    int rowOf(qint64 leftFindingId, qint64 rightFindingId) const;

    static QColor unmatchedColor();
    static QString matchText(AuditSiteComparison::RowKind kind);
    static QString decisionText(const AuditReconciliation &decision);
    /// "description — page", the page by its title or else its address.
    static QString findingText(const Finding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    bool pending(int row) const;

    AuditSiteComparison m_comparison;
    QString m_leftName;
    QString m_rightName;
};

} // namespace xj
