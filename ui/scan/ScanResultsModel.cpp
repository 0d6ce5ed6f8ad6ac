// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanResultsModel.h"

#include "checks/CheckCatalogue.h"
#include "scan/ScanEvidence.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace xj {

namespace {

/// The order an inspector reads a scan in: the site-wide problems first, availability last.
const QStringList GroupOrder{QStringLiteral("link"),       QStringLiteral("column"),
                             QStringLiteral("message"),    QStringLiteral("date"),
                             QStringLiteral("typo"),       QStringLiteral("privacy"),
                             QStringLiteral("identifier"), QStringLiteral("hijack"),
                             QStringLiteral("security"),   QStringLiteral("availability")};
const QString OtherGroup = QStringLiteral("other");

QString groupOf(const QString &checkId)
{
    const CheckCatalogue::Entry *e = CheckCatalogue::find(checkId);
    return e ? QString::fromLatin1(e->group) : OtherGroup;
}

} // namespace

struct ScanResultsModel::Node
{
    Kind kind = Kind::Group;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    QString key;        ///< group key or check id
    int candidate = -1; ///< index into m_candidates (candidate and page rows)
    QString page;       ///< page rows
    QString anchor;     ///< page rows

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

ScanResultsModel::ScanResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ScanResultsModel::~ScanResultsModel() = default;

void ScanResultsModel::setCandidates(const ScanCandidates &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    m_root = std::make_unique<Node>();
    QHash<QString, Node *> groups;
    QHash<QString, Node *> checks;
    QStringList present;
    for (const ScanCandidate &c : std::as_const(m_candidates)) {
        const QString g = groupOf(c.checkId);
        if (!present.contains(g))
            present.append(g);
    }
    // Categories in reading order; checks in catalogue order within them.
    std::sort(present.begin(), present.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &g) {
            const int i = int(GroupOrder.indexOf(g));
            return i < 0 ? int(GroupOrder.size()) : i;
        };
        return rank(a) < rank(b);
    });
    for (const QString &g : std::as_const(present)) {
        auto node = std::make_unique<Node>();
        node->key = g;
        groups.insert(g, m_root->add(std::move(node)));
    }
    const QStringList catalogue = CheckCatalogue::ids();
    QList<int> order(m_candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto rank = [&catalogue](const QString &id) {
            const int i = int(catalogue.indexOf(id));
            return i < 0 ? int(catalogue.size()) : i;
        };
        return rank(m_candidates.at(a).checkId) < rank(m_candidates.at(b).checkId);
    });
    for (int i : std::as_const(order)) {
        const ScanCandidate &c = m_candidates.at(i);
        Node *&check = checks[c.checkId];
        if (!check) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Check;
            node->key = c.checkId;
            check = groups.value(groupOf(c.checkId))->add(std::move(node));
        }
        auto item = std::make_unique<Node>();
        item->kind = Kind::Candidate;
        item->candidate = i;
        Node *candidate = check->add(std::move(item));
        for (const auto &[page, anchor] : ScanEvidence::pages(c)) {
            auto p = std::make_unique<Node>();
            p->kind = Kind::Page;
            p->candidate = i;
            p->page = page;
            p->anchor = anchor;
            candidate->add(std::move(p));
        }
    }
    endResetModel();
}

ScanResultsModel::Node *ScanResultsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ScanResultsModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

const ScanCandidate *ScanResultsModel::candidateAt(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeOf(index) : nullptr;
    return node && node->candidate >= 0 ? &m_candidates.at(node->candidate) : nullptr;
}

ScanCandidates ScanResultsModel::candidatesUnder(const QModelIndexList &indexes) const
{
    QSet<int> seen;
    QList<int> chosen;
    std::function<void(const Node *)> collect = [&](const Node *node) {
        if (node->candidate >= 0) {
            if (!seen.contains(node->candidate)) {
                seen.insert(node->candidate);
                chosen.append(node->candidate);
            }
            return;
        }
        for (const auto &child : node->children)
            collect(child.get());
    };
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            collect(nodeOf(index));
    }
    ScanCandidates out;
    for (int i : std::as_const(chosen))
        out.append(m_candidates.at(i));
    return out;
}

QModelIndex ScanResultsModel::indexOf(qint64 candidateId) const
{
    for (const auto &group : m_root->children) {
        for (const auto &check : group->children) {
            for (const auto &item : check->children) {
                if (m_candidates.at(item->candidate).id == candidateId)
                    return indexOfNode(item.get());
            }
        }
    }
    return {};
}

QModelIndex ScanResultsModel::groupIndex(const QString &group) const
{
    for (const auto &node : m_root->children) {
        if (node->key == group)
            return indexOfNode(node.get());
    }
    return {};
}

void ScanResultsModel::setCandidateState(qint64 candidateId, ScanCandidate::State state, qint64 findingId)
{
    const QModelIndex index = indexOf(candidateId);
    if (!index.isValid())
        return;
    ScanCandidate &c = m_candidates[nodeOf(index)->candidate];
    c.state = state;
    c.findingId = findingId;
    // The row itself and the counts of its check and category change.
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        emit dataChanged(i.siblingAtColumn(0), i.siblingAtColumn(ColumnCount - 1));
}

QString ScanResultsModel::stateLabel(ScanCandidate::State state)
{
    switch (state) {
    case ScanCandidate::State::Open:
        return tr("Open");
    case ScanCandidate::State::Accepted:
        return tr("Accepted");
    case ScanCandidate::State::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

void ScanResultsModel::openCounts(const Node &node, int *open, int *total) const
{
    if (node.kind == Kind::Candidate) {
        ++*total;
        *open += m_candidates.at(node.candidate).state == ScanCandidate::State::Open;
        return;
    }
    for (const auto &child : node.children)
        openCounts(*child, open, total);
}

QModelIndex ScanResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(row).get());
}

QModelIndex ScanResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ScanResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ScanResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScanResultsModel::nodeText(const Node &node, int column) const
{
    switch (node.kind) {
    case Kind::Group:
    case Kind::Check: {
        if (column != ProblemColumn && column != StateColumn)
            return {};
        int open = 0;
        int total = 0;
        openCounts(node, &open, &total);
        if (column == StateColumn)
            return tr("%n open", nullptr, open);
        const QString name =
            node.kind == Kind::Group ? CheckCatalogue::groupName(node.key) : CheckCatalogue::name(node.key);
        return QStringLiteral("%1 (%2)").arg(name).arg(total);
    }
    case Kind::Candidate: {
        const ScanCandidate &c = m_candidates.at(node.candidate);
        switch (column) {
        case ProblemColumn:
            return c.text.isEmpty() ? c.message : QStringLiteral("%1 — %2").arg(c.text, c.message);
        case UrlColumn:
            return c.url;
        case EvidenceColumn:
            return ScanEvidence::brief(c);
        case StateColumn:
            return stateLabel(c.state);
        }
        return {};
    }
    case Kind::Page:
        if (column == ProblemColumn)
            return node.anchor.isEmpty() ? tr("Found on this page") : tr("Link text “%1”").arg(node.anchor);
        if (column == UrlColumn)
            return node.page;
        return {};
    }
    return {};
}

QVariant ScanResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeOf(index);
    const ScanCandidate *c = node.candidate >= 0 ? &m_candidates.at(node.candidate) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return nodeText(node, index.column());
    case Qt::ToolTipRole:
        if (node.kind == Kind::Candidate)
            return ScanEvidence::description(*c);
        return nodeText(node, index.column());
    case Qt::FontRole:
        if (node.kind == Kind::Group) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (c && c->state != ScanCandidate::State::Open)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case KindRole:
        return int(node.kind);
    case CandidateIdRole:
        return c ? QVariant(c->id) : QVariant();
    case KeyRole:
        return node.key;
    case PageUrlRole:
        if (node.kind == Kind::Page)
            return QUrl(node.page);
        return c ? QVariant(ScanEvidence::pageOf(*c)) : QVariant();
    }
    return {};
}

QVariant ScanResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProblemColumn:
        return tr("Problem");
    case UrlColumn:
        return tr("Page / address");
    case EvidenceColumn:
        return tr("Evidence");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace xj
