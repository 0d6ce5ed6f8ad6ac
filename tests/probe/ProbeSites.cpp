// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeSites.h"

#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

qint64 addWebsite(const xj::Database &db, const QString &name, const QString &url, const QString &code,
                  xj::SiteStatus status)
{
    auto unit = xj::UnitRepository(db).findOrCreate(name + QStringLiteral("办公室"));
    if (!unit)
        return 0;
    xj::Site site;
    site.name = name;
    site.url = url;
    site.siteCode = code;
    site.unitId = unit.value();
    site.status = status;
    auto id = xj::SiteRepository(db).create(site);
    return id ? id.value() : 0;
}
