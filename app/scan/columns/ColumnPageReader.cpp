// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/columns/ColumnPageReader.h"

#include "checks/PageSnapshot.h"
#include "checks/dates/DateExtractor.h"
#include "checks/dates/PublishDates.h"
#include "scan/columns/ColumnListItems.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace xj {

namespace {

// A page with one of its own publish dates and fewer entries is an article with a "related" list.
constexpr int minimumListEntries = 5;
// Running text this long is an article's body, not a list page's.
constexpr qsizetype bodyParagraphLength = 150;
// A blank marker or a record count stands in a short block of its own.
constexpr qsizetype maximumMarkerBlock = 40;
constexpr qsizetype maximumCountBlock = 60;
constexpr qsizetype maximumBreadcrumb = 150;
// A list entry's title is longer than a navigation item's.
constexpr qsizetype minimumUndatedTitle = 8;

bool isHomeWord(const QString &text)
{
    static const QStringList words = {QStringLiteral("首页"),     QStringLiteral("网站首页"),
                                      QStringLiteral("主页"),     QStringLiteral("返回首页"),
                                      QStringLiteral("本站首页"), QStringLiteral("home"),
                                      QStringLiteral("Home")};
    return words.contains(text);
}

// The site's root, whatever the breadcrumb calls it ("青禾县人民政府 > 政务动态").
bool isHomeAddress(const QUrl &url, const QUrl &page)
{
    static const QRegularExpression root(QStringLiteral("^/?(?:(?:index|default)\\.[a-z]+)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return ColumnListItems::sameSite(url, page) && !url.hasQuery() && root.match(url.path()).hasMatch();
}

bool isArticleWord(const QString &text)
{
    static const QStringList words = {QStringLiteral("正文"),     QStringLiteral("详情"),
                                      QStringLiteral("内容"),     QStringLiteral("正文内容"),
                                      QStringLiteral("详细内容"), QStringLiteral("信息详情"),
                                      QStringLiteral("文章"),     QStringLiteral("文章详情"),
                                      QStringLiteral("阅读正文"), QStringLiteral("详细信息")};
    return words.contains(text);
}

// Separators, labels and spaces around breadcrumb items.
QString crumbText(QString text)
{
    static const QRegularExpression noise(
        QStringLiteral("^[\\s\\x{3000}>＞»›→/|:：]+|[\\s\\x{3000}>＞»›→/|:：]+$"));
    return text.remove(noise);
}

QString firstTitlePart(const PageSnapshot &page)
{
    static const QRegularExpression separator(QStringLiteral("\\s*(?:[-_|｜—–－]+)\\s*"));
    const QString siteName = page.meta(QStringLiteral("sitename")).trimmed();
    for (const QString &part : page.title.split(separator, Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty() && p != siteName)
            return p;
    }
    return {};
}

bool isPagerParameter(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("page"),      QStringLiteral("pageno"),      QStringLiteral("page_no"),
        QStringLiteral("pageindex"), QStringLiteral("pagenum"),     QStringLiteral("pagesize"),
        QStringLiteral("pn"),        QStringLiteral("p"),           QStringLiteral("currentpage"),
        QStringLiteral("curpage"),   QStringLiteral("pagecurrent"), QStringLiteral("start"),
        QStringLiteral("offset"),    QStringLiteral("uid"),         QStringLiteral("_")};
    return names.contains(name.toLower());
}

// The page's own publish date, from PublishDates, leaving out dates of list entries.
QDate ownPublishDate(const PageSnapshot &page, const QSet<int> &entryBlocks)
{
    QDate labelled, meta, header;
    for (const PublishDate &d : PublishDates::find(page)) {
        if (d.block >= 0 && entryBlocks.contains(d.block))
            continue;
        switch (d.kind) {
        case PublishDate::Kind::Labelled:
            if (!labelled.isValid())
                labelled = d.date;
            break;
        case PublishDate::Kind::Meta:
            if (!meta.isValid())
                meta = d.date;
            break;
        case PublishDate::Kind::Header:
            if (!header.isValid() && d.hasYear)
                header = d.date;
            break;
        case PublishDate::Kind::ListItem:
            break;
        }
    }
    return labelled.isValid() ? labelled : meta.isValid() ? meta : header;
}

bool hasBodyText(const PageSnapshot &page)
{
    QSet<int> linked;
    for (const LinkFact &l : page.links)
        linked.insert(l.block);
    for (int b = 0; b < page.blocks.size(); ++b) {
        const TextBlock &block = page.blocks.at(b);
        if (block.isVisible() && block.text.size() >= bodyParagraphLength && !linked.contains(b))
            return true;
    }
    return false;
}

// <meta name="ColumnType" content="列表">: the CMS says the page is a column's list.
bool saysList(const PageSnapshot &page)
{
    const QString type = page.meta(QStringLiteral("columntype"));
    return type.contains(QStringLiteral("列表")) || type.contains(QLatin1String("list"), Qt::CaseInsensitive);
}

// Why the column is blank: a placeholder phrase, a record count of zero, or an empty list on a
// page that says it is a list. Empty when it is not.
QString blankReason(const PageSnapshot &page, bool *blank)
{
    static const QRegularExpression zeroCount(
        QStringLiteral("共[\\s\\x{3000}]*0[\\s\\x{3000}]*(?:条|篇|项|个|页|记录)|"
                       "(?:记录数|总记录|总数|总条数|信息数)[\\s\\x{3000}]*[:：]?[\\s\\x{3000}]*0(?![0-9])"));
    *blank = false;
    for (const TextBlock &block : page.blocks) {
        if (!block.isVisible() || block.text.size() > maximumCountBlock)
            continue;
        if (block.text.size() <= maximumMarkerBlock) {
            for (const QString &marker : ColumnPageReader::blankMarkers()) {
                if (block.text.contains(marker)) {
                    *blank = true;
                    return marker;
                }
            }
        }
        if (const QRegularExpressionMatch m = zeroCount.match(block.text); m.hasMatch()) {
            *blank = true;
            return m.captured();
        }
    }
    if (!saysList(page))
        return {};
    // A list page without a dated entry is blank unless it lists titles without dates.
    static const QStringList entryTags = {QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("td"),
                                          QStringLiteral("dd"), QStringLiteral("dt")};
    for (const LinkFact &l : page.links) {
        if (l.block >= 0 && entryTags.contains(page.blocks.at(l.block).tag) &&
            l.text.trimmed().size() >= minimumUndatedTitle && ColumnListItems::isEntryLink(page, l))
            return {};
    }
    *blank = true;
    return {};
}

} // namespace

const QStringList &ColumnPageReader::blankMarkers()
{
    static const QStringList markers = readMarkers(QStringLiteral(":/dictionaries/column-blank-markers.txt"));
    return markers;
}

QStringList ColumnPageReader::readMarkers(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList out;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString phrase = line.trimmed();
        if (!phrase.isEmpty() && !phrase.startsWith(QLatin1Char('#')))
            out.append(phrase);
    }
    return out;
}

QString ColumnPageReader::columnKeyOf(const QUrl &url)
{
    QString path = url.path();
    if (path.isEmpty())
        path = QStringLiteral("/");
    QUrlQuery query(url);
    QList<QPair<QString, QString>> kept;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!isPagerParameter(item.first))
            kept.append(item);
    }
    if (!kept.isEmpty()) {
        std::sort(kept.begin(), kept.end());
        QUrlQuery rest;
        rest.setQueryItems(kept);
        return path + QLatin1Char('?') + rest.toString(QUrl::FullyDecoded);
    }
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString folder = path.left(slash + 1);
    const QString file = path.mid(slash + 1);
    static const QRegularExpression listPage(
        QStringLiteral("^(?:index|default|list|more|node)(?:[_-][0-9]+)?(?:\\.[a-z]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (file.isEmpty() || listPage.match(file).hasMatch())
        return folder;
    return folder + file.section(QLatin1Char('.'), 0, 0);
}

int ColumnPageReader::levelOfKey(const QString &key)
{
    const QString path = key.section(QLatin1Char('?'), 0, 0);
    return int(path.left(path.lastIndexOf(QLatin1Char('/')) + 1).count(QLatin1Char('/'))) - 1;
}

ColumnPageReader::Breadcrumb ColumnPageReader::breadcrumb(const PageSnapshot &page)
{
    static const QStringList labels = {QStringLiteral("当前位置"),     QStringLiteral("您的位置"),
                                       QStringLiteral("您现在的位置"), QStringLiteral("所在位置"),
                                       QStringLiteral("现在位置"),     QStringLiteral("当前页面")};
    static const QRegularExpression separator(QStringLiteral("[>＞»›→]"));
    // The visible links of each block, in document order.
    QMap<int, QList<const LinkFact *>> linksByBlock;
    for (const LinkFact &l : page.links) {
        if (l.block >= 0 && l.tag == QLatin1String("a") && l.concealed.toInt() == 0 &&
            !l.text.trimmed().isEmpty())
            linksByBlock[l.block].append(&l);
    }
    for (auto it = linksByBlock.cbegin(); it != linksByBlock.cend(); ++it) {
        const TextBlock &block = page.blocks.at(it.key());
        if (!block.isVisible() || block.text.size() > maximumBreadcrumb)
            continue;
        const QList<const LinkFact *> &links = it.value();
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(),
                                          [&block](const QString &l) { return block.text.contains(l); });
        const bool homeFirst =
            isHomeWord(links.first()->text.trimmed()) || isHomeAddress(links.first()->url, page.url);
        if (!labelled && !(homeFirst && block.text.contains(separator)))
            continue;

        Breadcrumb crumb;
        crumb.found = true;
        qsizetype cursor = 0;
        for (const LinkFact *l : std::as_const(links)) {
            const QString text = l->text.trimmed();
            const qsizetype at = block.text.indexOf(text, cursor);
            if (at >= 0)
                cursor = at + text.size();
            if (isHomeWord(text) || isHomeAddress(l->url, page.url))
                continue;
            if (isArticleWord(text)) {
                crumb.article = true;
                continue;
            }
            crumb.items.append(text);
            crumb.lastLinkName = text;
            crumb.lastLinkUrl = l->url;
            crumb.lastLinkLevel = int(crumb.items.size());
        }
        // Columns written as text after the last link: "首页 > 政务动态 > 乡镇动态" with one link.
        for (const QString &part : block.text.mid(cursor).split(separator)) {
            const QString name = crumbText(part);
            if (isArticleWord(name))
                crumb.article = true;
            else if (!name.isEmpty())
                crumb.items.append(name);
        }
        return crumb;
    }
    return {};
}

ColumnPageFacts ColumnPageReader::read(const PageSnapshot &page)
{
    ColumnPageFacts facts;
    const ColumnListItems::Found found = ColumnListItems::find(page);
    const Breadcrumb crumb = breadcrumb(page);
    const QString metaName = page.meta(QStringLiteral("columnname")).trimmed();
    const QDate own = ownPublishDate(page, found.itemBlocks);
    const UrlDate urlDate = DateExtractor::dateInUrl(page.url);

    const bool article = (urlDate.isValid() && !urlDate.monthOnly) || crumb.article ||
                         (own.isValid() && (found.items.size() < minimumListEntries || hasBodyText(page)));
    if (article) {
        facts.articleDate = own;
        facts.columnName = metaName.isEmpty() ? crumb.lastLinkName : metaName;
        facts.level = crumb.lastLinkLevel;
        if (crumb.lastLinkUrl.isValid() && ColumnListItems::sameSite(crumb.lastLinkUrl, page.url))
            facts.columnKey = columnKeyOf(crumb.lastLinkUrl);
        return facts;
    }

    facts.items = found.items;
    if (facts.items.isEmpty())
        facts.blankText = blankReason(page, &facts.blank);
    facts.isListPage = !facts.items.isEmpty() || facts.blank || saysList(page);
    if (!facts.isListPage)
        return {};
    facts.columnKey = columnKeyOf(page.url);
    facts.columnName = metaName;
    if (facts.columnName.isEmpty() && !crumb.items.isEmpty())
        facts.columnName = crumb.items.last();
    if (facts.columnName.isEmpty())
        facts.columnName = firstTitlePart(page);
    facts.level =
        crumb.found && !crumb.items.isEmpty() ? int(crumb.items.size()) : levelOfKey(facts.columnKey);
    return facts;
}

} // namespace xj
