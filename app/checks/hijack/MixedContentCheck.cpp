// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/hijack/MixedContentCheck.h"

#include "checks/PageSnapshot.h"

#include <QRegularExpression>

namespace xj {

namespace {

const QString checkId = QStringLiteral("security.mixed_content");

enum class Kind { NotLoaded, Script, Stylesheet, Frame, Plugin, Form, Image, Media };

/// LinkFact has no `rel`, so a <link> is taken as a stylesheet when its selector or address says
/// so, and as an icon when it points at an image; canonical, alternate and the like load nothing.
Kind linkElementKind(const LinkFact &link)
{
    static const QRegularExpression stylesheet(QStringLiteral("stylesheet|\\.css$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression icon(QStringLiteral("\\.(ico|png|gif|jpe?g|svg|webp)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString path = link.url.path();
    if (stylesheet.match(link.selector).hasMatch() || stylesheet.match(path).hasMatch())
        return Kind::Stylesheet;
    if (icon.match(path).hasMatch())
        return Kind::Image;
    return Kind::NotLoaded;
}

Kind kindOf(const LinkFact &link)
{
    const QString &t = link.tag;
    if (t == QLatin1String("script"))
        return Kind::Script;
    if (t == QLatin1String("link"))
        return linkElementKind(link);
    if (t == QLatin1String("iframe") || t == QLatin1String("frame"))
        return Kind::Frame;
    if (t == QLatin1String("embed") || t == QLatin1String("object"))
        return Kind::Plugin;
    if (t == QLatin1String("form"))
        return Kind::Form;
    if (t == QLatin1String("img"))
        return Kind::Image;
    if (t == QLatin1String("source") || t == QLatin1String("audio") || t == QLatin1String("video") ||
        t == QLatin1String("track"))
        return Kind::Media;
    return Kind::NotLoaded;
}

} // namespace

QStringList MixedContentCheck::checkIds() const
{
    return {checkId};
}

void MixedContentCheck::run(const PageSnapshot &page, const CheckContext &, Candidates &out) const
{
    if (page.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return;
    for (const LinkFact &link : page.links) {
        // Resolved, so "//cdn.x/a.js" and relative addresses (both https here) are not reported.
        if (link.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
            continue;
        const Kind kind = kindOf(link);
        if (kind == Kind::NotLoaded)
            continue;
        Candidate c;
        c.checkId = checkId;
        c.text = link.rawUrl;
        c.selector = link.selector;
        c.box = link.box;
        // Browsers block active content outright (the page breaks, or a form posts in clear text);
        // images and media are only shown with a warning.
        c.confidence = (kind == Kind::Image || kind == Kind::Media) ? 0.7 : 0.9;
        switch (kind) {
        case Kind::Script:
            c.message = tr("A script is loaded over plain HTTP on this HTTPS page.");
            break;
        case Kind::Stylesheet:
            c.message = tr("A style sheet is loaded over plain HTTP on this HTTPS page.");
            break;
        case Kind::Frame:
            c.message = tr("A frame shows a plain HTTP page inside this HTTPS page.");
            break;
        case Kind::Plugin:
            c.message = tr("An embedded object is loaded over plain HTTP on this HTTPS page.");
            break;
        case Kind::Form:
            c.message = tr("A form on this HTTPS page sends what is typed over plain HTTP.");
            break;
        case Kind::Image:
            c.message = tr("An image is loaded over plain HTTP on this HTTPS page.");
            break;
        case Kind::Media:
            c.message = tr("Audio or video is loaded over plain HTTP on this HTTPS page.");
            break;
        case Kind::NotLoaded:
            break;
        }
        out.append(c);
    }
}

} // namespace xj
