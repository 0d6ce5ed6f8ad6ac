// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoAnswerKey.h"
#include "demo/DemoContent.h"

namespace xj {

/// The half of the planted problems that live outside the articles: dead links and hidden links
/// on the home page and list pages, the 互动交流 board, an incomplete 办事指南, the search page,
/// the identifiers of the GBK section and a commercial advertisement. DemoProblemPlanter runs it.
class DemoPageProblemPlanter
{
public:
    explicit DemoPageProblemPlanter(DemoSiteContent &content);

    QList<DemoProblem> plant();

private:
    void plantHomeLinks();
    void plantHiddenLinks();
    void plantMessageProblems();
    void plantServiceGuide();
    void plantSearch();
    void plantIdentifierProblems();
    void plantAdvertisement();

    DemoSiteContent &m_content;
    QList<DemoProblem> m_problems;
};

} // namespace xj
