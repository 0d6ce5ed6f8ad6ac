// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContent.h"
#include "demo/DemoPageFrame.h"
#include "demo/DemoSiteFiles.h"

namespace xj {

/// Renders the site-wide pages: the home page (news and notice blocks, policies, services,
/// leaders, messages, special topics, friend links), the search page with its client-side index,
/// the site map, 关于本网 and 联系我们.
class DemoHomePages
{
public:
    DemoHomePages(const DemoSiteContent &content, const DemoPageFrame &frame);

    void render(DemoSiteFiles &files) const;

private:
    QString block(const QString &title, const QString &moreHref, const QString &items,
                  const QString &cssClass = {}) const;
    QString newestItems(const QString &column, int count) const;
    QString homeBody() const;
    void renderSearch(DemoSiteFiles &files) const;
    void renderSiteMap(DemoSiteFiles &files) const;
    void renderInfoPages(DemoSiteFiles &files) const;

    const DemoSiteContent &m_content;
    const DemoPageFrame &m_frame;
};

} // namespace xj
