// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace xj {

/// The automated checks' candidates for the page in the browser, one row each.
class CandidatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatesModel)
public:
    enum Column {
        CheckColumn,
        ItemColumn,
        TextColumn,
        SuggestionColumn,
        MessageColumn,
        ConfidenceColumn,
        ColumnCount
    };
    static constexpr int CheckIdRole = Qt::UserRole + 1;

    explicit CandidatesModel(QObject *parent = nullptr);

    void setCandidates(const Candidates &candidates);
    const Candidates &candidates() const { return m_candidates; }
    const Candidate &at(int row) const { return m_candidates.at(row); }
    void removeCandidate(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Candidates m_candidates;
};

} // namespace xj
