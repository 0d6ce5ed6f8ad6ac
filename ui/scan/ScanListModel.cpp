// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanListModel.h"

#include "scan/ScanEvidence.h"

#include <QJsonObject>

namespace xj {

ScanListModel::ScanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScanListModel::setScans(const QList<ScanRecord> &scans, const QHash<qint64, QString> &siteNames)
{
    beginResetModel();
    m_scans = scans;
    m_siteNames = siteNames;
    endResetModel();
}

int ScanListModel::rowOf(qint64 scanId) const
{
    for (int r = 0; r < m_scans.size(); ++r) {
        if (m_scans.at(r).id == scanId)
            return r;
    }
    return -1;
}

void ScanListModel::setState(qint64 scanId, ScanRecord::State state)
{
    const int row = rowOf(scanId);
    if (row < 0)
        return;
    m_scans[row].state = state;
    emit dataChanged(index(row, StateColumn), index(row, StateColumn));
}

QString ScanListModel::stateLabel(ScanRecord::State state)
{
    switch (state) {
    case ScanRecord::State::Queued:
        return tr("Waiting");
    case ScanRecord::State::Running:
        return tr("Running");
    case ScanRecord::State::Paused:
        return tr("Paused");
    case ScanRecord::State::Finished:
        return tr("Finished");
    case ScanRecord::State::Cancelled:
        return tr("Cancelled");
    case ScanRecord::State::Failed:
        return tr("Failed");
    }
    return {};
}

int ScanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scans.size());
}

int ScanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_scans.size())
        return {};
    const ScanRecord &s = m_scans.at(index.row());
    if (role == ScanIdRole)
        return s.id;
    if (role == Qt::ToolTipRole)
        return s.error.isEmpty() ? s.startUrl : QString(s.startUrl + QLatin1Char('\n') + s.error);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SiteColumn:
        return m_siteNames.value(s.siteId, s.startUrl);
    case WhenColumn: {
        const QDateTime when = s.finishedAt.isValid() ? s.finishedAt : s.createdAt;
        return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case StateColumn:
        return stateLabel(s.state);
    case ResultColumn: {
        if (s.summary.isEmpty())
            return QString();
        QStringList vetoes;
        for (const ScanEvidence::Verdict &v : ScanEvidence::verdicts(s.summary)) {
            if (v.veto)
                vetoes.append(v.item);
        }
        const QString pages = tr("%n page(s)", nullptr, s.summary.value(QLatin1String("pagesRead")).toInt());
        return vetoes.isEmpty() ? tr("%1, no veto").arg(pages)
                                : tr("%1, veto %2").arg(pages, vetoes.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QVariant ScanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case WhenColumn:
        return tr("When");
    case StateColumn:
        return tr("State");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace xj
