// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escalation/EscalationApplier.h"
#include "escalation/EscalationPlanner.h"

#include <QAbstractTableModel>

namespace xj {

/// The escalation proposals of a round as an editable table: criticise and enroll are check
/// boxes, the accountability recommendation is text; the rest comes from the registry and the
/// re-check and is read-only (the person in charge is edited in the registry, not here).
class EscalationProposalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationProposalModel)
public:
    enum Column { Site, Unit, Failed, Criticise, Accountability, Person, Phone, Enroll, Saved, ColumnCount };

    explicit EscalationProposalModel(QObject *parent = nullptr);

    void setProposals(const QList<EscalationProposal> &proposals);
    const QList<EscalationProposal> &proposals() const { return m_proposals; }
    /// What the table says now, to apply.
    QList<EscalationDecision> decisions() const;
    /// Rewrites every row's recommendation from the office's wording.
    void refillAccountability(const QString &wording);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EscalationProposal> m_proposals;
};

} // namespace xj
