// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContent.h"

#include <QList>
#include <QString>

namespace xj {

/// One page before it gets the site's frame.
struct DemoPage
{
    QString path;           ///< site-relative: "zwdt/index.html"
    QString title;          ///< first part of <title>
    QString section;        ///< first-level column path, highlighted in the navigation; empty for none
    QList<DemoField> metas; ///< further <meta name content> tags: ColumnName, ArticleTitle, PubDate, …
    QString body;
};

/// Wraps page bodies in what every page of a government portal repeats: the head with the
/// SiteName / SiteDomain / SiteIDCode tags, the banner with the search box and the 找错 link, the
/// navigation, and the footer with 主办单位, 网站标识码, ICP, 公安备案 and the 党政机关 mark. The GBK
/// section gets its charset declaration here, and the identifier faults planted in it.
class DemoPageFrame
{
public:
    explicit DemoPageFrame(const DemoSiteContent &content);

    QString render(const DemoPage &page) const;
    /// 当前位置：首页 > … with links to the given columns.
    QString breadcrumb(const QString &columnPath, const QString &last = {}) const;

private:
    QString head(const DemoPage &page, bool gbk) const;
    QString banner() const;
    QString navigation(const QString &section) const;
    QString footer(bool gbk) const;

    const DemoSiteContent &m_content;
};

} // namespace xj
