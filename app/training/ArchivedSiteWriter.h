// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace xj {

class MhtmlDocument;

/// Unpacks a saved web page (an MHTML archive from the evidence store) into static files under a
/// site folder, so that the page loads from 127.0.0.1 with no network: the page at the path of its
/// address, its resources from the same host at their own paths, resources from other hosts under
/// `/_external/<host>/…` (the page's references to them rewritten). The page's bytes are kept as
/// they were saved, so its charset declaration stays right. Nothing is ever written outside the
/// site folder: a part whose address does not map to a plain relative path is left out.
class ArchivedSiteWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::ArchivedSiteWriter)
public:
    static inline const QString ExternalFolder = QStringLiteral("_external");

    /// Writes the archive and returns the page's site-relative path ("/zwgk/index.html").
    static Result<QString> write(const QByteArray &mhtml, const QString &siteFolder);
    static Result<QString> write(const MhtmlDocument &archive, const QString &siteFolder);

    /// Where the archived page itself goes: its address's path, "index.html" added to a folder, and
    /// ".html" to a name without that suffix (the local server serves by suffix); a query string
    /// becomes part of the name so two pages of one script stay apart. Empty when unsafe.
    static QString pagePath(const QUrl &url);
    /// Where a resource goes: its path ("index.html" added to a folder), the query dropped; under
    /// `/_external/<host>` when `external`. Empty when unsafe.
    static QString resourcePath(const QUrl &url, bool external);

    /// Writes one file at a site-relative path ("/a/b.html"), creating its folders.
    static Status writeFile(const QString &siteFolder, const QString &sitePath, const QByteArray &bytes);

private:
    /// "/a/b" from a decoded path whose every segment is a plain file name; empty otherwise.
    static QString safePath(const QString &decodedPath);
    static QByteArray rewriteReferences(QByteArray html, const QUrl &from, const QString &to);
    static QByteArray withCharsetDeclared(const QByteArray &html, const QString &charset);
};

} // namespace xj
