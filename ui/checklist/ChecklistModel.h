// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChecklistTemplate.h"
#include "model/Verdict.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace xj {

/// The checklist of the current round for the current site as a two-level tree: groups (the veto
/// items, each deduction area, the bonus items) and their items with the recorded verdicts.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)
public:
    enum Column { ItemColumn, VerdictColumn, PointsColumn, ColumnCount };
    enum Role {
        ItemCodeRole = Qt::UserRole + 1, ///< empty for group rows
        UnverifiedRole,                  ///< bool: the reference marks the item [R]
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(const ChecklistTemplate &checklist, const QList<Verdict> &verdicts);
    void clear();
    void setVerdict(const Verdict &verdict);
    void clearVerdict(const QString &itemCode);

    const ChecklistTemplate &checklist() const { return m_checklist; }
    const ChecklistItem *item(const QModelIndex &index) const;
    const Verdict *verdict(const QString &itemCode) const;
    QModelIndex indexOf(const QString &itemCode, int column = ItemColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The tooltip of an item: its rule, thresholds, evidence hints and verification warning.
    static QString itemToolTip(const ChecklistItem &item);

private:
    struct Group
    {
        QString title;
        QList<int> items; ///< indexes into m_checklist.items
    };

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemData(const ChecklistItem &item, int column, int role) const;
    void buildGroups();

    ChecklistTemplate m_checklist;
    QList<Group> m_groups;
    QHash<QString, Verdict> m_verdicts;
};

} // namespace xj
