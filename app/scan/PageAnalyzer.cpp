// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PageAnalyzer.h"

#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"
#include "scan/columns/ColumnPageReader.h"
#include "scan/messages/MessagePageReader.h"

namespace xj {

PageAnalyzer::PageAnalyzer(std::shared_ptr<const CheckEngine> engine, CheckOptions options, Context context)
    : m_engine(std::move(engine))
    , m_options(std::move(options))
    , m_context(std::move(context))
{}

bool PageAnalyzer::saysNotFound(const QString &title, const QString &text)
{
    // Phrases of error pages that answer 200 (indicators: soft 404). Only short pages count: an
    // article that mentions "404" is not an error page. (Runs on every crawled page: the Chinese
    // phrases are compared exactly, only the English ones without case.)
    static const QStringList chinese{
        QStringLiteral("页面不存在"),   QStringLiteral("页面未找到"), QStringLiteral("找不到页面"),
        QStringLiteral("找不到该页面"), QStringLiteral("页面已删除"), QStringLiteral("网页不存在"),
        QStringLiteral("信息不存在"),   QStringLiteral("文章不存在"), QStringLiteral("页面找不到")};
    static const QStringList english{QStringLiteral("404 Not Found"), QStringLiteral("Page Not Found")};
    const auto says = [](const QString &where) {
        for (const QString &p : chinese) {
            if (where.contains(p))
                return true;
        }
        for (const QString &p : english) {
            if (where.contains(p, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    const QString shortTitle = title.trimmed();
    if (says(shortTitle) || shortTitle.startsWith(QLatin1String("404")) ||
        shortTitle.startsWith(QStringLiteral("错误页面")))
        return true;
    return text.size() <= 1500 && says(text);
}

PageAnalysis PageAnalyzer::analyze(const QUrl &url, const QByteArray &body,
                                   const QByteArray &contentType) const
{
    PageAnalysis out;
    auto decoded = HtmlDecoder::decode(body, contentType);
    if (!decoded) {
        out.decodeError = decoded.error().fullText();
        return out;
    }
    out.charset = decoded.value().charset;
    PageSnapshot page = StaticPageReader::read(decoded.value().html, url);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    page.headers = headers;
    page.inspectionDate = m_context.inspectionDate;
    page.site = m_context.site;
    page.parentPortalHost = m_context.parentPortalHost;
    out.title = page.title.simplified().left(300);
    out.notFoundText = saysNotFound(page.title, page.text);
    out.links.reserve(page.links.size());
    for (const LinkFact &l : page.links) {
        if (l.tag != QLatin1String("form")) // forms are not followed
            out.links.append({l.url, l.tag, l.text.simplified().left(200)});
    }
    const ColumnPageFacts column = ColumnPageReader::read(page);
    if (!column.isEmpty())
        out.facts.insert(QStringLiteral("c"), column.toJson());
    const MessagePageFacts messages = MessagePageReader::read(page);
    if (!messages.isEmpty())
        out.facts.insert(QStringLiteral("m"), messages.toJson());
    if (m_context.runPageChecks && m_engine)
        out.candidates = m_engine->run(page, m_options);
    return out;
}

} // namespace xj
