// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingPlanModel.h"

#include <QRegularExpression>

namespace xj {

TrainingPlanModel::TrainingPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TrainingPlanModel::setPlan(const TrainingPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

QString TrainingPlanModel::joinCategories(const QStringList &categories)
{
    return categories.join(QLatin1Char(' '));
}

QStringList TrainingPlanModel::splitCategories(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;，；、]+"));
    QStringList out;
    for (const QString &part : text.toUpper().split(separators, Qt::SkipEmptyParts)) {
        if (!out.contains(part))
            out.append(part);
    }
    return out;
}

int TrainingPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.days.size());
}

int TrainingPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingPlanDay &day = m_plan.days.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Hints)
        return day.exercise.hintsAllowed ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Topics)
        return day.goals.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Day:
        return day.day;
    case Title:
        return day.title;
    case Topics:
        return day.goals.join(QLatin1Char('\n'));
    case Categories:
        return joinCategories(day.categories);
    case ExerciseCategories:
        // Empty plants every category the generator knows; the cell says so rather than staying blank.
        if (role == Qt::DisplayRole && day.exercise.categories.isEmpty())
            return tr("All");
        return joinCategories(day.exercise.categories);
    case ArticlePages:
        return day.exercise.articlePages;
    case Minutes:
        return day.exercise.minutes;
    case Hints:
    case ColumnCount:
        break;
    }
    return {};
}

bool TrainingPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    TrainingPlanDay &day = m_plan.days[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Hints) {
        day.exercise.hintsAllowed = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        switch (Column(index.column())) {
        case Title:
            day.title = value.toString().trimmed();
            break;
        case Topics: {
            QStringList topics;
            for (const QString &line : value.toString().split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    topics.append(line.trimmed());
            }
            day.goals = topics;
            break;
        }
        case Categories:
            day.categories = splitCategories(value.toString());
            break;
        case ExerciseCategories:
            day.exercise.categories = splitCategories(value.toString());
            break;
        case ArticlePages:
            day.exercise.articlePages = value.toInt();
            break;
        case Minutes:
            day.exercise.minutes = value.toInt();
            break;
        case Day:
        case Hints:
        case ColumnCount:
            return false;
        }
    }
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags TrainingPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == Day)
        return f;
    if (index.column() == Hints)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant TrainingPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Topics:
            return tr("What the day teaches, one topic per line.");
        case Categories:
            return tr("The problem categories (P01…P17) the day teaches.");
        case ExerciseCategories:
            return tr("The problem categories planted in the day's practice site; empty for all.");
        case ArticlePages:
            return tr("How many article pages the day's practice site has.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Day:
        return tr("Day");
    case Title:
        return tr("Title");
    case Topics:
        return tr("Topics");
    case Categories:
        return tr("Categories taught");
    case ExerciseCategories:
        return tr("Exercise plants");
    case ArticlePages:
        return tr("Article pages");
    case Minutes:
        return tr("Minutes");
    case Hints:
        return tr("Hints");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xj
