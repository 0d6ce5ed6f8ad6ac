// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContent.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoRandom.h"

namespace xj {

/// Builds the clean demo site as data: the column tree, 领导之窗, the articles (through
/// DemoArticleBuilder), the 互动交流 messages, the 办事指南 with their ten key elements, and the
/// home page's link lists. Everything is drawn from the corpus with generators forked from the
/// seed, so one part's content never shifts another's.
class DemoContentBuilder
{
public:
    DemoContentBuilder(const DemoSiteSpec &spec, const DemoCorpus &corpus);

    DemoSiteContent build();

private:
    void addColumns();
    void addLeaders();
    void addMessages();
    void addGuides();
    void addLinks();

    const DemoCorpus &m_corpus;
    DemoSiteContent m_content;
};

} // namespace xj
