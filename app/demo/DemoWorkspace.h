// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DataDirectory.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace xj {

class Database;

/// A demo site of a demo workspace: which registry entry it is, where its files are (relative to
/// the data folder) and the port it prefers on 127.0.0.1.
struct DemoSiteEntry
{
    qint64 siteId = 0;
    QString folder;
    quint16 port = 0;
};

/// The ready-made demo that makes Xunjian useful offline on its first start: two generated county
/// websites (one with planted problems, one clean) in the data folder, a registry of units, websites
/// and new-media accounts, and a quarterly round with some verdicts and findings already recorded.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoWorkspace)
public:
    /// Where the list of demo sites is kept in app_meta.
    static inline const QString MetaKey = QStringLiteral("demo.sites");
    static constexpr quint16 FirstPort = 18460;

    /// Creates the demo in an empty database (refused when it already has sites). `progress` is
    /// called with (done, total) steps. Everything written to the database is one transaction.
    static Result<QList<DemoSiteEntry>> create(const Database &database, const DataDirectory &dataDirectory,
                                               const QDate &today,
                                               const std::function<void(int, int)> &progress = {});

    /// The demo sites recorded in the database (none for an office's real workspace).
    static Result<QList<DemoSiteEntry>> entries(const Database &database);
    static Status saveEntries(const Database &database, const QList<DemoSiteEntry> &entries);
};

} // namespace xj
