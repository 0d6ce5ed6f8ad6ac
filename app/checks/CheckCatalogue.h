// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xj {

/// The stable check ids with the checklist item and problem category each counts against, and a
/// name for menus and exports. Ids never change once released: exports and dismissals use them.
class CheckCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(xj::CheckCatalogue)
public:
    struct Entry
    {
        const char *id;
        const char *itemCode; ///< national website checklist (resources/checklists)
        const char *category; ///< indicators.md §7
        const char *group;    ///< for the checks menu: typo, date, privacy, identifier, hijack, security
        const char *name;     ///< English source text, translated with tr()
    };

    static const QList<Entry> &entries();
    static const Entry *find(const QString &id);
    static QString name(const QString &id);
    static QString groupName(const QString &group);
    static QStringList ids();
    /// Whether the entry is a check of one page (run by the engine and switched in the checks menu)
    /// rather than a site-wide finding of the scanner (links, columns, messages, availability).
    static bool isPageCheck(const Entry &entry);
};

} // namespace xj
