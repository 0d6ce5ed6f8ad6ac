// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DictionaryEntryModel.h"

#include "checks/CheckCatalogue.h"

namespace xj {

DictionaryEntryModel::DictionaryEntryModel(DictionaryEntry::List list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_list(list)
{}

void DictionaryEntryModel::setEntries(const QList<DictionaryEntry> &entries,
                                      const QHash<qint64, QString> &siteNames)
{
    beginResetModel();
    m_entries.clear();
    for (const DictionaryEntry &e : entries) {
        if (e.list == m_list)
            m_entries.append(e);
    }
    m_siteNames = siteNames;
    endResetModel();
}

int DictionaryEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DictionaryEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DictionaryEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const DictionaryEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case TermColumn:
        return e.term;
    case DetailColumn:
        if (m_list == DictionaryEntry::List::Protected) {
            if (e.detail == QLatin1String("person"))
                return e.title.isEmpty() ? tr("Person") : tr("Person: %1").arg(e.title);
            return e.detail == QLatin1String("organisation") ? tr("Organisation") : tr("Fixed term");
        }
        if (m_list == DictionaryEntry::List::Allow)
            return e.checkId.isEmpty() ? tr("Every check") : CheckCatalogue::name(e.checkId);
        return e.detail;
    case ScopeColumn:
        return e.siteId == 0 ? tr("Every site") : m_siteNames.value(e.siteId, tr("Site %1").arg(e.siteId));
    case NoteColumn:
        return e.note;
    default:
        return {};
    }
}

QVariant DictionaryEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TermColumn:
        return m_list == DictionaryEntry::List::Host ? tr("Host") : tr("Text");
    case DetailColumn:
        return m_list == DictionaryEntry::List::Allow ? tr("For") : tr("Kind");
    case ScopeColumn:
        return tr("Where");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace xj
