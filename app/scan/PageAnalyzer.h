// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"
#include "checks/CheckEngine.h"
#include "model/Site.h"

#include <QDate>
#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace xj {

/// A link found on a crawled page, resolved against the page's address.
struct DiscoveredLink
{
    QUrl url;
    QString tag; ///< a, img, script, link, iframe, …
    QString anchor;
};

/// Everything a scan keeps from reading one page.
struct PageAnalysis
{
    QString title;
    QString charset;
    QString decodeError;       ///< the page could not be decoded; nothing else is filled
    bool notFoundText = false; ///< the page says it does not exist (页面不存在, 404, …)
    QList<DiscoveredLink> links;
    QJsonObject facts;     ///< column and message facts, as stored in scan_urls.facts
    Candidates candidates; ///< what the page checks found
};

/// Reads one crawled page: decodes it (BOM, header, meta; GBK/GB18030/Big5/UTF-8), builds the
/// static snapshot, lists its links, recognises column lists and message boards, and runs the
/// automated page checks. Pure and const, so pages are read on worker threads while the network
/// goes on.
class PageAnalyzer
{
public:
    struct Context
    {
        QDate inspectionDate;
        Site site;
        QString parentPortalHost;
        bool runPageChecks = true;
    };

    PageAnalyzer(std::shared_ptr<const CheckEngine> engine, CheckOptions options, Context context);

    PageAnalysis analyze(const QUrl &url, const QByteArray &body, const QByteArray &contentType) const;

    /// Whether a page's title or short text says the page is missing (a "soft 404").
    static bool saysNotFound(const QString &title, const QString &text);

private:
    std::shared_ptr<const CheckEngine> m_engine;
    CheckOptions m_options;
    Context m_context;
};

} // namespace xj
