// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanRecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xj {

/// Scans as a list: the queue (what runs and waits, in order) or a site's past scans, newest
/// first. One row per scan with its site, when, its state and what it found.
class ScanListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanListModel)
public:
    enum Column { SiteColumn, WhenColumn, StateColumn, ResultColumn, ColumnCount };
    static constexpr int ScanIdRole = Qt::UserRole + 1;

    explicit ScanListModel(QObject *parent = nullptr);

    /// `siteNames` names the rows by site id.
    void setScans(const QList<ScanRecord> &scans, const QHash<qint64, QString> &siteNames);
    const QList<ScanRecord> &scans() const { return m_scans; }
    int rowOf(qint64 scanId) const;
    /// Updates one scan's state in place (the queue's signals), without a reset.
    void setState(qint64 scanId, ScanRecord::State state);

    static QString stateLabel(ScanRecord::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScanRecord> m_scans;
    QHash<qint64, QString> m_siteNames;
};

} // namespace xj
