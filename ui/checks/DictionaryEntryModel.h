// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DictionaryRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xj {

/// One of an office's word lists (protected terms, allow-list, trusted hosts) as a table.
class DictionaryEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DictionaryEntryModel)
public:
    enum Column { TermColumn, DetailColumn, ScopeColumn, NoteColumn, ColumnCount };

    DictionaryEntryModel(DictionaryEntry::List list, QObject *parent = nullptr);

    DictionaryEntry::List list() const { return m_list; }
    void setEntries(const QList<DictionaryEntry> &entries, const QHash<qint64, QString> &siteNames);
    const DictionaryEntry &at(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DictionaryEntry::List m_list;
    QList<DictionaryEntry> m_entries;
    QHash<qint64, QString> m_siteNames;
};

} // namespace xj
