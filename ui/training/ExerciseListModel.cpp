// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ExerciseListModel.h"

#include <QLocale>

namespace xj {

ExerciseListModel::ExerciseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExerciseListModel::setExercises(const QList<TrainingExerciseRecord> &exercises)
{
    beginResetModel();
    m_exercises = exercises;
    endResetModel();
}

int ExerciseListModel::rowOf(qint64 exerciseId) const
{
    for (int row = 0; row < m_exercises.size(); ++row) {
        if (m_exercises.at(row).id == exerciseId)
            return row;
    }
    return -1;
}

int ExerciseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exercises.size());
}

int ExerciseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExerciseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingExerciseRecord &e = m_exercises.at(index.row());
    if (role == Qt::UserRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Seed || index.column() == KeySize))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return e.title;
    case Source:
        return ExerciseSources.label(e.source);
    case Seed:
        return e.source == ExerciseSource::Demo ? QString::number(e.seed) : QString();
    case Categories:
        return e.categories.isEmpty() ? tr("All") : e.categories.join(QLatin1Char(' '));
    case AsOf:
        return QLocale().toString(e.asOf, QLocale::ShortFormat);
    case KeySize:
        return e.keySize;
    case Created:
        return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExerciseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Title");
    case Source:
        return tr("Source");
    case Seed:
        return tr("Seed");
    case Categories:
        return tr("Categories");
    case AsOf:
        return tr("As of");
    case KeySize:
        return tr("Problems in key");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xj
