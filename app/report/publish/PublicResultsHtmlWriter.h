// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/publish/PublicResults.h"

#include <QByteArray>
#include <QCoreApplication>

namespace xj {

/// Writes public results as one standalone web page for the office's portal: UTF-8, the style
/// inline, no script and nothing loaded from elsewhere, so it can be uploaded as it is and prints
/// on A4 landscape with the table header on every page. The markup is well-formed XHTML written
/// with QXmlStreamWriter, so every text is escaped and the page can be read back as XML.
class PublicResultsHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::PublicResultsHtmlWriter)
public:
    static QByteArray html(const PublicResults &results);
    /// Writes the page; an existing file is replaced only once the new one is complete.
    static Status write(const PublicResults &results, const QString &path);
};

} // namespace xj
