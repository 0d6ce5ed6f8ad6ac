// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DismissalRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QUrl>

namespace xj {

DismissalRepository::DismissalRepository(const Database &database)
    : m_db(database)
{}

QString DismissalRepository::pageKey(const QString &pageUrl)
{
    QUrl url(pageUrl);
    url.setFragment(QString());
    return url.toString();
}

Status DismissalRepository::dismiss(qint64 siteId, const QString &pageUrl, const QString &checkId,
                                    const QString &text, const QString &inspector) const
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO candidate_dismissals (site_id, page_url, check_id, text, inspector) "
                       "VALUES (?,?,?,?,?) ON CONFLICT (page_url, check_id, text) DO NOTHING"),
        {idOrNull(siteId), pageKey(pageUrl), checkId, text, inspector});
    return q ? Status::success() : Status(q.error());
}

Result<QSet<QString>> DismissalRepository::keysFor(const QString &pageUrl) const
{
    auto rows =
        m_db.selectAll(QStringLiteral("SELECT check_id, text FROM candidate_dismissals WHERE page_url = ?"),
                       {pageKey(pageUrl)}, [](const QSqlQuery &q) -> QString {
                           return q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString();
                       });
    if (!rows)
        return rows.error();
    return QSet<QString>(rows.value().cbegin(), rows.value().cend());
}

Status DismissalRepository::clear(const QString &pageUrl) const
{
    auto q =
        m_db.exec(QStringLiteral("DELETE FROM candidate_dismissals WHERE page_url = ?"), {pageKey(pageUrl)});
    return q ? Status::success() : Status(q.error());
}

} // namespace xj
