// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContent.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoRandom.h"

namespace xj {

/// Writes the articles of every list column of a clean demo site: titles and text from the
/// corpus, dates counted back from `today` at the pace of each kind of column (news every day or
/// two, plans a few times a year), CMS-style ids, attachments, related links and one
/// de-identified 公示 list. Leaders must already be in the content, as news names them.
class DemoArticleBuilder
{
public:
    DemoArticleBuilder(const DemoCorpus &corpus, DemoSiteContent &content);

    void build();

private:
    /// How often a leaf column publishes, in days counted back from today.
    struct Schedule
    {
        const char *column;
        int percent; ///< share of DemoSiteSpec::articlePages
        int newestMin, newestMax, gapMin, gapMax;
    };

    void addColumn(const Schedule &schedule, int count);
    QString titleFor(const QString &column, const DemoVars &vars, DemoRandom &rng) const;
    QStringList bodyFor(DemoArticle &article, int sequence, DemoVars vars, DemoRandom &rng) const;
    QStringList newsBody(DemoArticle &article, int sequence, DemoVars &vars, DemoRandom &rng) const;
    DemoVars varsFor(QDate date, DemoRandom &rng) const;
    QString personName(DemoRandom &rng) const;
    void assignIds();
    void addRelatedLinks();
    void addPublicList(DemoRandom &rng);

    const DemoCorpus &m_corpus;
    DemoSiteContent &m_content;
};

} // namespace xj
