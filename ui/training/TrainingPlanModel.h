// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingPlan.h"

#include <QAbstractTableModel>

namespace xj {

/// The days of the training plan as an editable table, one row a day: its title, its topics (one
/// per line), the problem categories it teaches, and the recipe of the day's practice site (the
/// categories planted, article pages, minutes, whether hints are allowed). Edits stay in the
/// model until the dialog saves plan().
class TrainingPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPlanModel)
public:
    enum Column {
        Day,
        Title,
        Topics,
        Categories,
        ExerciseCategories,
        ArticlePages,
        Minutes,
        Hints,
        ColumnCount
    };

    explicit TrainingPlanModel(QObject *parent = nullptr);

    void setPlan(const TrainingPlan &plan);
    const TrainingPlan &plan() const { return m_plan; }

    /// "P01 P07" from a list, and back (commas, spaces and semicolons all separate; upper-cased).
    static QString joinCategories(const QStringList &categories);
    static QStringList splitCategories(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TrainingPlan m_plan;
};

} // namespace xj
