// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <memory>
#include <vector>

namespace xj {

class Database;
class StaticFileServer;

/// Serves the demo sites of a demo workspace on 127.0.0.1 while the workbench runs. Each site keeps
/// the port recorded at creation; when that port is taken (another Xunjian, another program) it is
/// served on a free one and its addresses in the registry and in the findings move with it.
class DemoSiteHost
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoSiteHost)
public:
    struct Served
    {
        qint64 siteId = 0;
        QUrl url;
    };

    DemoSiteHost();
    ~DemoSiteHost();
    Q_DISABLE_COPY_MOVE(DemoSiteHost)

    /// Starts a server per demo site recorded in `database`; folders are relative to the database's
    /// data folder. Nothing to serve is not an error.
    Result<QList<Served>> start(const Database &database);
    void stop();

private:
    std::vector<std::unique_ptr<StaticFileServer>> m_servers;
};

} // namespace xj
