// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/EscalationProposalModel.h"

#include <QBrush>
#include <QLocale>

namespace xj {

EscalationProposalModel::EscalationProposalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EscalationProposalModel::setProposals(const QList<EscalationProposal> &proposals)
{
    beginResetModel();
    m_proposals = proposals;
    endResetModel();
}

QList<EscalationDecision> EscalationProposalModel::decisions() const
{
    QList<EscalationDecision> out;
    for (const EscalationProposal &p : m_proposals)
        out.append({p.site.id, p.failedFindings, p.criticise, p.accountability, p.enroll, {}});
    return out;
}

void EscalationProposalModel::refillAccountability(const QString &wording)
{
    for (EscalationProposal &p : m_proposals)
        p.accountability = EscalationPlanner::recommendation(wording, p.unitName, p.site.name);
    if (!m_proposals.isEmpty())
        emit dataChanged(index(0, Accountability), index(rowCount() - 1, Accountability));
}

int EscalationProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

int EscalationProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EscalationProposal &p = m_proposals.at(index.row());
    const bool noPerson = p.site.personInCharge.trimmed().isEmpty();
    if (role == Qt::CheckStateRole) {
        if (index.column() == Criticise)
            return p.criticise ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Enroll)
            return p.enroll ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Person && noPerson)
        return QBrush(Qt::red);
    if (role == Qt::ToolTipRole && index.column() == Person && noPerson)
        return tr("The registry names no person in charge for this site. Fill it in with Sites ▸ Edit site… "
                  "before enrolling anyone, or untick \"Enroll\".");
    if (role == Qt::ToolTipRole && index.column() == Accountability)
        return p.accountability;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Site:
        return p.site.name;
    case Unit:
        return p.unitName;
    case Failed:
        return p.failedFindings;
    case Accountability:
        return p.accountability;
    case Person:
        return noPerson && role == Qt::DisplayRole ? tr("(missing)") : p.site.personInCharge;
    case Phone:
        return p.site.phone;
    case Saved:
        if (!p.saved)
            return role == Qt::DisplayRole ? tr("Not yet") : QString();
        return QLocale().toString(p.saved->decidedAt.toLocalTime(), QLocale::ShortFormat);
    case Criticise:
    case Enroll:
    case ColumnCount:
        break;
    }
    return {};
}

bool EscalationProposalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    EscalationProposal &p = m_proposals[index.row()];
    if (role == Qt::CheckStateRole && (index.column() == Criticise || index.column() == Enroll)) {
        const bool checked = value.toInt() == Qt::Checked;
        (index.column() == Criticise ? p.criticise : p.enroll) = checked;
    } else if (role == Qt::EditRole && index.column() == Accountability) {
        p.accountability = value.toString().trimmed();
    } else {
        return false;
    }
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags EscalationProposalModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Criticise || index.column() == Enroll)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Accountability)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EscalationProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Site:
        return tr("Site");
    case Unit:
        return tr("Host unit");
    case Failed:
        return tr("Failed re-check");
    case Criticise:
        return tr("Criticise");
    case Accountability:
        return tr("Accountability recommendation");
    case Person:
        return tr("Person in charge");
    case Phone:
        return tr("Phone");
    case Enroll:
        return tr("Enroll in training");
    case Saved:
        return tr("Decision saved");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xj
