// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SiteScanSettingsRepository.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace xj {

SiteScanSettingsRepository::SiteScanSettingsRepository(const Database &database)
    : m_db(database)
{}

Result<CrawlSettings> SiteScanSettingsRepository::settingsFor(qint64 siteId) const
{
    auto rows = m_db.selectAll(QStringLiteral("SELECT settings FROM site_scan_settings WHERE site_id = ?"),
                               {siteId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return CrawlSettings{};
    return CrawlSettings::fromJson(QJsonDocument::fromJson(rows.value().first().toUtf8()).object());
}

Status SiteScanSettingsRepository::save(qint64 siteId, const CrawlSettings &settings) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO site_scan_settings (site_id, settings) VALUES (?, ?) "
                       "ON CONFLICT (site_id) DO UPDATE SET settings = excluded.settings"),
        {siteId, QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact))});
    return q ? Status::success() : Status(q.error());
}

} // namespace xj
