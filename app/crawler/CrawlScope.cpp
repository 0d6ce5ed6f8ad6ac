// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/CrawlScope.h"

#include <QRegularExpression>

namespace xj {

namespace {

QString keyOf(const QString &host, int port)
{
    return port < 0 ? host.toLower() : host.toLower() + QLatin1Char(':') + QString::number(port);
}

QString extensionOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot > slash ? path.mid(dot + 1).toLower() : QString();
}

} // namespace

CrawlScope::CrawlScope(const QUrl &start, const CrawlSettings &settings)
    : m_prefixes(settings.pathPrefixes)
{
    auto addHost = [this](const QString &host, int port) {
        if (host.isEmpty())
            return;
        m_hosts.insert(keyOf(host, port));
        // www.x.gov.cn and x.gov.cn are the same site to a reader.
        if (host.startsWith(QLatin1String("www.")))
            m_hosts.insert(keyOf(host.mid(4), port));
        else if (host.count(QLatin1Char('.')) >= 1 && !host.front().isDigit())
            m_hosts.insert(keyOf(QStringLiteral("www.") + host, port));
    };
    addHost(start.host(), start.port());
    for (const QString &extra : settings.extraHosts) {
        const QUrl u = QUrl::fromUserInput(extra);
        addHost(u.host(), u.port());
    }
    for (QString &p : m_prefixes) {
        if (!p.startsWith(QLatin1Char('/')))
            p.prepend(QLatin1Char('/'));
    }
}

QString CrawlScope::hostKey(const QUrl &url)
{
    return keyOf(url.host(), url.port());
}

bool CrawlScope::isSiteHost(const QString &host) const
{
    return m_hosts.contains(host.toLower());
}

bool CrawlScope::isAttachment(const QString &path)
{
    static const QSet<QString> ext{QStringLiteral("pdf"), QStringLiteral("doc"),  QStringLiteral("docx"),
                                   QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("wps"),
                                   QStringLiteral("et"),  QStringLiteral("ppt"),  QStringLiteral("pptx"),
                                   QStringLiteral("zip"), QStringLiteral("rar"),  QStringLiteral("7z"),
                                   QStringLiteral("txt"), QStringLiteral("ofd"),  QStringLiteral("csv")};
    return ext.contains(extensionOf(path));
}

bool CrawlScope::isNonPage(const QString &path)
{
    static const QSet<QString> ext{
        QStringLiteral("png"),   QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("svg"),   QStringLiteral("webp"), QStringLiteral("bmp"),  QStringLiteral("ico"),
        QStringLiteral("css"),   QStringLiteral("js"),   QStringLiteral("mp4"),  QStringLiteral("mp3"),
        QStringLiteral("avi"),   QStringLiteral("flv"),  QStringLiteral("swf"),  QStringLiteral("woff"),
        QStringLiteral("woff2"), QStringLiteral("ttf"),  QStringLiteral("eot"),  QStringLiteral("json"),
        QStringLiteral("xml"),   QStringLiteral("apk"),  QStringLiteral("exe")};
    return ext.contains(extensionOf(path)) || isAttachment(path);
}

bool CrawlScope::isSameListPage(const QUrl &from, const QUrl &to)
{
    if (from.host() != to.host() || from.port() != to.port())
        return false;
    const QString a = from.path(), b = to.path();
    const qsizetype slashA = a.lastIndexOf(QLatin1Char('/')), slashB = b.lastIndexOf(QLatin1Char('/'));
    if (a.left(slashA) != b.left(slashB))
        return false;
    // index.html, index_1.html, list_3.shtml, 2.html, index.jsp?page=4 …
    static const QRegularExpression listFile(
        QStringLiteral(
            "^(?:(?:index|list|default|more)(?:[_-]\\d+)?|\\d{1,4})(?:\\.s?html?|\\.jsp|\\.php|\\.aspx?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString fileA = a.mid(slashA + 1), fileB = b.mid(slashB + 1);
    if (fileA != fileB)
        return (fileA.isEmpty() || listFile.match(fileA).hasMatch()) && listFile.match(fileB).hasMatch();
    // Same path: a page parameter is all that differs.
    static const QRegularExpression pageParam(
        QStringLiteral("(?:^|&)(?:page|pageno|pagenum|pn|p|curpage|currentpage|pageindex|start|offset)=\\d+"),
        QRegularExpression::CaseInsensitiveOption);
    return to.hasQuery() && pageParam.match(to.query()).hasMatch();
}

CrawlScope::Kind CrawlScope::classify(const QUrl &url, const QString &tag) const
{
    if (!url.isValid() || url.host().isEmpty())
        return Kind::Ignored;
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Kind::Ignored;
    if (!isSiteHost(keyOf(url.host(), url.port())))
        return Kind::External;
    const QString path = url.path();
    if (!m_prefixes.isEmpty()) {
        bool inside = false;
        for (const QString &p : m_prefixes)
            inside = inside || path.startsWith(p);
        // Outside the prefixes the site's own addresses are still checked, not read.
        if (!inside)
            return Kind::Resource;
    }
    const bool pageTag = tag == QLatin1String("a") || tag == QLatin1String("iframe") ||
                         tag == QLatin1String("frame") || tag == QLatin1String("area") ||
                         tag == QLatin1String("meta") || tag == QLatin1String("js") || tag.isEmpty();
    return pageTag && !isNonPage(path) ? Kind::Page : Kind::Resource;
}

} // namespace xj
