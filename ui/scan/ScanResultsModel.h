// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanCandidate.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace xj {

/// A scan's candidates as a tree: category (links, columns, messages, dates, the page checks by
/// group, availability) → check → candidate → the pages it was found on (a dead link's source
/// pages with their anchor text). Categories and checks show their counts. Accepting or
/// dismissing changes one row in place; only a new scan or a re-evaluation resets the model.
class ScanResultsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanResultsModel)
public:
    enum Column { ProblemColumn, UrlColumn, EvidenceColumn, StateColumn, ColumnCount };
    enum class Kind { Group, Check, Candidate, Page };
    enum Role {
        KindRole = Qt::UserRole + 1,
        CandidateIdRole, ///< the candidate's id on candidate and page rows
        KeyRole,         ///< group key or check id
        PageUrlRole,     ///< the page "Open in browser" loads for the row
    };

    explicit ScanResultsModel(QObject *parent = nullptr);
    ~ScanResultsModel() override;

    void setCandidates(const ScanCandidates &candidates);
    const ScanCandidates &candidates() const { return m_candidates; }
    /// The candidate of a candidate or page row; nullptr for groups and checks.
    const ScanCandidate *candidateAt(const QModelIndex &index) const;
    /// Candidates under the rows (a group or check row stands for all of its candidates), once each.
    ScanCandidates candidatesUnder(const QModelIndexList &indexes) const;
    /// Records the inspector's decision on one candidate and updates its row and counts.
    void setCandidateState(qint64 candidateId, ScanCandidate::State state, qint64 findingId = 0);
    /// The row of a candidate, for tests and for keeping the selection.
    QModelIndex indexOf(qint64 candidateId) const;
    /// The group row of a category key ("link", "column", …).
    QModelIndex groupIndex(const QString &group) const;

    static QString stateLabel(ScanCandidate::State state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    QVariant nodeText(const Node &node, int column) const;
    void openCounts(const Node &node, int *open, int *total) const;

    ScanCandidates m_candidates;
    std::unique_ptr<Node> m_root;
};

} // namespace xj
