// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Site.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace xj {

class Database;

/// Websites and new-media accounts in the registry. Every write is one transaction; duplicates
/// (same URL, same 网站标识码, same account on a platform) are refused with a message naming the
/// existing record.
class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::SiteRepository)
public:
    explicit SiteRepository(const Database &database);

    Result<QList<Site>> all() const;
    Result<Site> get(qint64 id) const;

    /// The existing site `site` would duplicate, if any (ignoring `site.id` itself).
    Result<std::optional<Site>> findDuplicate(const Site &site) const;
    /// Why `site` would duplicate `existing`, for messages.
    static QString duplicateReason(const Site &site, const Site &existing);

    Result<qint64> create(const Site &site) const;
    Status update(const Site &site) const;
    Status setLastUrl(qint64 id, const QString &url) const;
    /// The portal a department site belongs to (0: none).
    Status setParent(qint64 id, qint64 parentSiteId) const;
    /// Moves the site and everything recorded on it from one address prefix to another, e.g. when a
    /// demo site has to be served on a different local port.
    Status rebaseUrls(qint64 id, const QString &oldPrefix, const QString &newPrefix) const;

    /// Verdicts and findings recorded for the site in any round.
    Result<int> recordCount(qint64 id) const;
    /// Deletes the site; with `withRecords` also its verdicts and findings, otherwise refused while
    /// there are any.
    Status remove(qint64 id, bool withRecords = false) const;

private:
    Status validate(const Site &site) const;

    const Database &m_db;
};

} // namespace xj
