// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/StaticFileResolver.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

namespace xj {

namespace {

// Decodes %XX escapes; a '%' not followed by two hex digits makes the target invalid.
bool percentDecode(const QByteArray &in, QByteArray &out)
{
    out.clear();
    out.reserve(in.size());
    auto hex = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '%') {
            out.append(in.at(i));
            continue;
        }
        if (i + 2 >= in.size() || hex(in.at(i + 1)) < 0 || hex(in.at(i + 2)) < 0)
            return false;
        out.append(char(hex(in.at(i + 1)) * 16 + hex(in.at(i + 2))));
        i += 2;
    }
    return true;
}

} // namespace

StaticFileResolver::StaticFileResolver(const QString &rootPath)
    : m_root(QFileInfo(rootPath).canonicalFilePath())
{}

bool StaticFileResolver::isInsideRoot(const QString &canonicalPath) const
{
    return !m_root.isEmpty() &&
           (canonicalPath == m_root || canonicalPath.startsWith(m_root + QLatin1Char('/')));
}

StaticFileResolver::Resolution StaticFileResolver::resolve(const QByteArray &target) const
{
    Resolution r;
    QByteArray path = target;
    // Absolute form (RFC 9112 §3.2.2): servers must accept it; only the path matters here.
    if (path.startsWith("http://") || path.startsWith("https://")) {
        const qsizetype slash = path.indexOf('/', path.indexOf("//") + 2);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    if (!path.startsWith('/')) {
        r.status = 400;
        return r;
    }
    const qsizetype query = path.indexOf('?');
    const QByteArray rawPath = query < 0 ? path : path.left(query);

    QByteArray decoded;
    if (!percentDecode(rawPath, decoded) || decoded.contains('\0') || decoded.contains('\\')) {
        r.status = 400;
        return r;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(decoded);
    if (utf8.hasError()) {
        r.status = 400;
        return r;
    }
    QStringList segments;
    for (const QString &segment : text.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..") || segment == QLatin1String(".")) {
            r.status = 403;
            return r;
        }
        segments.append(segment);
    }
    if (m_root.isEmpty())
        return r;

    QFileInfo info(m_root + QLatin1Char('/') + segments.join(QLatin1Char('/')));
    if (info.isDir()) {
        if (!rawPath.endsWith('/')) {
            // Relative links on the index page only work from the folder URL with its slash.
            r.status = 301;
            r.location = rawPath + '/' + (query < 0 ? QByteArray() : path.mid(query));
            return r;
        }
        info = QFileInfo(info.filePath() + QStringLiteral("/index.html"));
    }
    // canonicalFilePath() follows symbolic links, so a link out of the root is caught here.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !isInsideRoot(canonical) || !QFileInfo(canonical).isFile())
        return r;
    r.status = 200;
    r.filePath = canonical;
    return r;
}

QByteArray StaticFileResolver::contentType(const QString &fileName)
{
    static const struct
    {
        const char *suffix;
        const char *type;
    } types[] = {
        {"html", "text/html"},
        {"htm", "text/html"},
        {"css", "text/css"},
        {"js", "text/javascript"},
        {"json", "application/json"},
        {"txt", "text/plain; charset=utf-8"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"svg", "image/svg+xml"},
        {"ico", "image/x-icon"},
        {"pdf", "application/pdf"},
        {"doc", "application/msword"},
        {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"xls", "application/vnd.ms-excel"},
        {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"zip", "application/zip"},
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &t : types) {
        if (suffix == QLatin1String(t.suffix))
            return QByteArray(t.type);
    }
    return QByteArrayLiteral("application/octet-stream");
}

} // namespace xj
