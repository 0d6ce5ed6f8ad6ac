// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace xj {

/// Maps a request target to a file under one root folder, refusing anything that could leave it:
/// `..` segments (also percent-encoded), backslashes, NUL bytes, invalid UTF-8, and symbolic links
/// that point outside the root. Directories are served through their index.html.
class StaticFileResolver
{
public:
    struct Resolution
    {
        int status = 404;    ///< 200, 301, 400, 403 or 404
        QString filePath;    ///< the file to send, when 200
        QByteArray location; ///< where to redirect, when 301
    };

    explicit StaticFileResolver(const QString &rootPath);

    QString rootPath() const { return m_root; }
    Resolution resolve(const QByteArray &target) const;

    /// The Content-Type for a file name. HTML goes without a charset parameter on purpose: the
    /// demo site mixes UTF-8 and GBK pages, and each declares its own with <meta charset>.
    static QByteArray contentType(const QString &fileName);

private:
    bool isInsideRoot(const QString &canonicalPath) const;

    QString m_root; ///< canonical, empty when the folder does not exist
};

} // namespace xj
