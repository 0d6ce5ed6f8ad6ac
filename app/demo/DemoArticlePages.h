// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContent.h"
#include "demo/DemoPageFrame.h"
#include "demo/DemoSiteFiles.h"

namespace xj {

/// Renders the paginated list pages of every article column (parents aggregate their children)
/// and every article page with its meta tags, text, picture, attachments and related links.
class DemoArticlePages
{
public:
    DemoArticlePages(const DemoSiteContent &content, const DemoPageFrame &frame);

    void render(DemoSiteFiles &files) const;

    /// Article paragraphs with their `{date}` filled from the publication date.
    static QStringList paragraphs(const DemoArticle &article);

private:
    void renderColumn(const DemoColumn &column, DemoSiteFiles &files) const;
    QString sideMenu(const QString &firstLevel) const;
    QString pager(const QString &folder, int page, int pages, int total) const;
    void renderArticle(const DemoArticle &article, DemoSiteFiles &files) const;
    QString publicListTable(const DemoPublicList &list) const;

    const DemoSiteContent &m_content;
    const DemoPageFrame &m_frame;
};

} // namespace xj
