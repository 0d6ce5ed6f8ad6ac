// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QAbstractTableModel>
#include <QSet>

namespace xj {

/// Findings to tick for a new exercise: each with its item, description, page and whether its
/// page was archived (only archived pages can become the exercise's site).
class FindingChoiceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingChoiceModel)
public:
    enum Column { Item, Description, Page, Archived, ColumnCount };

    FindingChoiceModel(QList<Finding> findings, QSet<qint64> archived, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<qint64> checkedIds() const;

signals:
    void checkedChanged();

private:
    QList<Finding> m_findings;
    QSet<qint64> m_archived;
    QSet<qint64> m_checked;
};

} // namespace xj
