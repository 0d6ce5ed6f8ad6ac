// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace xj {

/// Findings of a round (one site or all of them), with the site name and the number of
/// screenshots each has. Filtering and sorting are FindingFilterProxy's job.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
public:
    enum Column {
        FoundAtColumn,
        SiteColumn,
        ItemColumn,
        DescriptionColumn,
        UrlColumn,
        SeverityColumn,
        StateColumn,
        InspectorColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role {
        FindingIdRole = Qt::UserRole + 1,
        SortRole,      ///< a value that sorts naturally (time, number, text)
        ItemCodeRole,  ///< for filtering by checklist item
        StateRole,     ///< FindingState as int
        SearchTextRole ///< everything a text search should look at
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings, const QHash<qint64, QString> &siteNames = {},
                     const QHash<qint64, int> &screenshotCounts = {});
    const Finding *finding(int row) const;
    int rowOf(qint64 findingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Finding &f, int column) const;

    QList<Finding> m_findings;
    QHash<qint64, QString> m_siteNames;
    QHash<qint64, int> m_screenshotCounts;
};

} // namespace xj
