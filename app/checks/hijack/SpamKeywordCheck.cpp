// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/hijack/SpamKeywordCheck.h"

#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageSnapshot.h"
#include "checks/hijack/HiddenLinkCheck.h"

#include <QHash>

#include <algorithm>

namespace xj {

namespace {

const QString checkId = QStringLiteral("hijack.spam_keyword");

/// Where an off-site link's anchor text sits inside its block's text.
struct AnchorSpan
{
    qsizetype from = 0;
    qsizetype to = 0;
    const LinkFact *link = nullptr;
};

/// Hits without the shorter ones inside a longer hit ("博彩" inside "网络博彩"): one word, one
/// candidate.
QList<KeywordMatcher::Hit> outermostHits(const KeywordMatcher &matcher, QStringView text)
{
    QList<KeywordMatcher::Hit> hits = matcher.find(text);
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
    });
    QList<KeywordMatcher::Hit> kept;
    qsizetype end = 0;
    for (const auto &h : std::as_const(hits)) {
        if (h.offset + h.length <= end)
            continue;
        kept.append(h);
        end = h.offset + h.length;
    }
    return kept;
}

} // namespace

QStringList SpamKeywordCheck::checkIds() const
{
    return {checkId};
}

QString SpamKeywordCheck::categoryName(const QString &category)
{
    if (category == QLatin1String("gambling"))
        return tr("Gambling");
    if (category == QLatin1String("porn"))
        return tr("Pornographic");
    if (category == QLatin1String("drugs"))
        return tr("Drug");
    if (category == QLatin1String("fraud"))
        return tr("Fraud or illegal-service");
    if (category == QLatin1String("ad"))
        return tr("Commercial advertising");
    if (category == QLatin1String("seo"))
        return tr("Black-hat SEO");
    return tr("Spam");
}

void SpamKeywordCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    const KeywordMatcher &matcher = context.dictionaries().spamKeywords();
    if (matcher.isEmpty())
        return;

    // Anchor texts of links to other sites: placed in their block when the text is found there,
    // so a hit is reported once, with the block position; read on their own otherwise.
    QHash<int, QList<AnchorSpan>> anchors;
    QList<const LinkFact *> unplaced;
    for (const LinkFact &link : page.links) {
        if (link.tag != QLatin1String("a") && link.tag != QLatin1String("area"))
            continue;
        const QString host = link.url.host();
        const QString anchor = link.text.simplified();
        if (anchor.isEmpty() || host.isEmpty() || context.isHostAllowed(host, page))
            continue;
        const qsizetype at = link.block >= 0 && link.block < page.blocks.size()
                                 ? page.blocks.at(link.block).text.indexOf(anchor)
                                 : -1;
        if (at >= 0)
            anchors[link.block].append({at, at + anchor.size(), &link});
        else
            unplaced.append(&link);
    }

    QHash<int, int> reported; // keyword index → candidates so far
    auto add = [&](const KeywordMatcher::Hit &hit, const QString &text, Candidate c, const QString &where) {
        int &count = reported[hit.keyword];
        if (count >= maximumHitsPerKeyword)
            return;
        ++count;
        const KeywordMatcher::Keyword &k = matcher.keywords().at(hit.keyword);
        c.checkId = checkId;
        c.text = text.mid(hit.offset, hit.length);
        c.message = tr("%1 word “%2” %3.").arg(categoryName(k.category), c.text, where);
        out.append(c);
    };

    for (int b = 0; b < page.blocks.size(); ++b) {
        const TextBlock &block = page.blocks.at(b);
        const QList<AnchorSpan> spans = anchors.value(b);
        for (const auto &hit : outermostHits(matcher, block.text)) {
            const auto span = std::find_if(spans.cbegin(), spans.cend(), [&](const AnchorSpan &s) {
                return hit.offset >= s.from && hit.offset + hit.length <= s.to;
            });
            const LinkFact *link = span == spans.cend() ? nullptr : span->link;
            const Concealments hidden = block.concealed | (link ? link->concealed : Concealments());
            Candidate c;
            c.block = b;
            c.offset = hit.offset;
            c.length = hit.length;
            c.selector = link ? link->selector : block.selector;
            c.box = link ? link->box : block.box;
            c.confidence = (link || hidden != Concealment::None) ? 0.9 : 0.75;
            QString where;
            if (link && hidden != Concealment::None)
                where = tr("in a hidden link (%1) to %2")
                            .arg(HiddenLinkCheck::describe(hidden), link->url.host());
            else if (link)
                where = tr("in a link to %1, another site").arg(link->url.host());
            else if (hidden != Concealment::None)
                where = tr("in hidden text (%1)").arg(HiddenLinkCheck::describe(hidden));
            else
                where = tr("in the page text");
            add(hit, block.text, c, where);
        }
    }

    for (const LinkFact *link : std::as_const(unplaced)) {
        const QString anchor = link->text.simplified();
        for (const auto &hit : outermostHits(matcher, anchor)) {
            Candidate c;
            c.selector = link->selector;
            c.box = link->box;
            c.confidence = 0.9;
            add(hit, anchor, c, tr("in a link to %1, another site").arg(link->url.host()));
        }
    }

    // Hijackers rewrite the title and keywords so that search results show their words while the
    // page body looks untouched.
    const QList<std::pair<QString, QString>> heads{
        {page.title, QStringLiteral("title")},
        {page.meta(QStringLiteral("keywords")), QStringLiteral("meta[name=\"keywords\"]")},
        {page.meta(QStringLiteral("description")), QStringLiteral("meta[name=\"description\"]")},
    };
    for (const auto &[text, selector] : heads) {
        for (const auto &hit : outermostHits(matcher, text)) {
            Candidate c;
            c.selector = selector;
            c.confidence = 0.9;
            add(hit, text, c,
                selector == QLatin1String("title") ? tr("in the page title") : tr("in the page's meta tags"));
        }
    }
}

} // namespace xj
