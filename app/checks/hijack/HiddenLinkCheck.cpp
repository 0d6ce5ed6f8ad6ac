// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/hijack/HiddenLinkCheck.h"

#include "checks/CheckContext.h"

namespace xj {

namespace {

const QString checkId = QStringLiteral("hijack.hidden_link");

bool isHyperlink(const LinkFact &link)
{
    return link.tag == QLatin1String("a") || link.tag == QLatin1String("area");
}

} // namespace

QStringList HiddenLinkCheck::checkIds() const
{
    return {checkId};
}

QString HiddenLinkCheck::describe(Concealments how)
{
    QStringList reasons;
    if (how & Concealment::DisplayNone)
        reasons << tr("display:none");
    if (how & Concealment::VisibilityHidden)
        reasons << tr("visibility:hidden");
    if (how & Concealment::ZeroSize)
        reasons << tr("zero size");
    if (how & Concealment::OffScreen)
        reasons << tr("off screen");
    if (how & Concealment::FontSizeZero)
        reasons << tr("font size 0");
    if (how & Concealment::SameColour)
        reasons << tr("same colour as background");
    if (how & Concealment::TinyOverflowBox)
        reasons << tr("clipped in a tiny box");
    if (how & Concealment::Transparent)
        reasons << tr("transparent");
    return reasons.join(tr(", "));
}

double HiddenLinkCheck::confidence(Concealments how)
{
    const Concealments blunt = Concealment::DisplayNone | Concealment::OffScreen | Concealment::ZeroSize |
                               Concealment::FontSizeZero | Concealment::SameColour;
    return (how & blunt) ? 0.95 : 0.8;
}

void HiddenLinkCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    for (const LinkFact &link : page.links) {
        if (!isHyperlink(link) || link.concealed == Concealment::None)
            continue;
        const QString host = link.url.host();
        // No host: a relative link (resolved to the page's host anyway), mailto:, javascript:.
        if (host.isEmpty() || context.isHostAllowed(host, page))
            continue;
        Candidate c;
        c.checkId = checkId;
        c.text = link.rawUrl;
        c.selector = link.selector;
        c.box = link.box;
        c.confidence = confidence(link.concealed);
        const QString anchor = link.text.simplified();
        c.message = anchor.isEmpty()
                        ? tr("Hidden link (%1) to %2, another site.").arg(describe(link.concealed), host)
                        : tr("Hidden link “%1” (%2) to %3, another site.")
                              .arg(anchor, describe(link.concealed), host);
        out.append(c);
    }
}

} // namespace xj
