// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xj {

class Database;

/// One entry an office added to the checks' word lists.
struct DictionaryEntry
{
    enum class List { Protected, Allow, Confusion, Host };
    qint64 id = 0;
    List list = List::Protected;
    qint64 siteId = 0; ///< 0: every site
    QString checkId;   ///< allow-list: the check it silences; empty: every check
    QString term;
    QString detail; ///< protected: person/organisation/political; confusion: the right form
    QString title;  ///< protected persons: the title they hold
    QString note;
};

/// The office's protected terms, allow-lists, confusion pairs and allowed hosts, kept in the
/// database so they travel with the data folder. Every change is one transaction.
class DictionaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::DictionaryRepository)
public:
    explicit DictionaryRepository(const Database &database);

    static QString listCode(DictionaryEntry::List list);

    Result<QList<DictionaryEntry>> all() const;
    Result<QList<DictionaryEntry>> entries(DictionaryEntry::List list) const;
    /// Adds the entry (or, when the same term is already there, updates its detail, title and
    /// note); returns its id.
    Result<qint64> save(const DictionaryEntry &entry) const;
    /// Many entries in one transaction: all of them or none.
    Status saveAll(const QList<DictionaryEntry> &entries) const;
    Status remove(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace xj
