// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TraineeOverviewModel.h"

#include "training/CompletionRecordBuilder.h"
#include "training/TallyColumns.h"

#include <QLocale>

namespace xj {

TraineeOverviewModel::TraineeOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TraineeOverviewModel::setRows(const QList<TrainingOverviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TraineeOverviewModel::rowOf(qint64 enrollmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).enrollment.id == enrollmentId)
            return row;
    }
    return -1;
}

int TraineeOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraineeOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraineeOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingOverviewRow &r = m_rows.at(index.row());
    const TrainingTally &t = r.overall;
    if (role == Qt::UserRole)
        return r.enrollment.id;
    if (role == Qt::TextAlignmentRole && index.column() >= DaysPresent)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name && !r.enrollment.phone.isEmpty())
        return tr("Phone: %1").arg(r.enrollment.phone);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return r.enrollment.person;
    case Unit:
        return r.unitName;
    case Site:
        return r.siteName;
    case StartDate:
        return QLocale().toString(r.enrollment.startDate, QLocale::ShortFormat);
    case Status:
        return TrainingStatuses.label(r.enrollment.status);
    case DaysPresent:
        return r.daysPresent;
    case Attempts:
        return r.attemptsSubmitted;
    case Found:
    case Missed:
    case FalseAlarms:
    case Recall:
    case Precision:
        return TallyColumns::value(t, index.column() - Found);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TraineeOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == Recall)
            return tr("Share of the planted problems the trainee found, over all submitted attempts.");
        if (section == Precision)
            return tr(
                "Share of the trainee's findings that were real problems, over all submitted attempts.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Unit:
        return tr("Host unit");
    case Site:
        return tr("Site");
    case StartDate:
        return tr("Starts");
    case Status:
        return tr("Status");
    case DaysPresent:
        return tr("Days present");
    case Attempts:
        return tr("Attempts");
    case Found:
    case Missed:
    case FalseAlarms:
    case Recall:
    case Precision:
        return TallyColumns::header(section - Found);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xj
