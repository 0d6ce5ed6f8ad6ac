// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContent.h"
#include "demo/DemoPageFrame.h"
#include "demo/DemoSiteFiles.h"

namespace xj {

/// Renders the columns that are not article lists: 领导之窗 (leaders with photos, résumés and
/// 分管工作), 互动交流 (the message board, in GBK) and 办事指南 (guides with the ten key elements
/// and their form downloads).
class DemoServicePages
{
public:
    DemoServicePages(const DemoSiteContent &content, const DemoPageFrame &frame);

    void render(DemoSiteFiles &files) const;

private:
    void renderLeaders(DemoSiteFiles &files) const;
    void renderMessageBoard(DemoSiteFiles &files) const;
    void renderMessage(const DemoMessage &message, DemoSiteFiles &files) const;
    void renderGuides(DemoSiteFiles &files) const;
    DemoPage columnPage(const QString &path, const QString &column, const QString &title) const;

    const DemoSiteContent &m_content;
    const DemoPageFrame &m_frame;
};

} // namespace xj
