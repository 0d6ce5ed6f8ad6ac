// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContent.h"
#include "demo/DemoSiteFiles.h"

namespace xj {

/// Writes everything of a demo site that is not a page: the style sheet, the search script, SVG
/// pictures (logo, 党政机关 mark, leader photos, news pictures) and the downloadable attachments.
/// Attachments are small but real files: a one-page PDF and an RTF document saved as .doc, which
/// word processors open, since only their presence and type matter to a link check.
class DemoAssets
{
public:
    explicit DemoAssets(const DemoSiteContent &content);

    void render(DemoSiteFiles &files) const;

    static QByteArray placeholderPdf(const QString &title);
    static QByteArray placeholderRtf(const QString &title, const QStringList &lines);

private:
    void addAttachment(const DemoAttachment &attachment, DemoSiteFiles &files) const;
    QString newsPicture(int id) const;
    static QString leaderPhoto(int number);
    static QString styleSheet();
    static QString searchScript();

    const DemoSiteContent &m_content;
};

} // namespace xj
