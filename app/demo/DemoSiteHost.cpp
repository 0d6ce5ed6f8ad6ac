// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSiteHost.h"

#include "core/Logging.h"
#include "demo/DemoWorkspace.h"
#include "net/StaticFileServer.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QFileInfo>

namespace xj {

DemoSiteHost::DemoSiteHost() = default;

DemoSiteHost::~DemoSiteHost()
{
    stop();
}

void DemoSiteHost::stop()
{
    m_servers.clear();
}

Result<QList<DemoSiteHost::Served>> DemoSiteHost::start(const Database &database)
{
    stop();
    auto entries = DemoWorkspace::entries(database);
    if (!entries)
        return entries.error();
    const QDir dataFolder = QFileInfo(database.path()).absoluteDir();
    QList<Served> served;
    QList<DemoSiteEntry> updated = entries.value();
    bool moved = false;
    for (DemoSiteEntry &entry : updated) {
        const QString folder = dataFolder.filePath(entry.folder);
        if (!QFileInfo(folder).isDir())
            return Error{
                tr("The demo site folder %1 is missing. Delete the data folder's database to create the "
                   "demo again, or use another data folder.")
                    .arg(QDir::toNativeSeparators(folder)),
                {}};
        auto server = std::make_unique<StaticFileServer>(folder);
        if (Status s = server->listen(entry.port); !s) {
            qCInfo(lcDemo) << "port" << entry.port << "is taken; serving" << entry.folder << "on a free port";
            if (Status any = server->listen(0); !any)
                return any.error();
            const QString oldBase = QStringLiteral("http://127.0.0.1:%1/").arg(entry.port);
            if (Status r =
                    SiteRepository(database).rebaseUrls(entry.siteId, oldBase, server->baseUrl().toString());
                !r)
                return r.error();
            entry.port = server->port();
            moved = true;
        }
        served.append({entry.siteId, server->baseUrl()});
        m_servers.push_back(std::move(server));
    }
    if (moved) {
        if (Status s = DemoWorkspace::saveEntries(database, updated); !s)
            return s.error();
    }
    return served;
}

} // namespace xj
