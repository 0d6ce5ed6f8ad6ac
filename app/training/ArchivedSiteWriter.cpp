// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ArchivedSiteWriter.h"

#include "checks/HtmlDecoder.h"
#include "evidence/MhtmlDocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace xj {

namespace {

Q_LOGGING_CATEGORY(lcArchivedSite, "xunjian.training")

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

bool sameHost(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

// A folder name for another host: letters, digits, dots and dashes only (an IDN stays punycode).
QString hostFolder(const QUrl &url)
{
    QString host = QString::fromLatin1(QUrl::toAce(url.host().toLower()));
    for (QChar &c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    if (url.port() > 0)
        host += QLatin1Char('_') + QString::number(url.port());
    return host.startsWith(QLatin1Char('.')) ? QString() : host;
}

bool isHtmlName(const QString &name)
{
    return name.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

} // namespace

QString ArchivedSiteWriter::safePath(const QString &decodedPath)
{
    static const QString forbidden = QStringLiteral("\\:*?\"<>|");
    QStringList segments;
    for (const QString &segment : decodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String(".") || segment == QLatin1String("..") || segment.size() > 200)
            return {};
        for (const QChar c : segment) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
                return {};
        }
        segments.append(segment);
    }
    if (segments.size() > 32)
        return {};
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

QString ArchivedSiteWriter::pagePath(const QUrl &url)
{
    const QString decoded = url.path(QUrl::FullyDecoded);
    QString path = safePath(decoded);
    if (path.isEmpty())
        return {};
    if (decoded.isEmpty() || decoded.endsWith(QLatin1Char('/')))
        path = (path == QLatin1String("/") ? QString() : path) + QStringLiteral("/index.html");
    QString suffix;
    if (isHtmlName(path)) {
        suffix = path.mid(path.lastIndexOf(QLatin1Char('.')));
        path.chop(suffix.size());
    } else {
        suffix = QStringLiteral(".html");
    }
    // The name stays in its folder, so the page's relative references still resolve as they did.
    if (url.hasQuery()) {
        const QByteArray hash =
            QCryptographicHash::hash(url.query(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha1)
                .toHex();
        path += QStringLiteral("_q") + QString::fromLatin1(hash.left(8));
    }
    return path + suffix;
}

QString ArchivedSiteWriter::resourcePath(const QUrl &url, bool external)
{
    const QString decoded = url.path(QUrl::FullyDecoded);
    QString path = safePath(decoded);
    if (path.isEmpty())
        return {};
    if (decoded.isEmpty() || decoded.endsWith(QLatin1Char('/')))
        path = (path == QLatin1String("/") ? QString() : path) + QStringLiteral("/index.html");
    if (!external)
        return path;
    const QString host = hostFolder(url);
    if (host.isEmpty())
        return {};
    return QLatin1Char('/') + ExternalFolder + QLatin1Char('/') + host + path;
}

Result<QString> ArchivedSiteWriter::write(const QByteArray &mhtml, const QString &siteFolder)
{
    auto archive = MhtmlDocument::parse(mhtml);
    if (!archive)
        return archive.error();
    return write(archive.value(), siteFolder);
}

Result<QString> ArchivedSiteWriter::write(const MhtmlDocument &archive, const QString &siteFolder)
{
    const QList<MhtmlDocument::Part> parts = archive.parts();
    qsizetype mainIndex = -1;
    for (qsizetype i = 0; i < parts.size() && mainIndex < 0; ++i) {
        if (parts.at(i).contentType == QLatin1String("text/html"))
            mainIndex = i;
    }
    if (mainIndex < 0)
        return Error{
            tr("The archived page holds no web page. Mark the problem again with a screenshot (Mark menu) to "
               "archive its page anew."),
            {}};
    const MhtmlDocument::Part &main = parts.at(mainIndex);
    QUrl pageUrl = archive.snapshotUrl();
    if (!isWebUrl(pageUrl))
        pageUrl = main.location;
    if (!isWebUrl(pageUrl))
        return Error{tr("The archived page has no web address, so its place in the practice site is unknown. "
                        "Save the page again from the browser."),
                     pageUrl.toString()};
    const QString page = pagePath(pageUrl);
    if (page.isEmpty())
        return Error{tr("The address of the archived page %1 cannot be turned into a file name. Save another "
                        "page for this finding.")
                         .arg(pageUrl.toDisplayString()),
                     {}};

    // Rewriting works on the saved bytes; only a charset that keeps ASCII as ASCII allows that.
    const bool asciiCompatible = !main.charset.startsWith(QLatin1String("utf-16"), Qt::CaseInsensitive) &&
                                 !main.charset.startsWith(QLatin1String("utf-32"), Qt::CaseInsensitive);
    QByteArray html = main.body;
    QSet<QString> placed{page};
    int skipped = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const MhtmlDocument::Part &part = parts.at(i);
        if (i == mainIndex)
            continue;
        // cid:, data: and about: parts have no address a page could ask the local server for.
        if (!isWebUrl(part.location)) {
            ++skipped;
            continue;
        }
        const bool external = !sameHost(part.location, pageUrl);
        const QString path = resourcePath(part.location, external);
        if (path.isEmpty() || placed.contains(path)) {
            ++skipped;
            continue;
        }
        // A file already there came from an earlier archive of the same site: the first copy is
        // kept, so a later archive's resource can never replace a page.
        if (!QFileInfo::exists(QDir(siteFolder).filePath(path.mid(1)))) {
            if (Status s = writeFile(siteFolder, path, part.body); !s) {
                qCDebug(lcArchivedSite) << "left out" << part.location << s.error().detail;
                ++skipped;
                continue;
            }
        }
        placed.insert(path);
        if (external && asciiCompatible)
            html = rewriteReferences(html, part.location, path);
    }
    if (Status s = writeFile(siteFolder, page, withCharsetDeclared(html, main.charset)); !s)
        return s.error();
    qCDebug(lcArchivedSite) << "archived page" << pageUrl << "at" << page << placed.size() - 1 << "resources,"
                            << skipped << "left out";
    return page;
}

QByteArray ArchivedSiteWriter::rewriteReferences(QByteArray html, const QUrl &from, const QString &to)
{
    const QByteArray local = QUrl::toPercentEncoding(to, "/");
    const QByteArray full = from.toEncoded();
    QByteArray escaped = full;
    escaped.replace("&", "&amp;");
    QList<QByteArray> forms{full};
    if (escaped != full)
        forms.append(escaped);
    // Protocol-relative references ("//cdn.example/x.js") name the same file.
    const qsizetype schemeLength = from.scheme().size() + 1;
    for (qsizetype i = 0, n = forms.size(); i < n; ++i)
        forms.append(forms.at(i).mid(schemeLength));
    // Only whole references are replaced: "http://cdn/" must not eat the start of "http://cdn/a.js".
    static const QByteArray ends = "\"' \t\r\n)<>";
    for (const QByteArray &form : std::as_const(forms)) {
        for (qsizetype at = html.indexOf(form); at >= 0; at = html.indexOf(form, at)) {
            const qsizetype end = at + form.size();
            if (end < html.size() && !ends.contains(html.at(end))) {
                at = end;
                continue;
            }
            html.replace(at, form.size(), local);
            at += local.size();
        }
    }
    return html;
}

QByteArray ArchivedSiteWriter::withCharsetDeclared(const QByteArray &html, const QString &charset)
{
    // The local server sends text/html without a charset: a page that named its charset only in
    // the archive's headers would otherwise be guessed at and its Chinese garbled.
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_.:-]{1,40}$"));
    if (charset.isEmpty() || !plainName.match(charset).hasMatch() || html.startsWith("\xEF\xBB\xBF") ||
        !HtmlDecoder::declaredCharset({}, html.left(4096)).isEmpty())
        return html;
    const QByteArray meta = "<meta charset=\"" + charset.toLatin1() + "\">";
    const QByteArray start = html.left(4096).toLower();
    qsizetype head = start.indexOf("<head");
    while (head >= 0 && head + 5 < start.size() && start.at(head + 5) != '>' &&
           !QChar::isSpace(uchar(start.at(head + 5))))
        head = start.indexOf("<head", head + 5);
    const qsizetype close = head < 0 ? -1 : start.indexOf('>', head);
    QByteArray out = html;
    return close < 0 ? out.prepend(meta) : out.insert(close + 1, meta);
}

Status ArchivedSiteWriter::writeFile(const QString &siteFolder, const QString &sitePath,
                                     const QByteArray &bytes)
{
    const QString path = QDir(siteFolder).filePath(sitePath.mid(1));
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush())
        return Error{tr("Cannot write the practice site file %1. Check that the disk is not full.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return Status::success();
}

} // namespace xj
