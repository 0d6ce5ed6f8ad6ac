// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoAnswerKey.h"
#include "demo/DemoContent.h"

#include <QSet>

#include <functional>

namespace xj {

/// Breaks a clean demo site on purpose: at least one problem of every category of indicators.md
/// §7 that a page can show (P01–P04, P07–P10, P12–P14, P16), each recorded with the page and the
/// exact text an inspector or a check should find. It changes the content only; the renderers
/// then write the broken site exactly as they write the clean one. This class breaks the
/// articles; DemoPageProblemPlanter the home page, the services and the site-wide parts.
class DemoProblemPlanter
{
public:
    explicit DemoProblemPlanter(DemoSiteContent &content);

    /// Plants every problem of the categories the spec chooses (all when it chooses none) and
    /// returns them in a stable order.
    QList<DemoProblem> plant();

    /// The categories a demo site can carry, in order: what DemoSiteSpec::categories may name.
    static QStringList plantableCategories();

private:
    void plantTypos();
    void plantTimeTravel();
    void plantBlankColumns();
    void plantStaleColumns();
    void plantDeadLinks();
    void plantPersonalData();

    /// The newest article of a column not used by another problem that passes `test`; -1 if none.
    int takeArticle(const QString &column, const std::function<bool(const DemoArticle &)> &test = {});
    /// Replaces the first `from` in an article's text; returns false when it does not occur.
    bool replaceInText(DemoArticle &article, const QString &from, const QString &to);
    /// Moves every article of a leaf column back so that its newest is `newestAge` days old.
    void ageColumn(const QString &column, int newestAge);
    void add(DemoProblem problem);

    DemoSiteContent &m_content;
    QList<DemoProblem> m_problems;
    QSet<int> m_used; ///< membership only; never iterated, so output order cannot depend on it
};

} // namespace xj
