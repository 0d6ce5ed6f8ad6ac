// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace xj {

namespace {
// internalId of a row: 0 for a group, group number + 1 for an item of that group.
constexpr quintptr GroupId = 0;
} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ChecklistModel::setChecklist(const ChecklistTemplate &checklist, const QList<Verdict> &verdicts)
{
    beginResetModel();
    m_checklist = checklist;
    m_verdicts.clear();
    for (const Verdict &v : verdicts)
        m_verdicts.insert(v.itemCode, v);
    buildGroups();
    endResetModel();
}

void ChecklistModel::clear()
{
    setChecklist({}, {});
}

void ChecklistModel::buildGroups()
{
    m_groups.clear();
    QList<bool> placed(m_checklist.items.size(), false);
    for (const ChecklistArea &area : std::as_const(m_checklist.areas)) {
        Group g;
        g.title = area.points > 0 ? tr("%1 (%2 points)").arg(area.name).arg(area.points) : area.name;
        for (int i = 0; i < m_checklist.items.size(); ++i) {
            if (m_checklist.items.at(i).areaId == area.id) {
                g.items.append(i);
                placed[i] = true;
            }
        }
        if (!g.items.isEmpty())
            m_groups.append(g);
    }
    // Items of a local template whose area the office forgot still have to be judged.
    Group rest{tr("Other items"), {}};
    for (int i = 0; i < placed.size(); ++i) {
        if (!placed.at(i))
            rest.items.append(i);
    }
    if (!rest.items.isEmpty())
        m_groups.append(rest);
}

void ChecklistModel::setVerdict(const Verdict &verdict)
{
    m_verdicts.insert(verdict.itemCode, verdict);
    emit dataChanged(indexOf(verdict.itemCode, ItemColumn), indexOf(verdict.itemCode, PointsColumn));
}

void ChecklistModel::clearVerdict(const QString &itemCode)
{
    m_verdicts.remove(itemCode);
    emit dataChanged(indexOf(itemCode, ItemColumn), indexOf(itemCode, PointsColumn));
}

const ChecklistItem *ChecklistModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return &m_checklist.items.at(g.items.at(index.row()));
}

const Verdict *ChecklistModel::verdict(const QString &itemCode) const
{
    auto it = m_verdicts.constFind(itemCode);
    return it == m_verdicts.cend() ? nullptr : &*it;
}

QModelIndex ChecklistModel::indexOf(const QString &itemCode, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &items = m_groups.at(g).items;
        for (int r = 0; r < items.size(); ++r) {
            if (m_checklist.items.at(items.at(r)).code == itemCode)
                return createIndex(r, column, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).items.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                                        : QModelIndex();
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == GroupId ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    return itemData(*item(index), index.column(), role);
}

QVariant ChecklistModel::groupData(const Group &group, int column, int role) const
{
    if (role == Qt::DisplayRole && column == ItemColumn)
        return group.title;
    if (role == Qt::DisplayRole && column == VerdictColumn) {
        const auto judged = std::count_if(group.items.cbegin(), group.items.cend(), [&](int i) {
            return m_verdicts.contains(m_checklist.items.at(i).code);
        });
        return tr("%1/%2 judged").arg(judged).arg(group.items.size());
    }
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ChecklistModel::itemData(const ChecklistItem &item, int column, int role) const
{
    const Verdict *v = verdict(item.code);
    switch (role) {
    case ItemCodeRole:
        return item.code;
    case UnverifiedRole:
        return item.unverified();
    case Qt::ToolTipRole:
        return itemToolTip(item);
    case Qt::ForegroundRole:
        if (column == VerdictColumn && v)
            return QBrush(v->value == VerdictValue::Fail   ? QColor(0xc6, 0x28, 0x28)
                          : v->value == VerdictValue::Pass ? QColor(0x2e, 0x7d, 0x32)
                                                           : QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case ItemColumn:
        // The mark tells the inspector at a glance that the item's wording or numbers are unverified.
        return QString(item.code + QStringLiteral("  ") + item.title +
                       (item.unverified() ? QStringLiteral(" *") : QString()));
    case VerdictColumn:
        return v ? VerdictValues.label(v->value) : tr("—");
    case PointsColumn:
        if (item.kind == ItemKind::Veto)
            return {};
        if (v && verdictCarriesPoints(item.kind, v->value) && v->points > 0)
            return (item.kind == ItemKind::Bonus ? tr("+%1 / %2") : tr("−%1 / %2"))
                .arg(v->points)
                .arg(item.points);
        return tr("%1 pts").arg(item.points);
    }
    return {};
}

QString ChecklistModel::itemToolTip(const ChecklistItem &item)
{
    QString tip = QStringLiteral("<b>%1 %2</b><p>%3</p>")
                      .arg(item.code, item.title.toHtmlEscaped(), item.text.toHtmlEscaped());
    if (!item.thresholds.isEmpty()) {
        tip += QStringLiteral("<p><b>%1</b><br>").arg(tr("Thresholds"));
        for (const ChecklistThreshold &t : item.thresholds) {
            const QString value = t.value.canConvert<QStringList>() && t.value.typeId() != QMetaType::QString
                                      ? t.value.toStringList().join(QStringLiteral("、"))
                                      : t.value.toString();
            tip += QStringLiteral("%1 %2 %3 %4%5<br>")
                       .arg(t.label.toHtmlEscaped(), t.comparison.toHtmlEscaped(), value.toHtmlEscaped(),
                            t.unit.toHtmlEscaped(),
                            t.verification == Verification::Reconstructed ? tr(" (unverified)") : QString());
        }
        tip += QStringLiteral("</p>");
    }
    if (!item.note.isEmpty())
        tip += QStringLiteral("<p><i>%1</i></p>").arg(item.note.toHtmlEscaped());
    if (!item.evidenceHints.isEmpty())
        tip += QStringLiteral("<p><b>%1</b><br>%2</p>")
                   .arg(tr("Evidence to capture"),
                        item.evidenceHints.join(QStringLiteral("<br>")).toHtmlEscaped());
    if (item.unverified())
        tip +=
            QStringLiteral("<p style='color:#b71c1c'>%1</p>")
                .arg(tr(
                    "Unverified: the reference marks this item or its numbers as reconstructed [R]. Check it "
                    "against the official document before relying on it; the office can correct it in a "
                    "local template."));
    return tip;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Indicator");
    case VerdictColumn:
        return tr("Verdict");
    case PointsColumn:
        return tr("Points");
    }
    return {};
}

} // namespace xj
