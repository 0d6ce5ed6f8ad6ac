// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/StaticPageReader.h"
#include "scan/columns/ColumnPageReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace xj;

namespace {

const QDate Today(2026, 11, 20);
const QString ListUrl = QStringLiteral("http://www.qhx.gov.cn/zwdt/xzdt/index.html");

PageSnapshot page(const QString &body, const QString &url = ListUrl, const QString &head = {},
                  const QString &title = QStringLiteral("乡镇动态 - 青禾县人民政府"))
{
    PageSnapshot p =
        StaticPageReader::read(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") +
                                   title + QStringLiteral("</title>") + head +
                                   QStringLiteral("</head><body>") + body + QStringLiteral("</body></html>"),
                               QUrl(url));
    p.inspectionDate = Today;
    return p;
}

const QString TopBar = QStringLiteral("<div class=\"topbar\"><span>2026年11月20日 星期五</span><span><a "
                                      "href=\"https://zfwzgl.www.gov.cn/\">我为政府网站找错</a>"
                                      " | <a href=\"/sitemap.html\">网站地图</a></span></div>"
                                      "<ul class=\"nav\"><li><a href=\"/index.html\">首页</a></li><li><a "
                                      "href=\"/zwdt/index.html\">政务动态</a></li>"
                                      "<li><a href=\"/tzgg/index.html\">通知公告</a></li></ul>");

const QString Crumb = QStringLiteral("<div class=\"crumb\">当前位置：<a href=\"/index.html\">首页</a> &gt; "
                                     "<a href=\"/zwdt/index.html\">政务动态</a> &gt; "
                                     "<a href=\"/zwdt/xzdt/index.html\">乡镇动态</a></div>");

const QStringList Titles = {QStringLiteral("桑园乡扎实开展耕地保护工作"),
                            QStringLiteral("龙潭乡开展农村人居环境整治"),
                            QStringLiteral("柳岸乡多措并举推进消防安全")};

QString href(int i)
{
    return QStringLiteral("/zwdt/202610/t202610%1_34%1.html").arg(14 - i * 3, 2, 10, QLatin1Char('0'));
}

} // namespace

/// The column facts of single pages: list entries in the layouts real CMSs use, the date forms of
/// lists, pagination, blank columns, the column's name and level, and an article's date.
class TestColumnPageReader : public QObject
{
    Q_OBJECT

private slots:
    void listEntriesInOneBlock_data()
    {
        QTest::addColumn<QString>("item"); // %1 link, %2 day of October
        QTest::addColumn<QDate>("first");
        QTest::newRow("iso after title")
            << QStringLiteral("<li>%1<span class=\"date\">2026-10-%2</span></li>") << QDate(2026, 10, 14);
        QTest::newRow("slashes") << QStringLiteral("<li>%1 <span>2026/10/%2</span></li>")
                                 << QDate(2026, 10, 14);
        QTest::newRow("dots") << QStringLiteral("<li>%1 2026.10.%2</li>") << QDate(2026, 10, 14);
        QTest::newRow("chinese") << QStringLiteral("<li>%1<em>2026年10月%2日</em></li>")
                                 << QDate(2026, 10, 14);
        QTest::newRow("month-day in brackets first")
            << QStringLiteral("<li><span>[10-%2]</span>%1</li>") << QDate(2026, 10, 14);
        QTest::newRow("month-day after")
            << QStringLiteral("<li>%1 <span>10-%2</span></li>") << QDate(2026, 10, 14);
        QTest::newRow("with time") << QStringLiteral("<li>%1 <span>2026-10-%2 09:30</span></li>")
                                   << QDate(2026, 10, 14);
        QTest::newRow("source between")
            << QStringLiteral("<li>%1 <span>[县政府办]</span> <span>2026-10-%2</span></li>")
            << QDate(2026, 10, 14);
        QTest::newRow("paragraph rows") << QStringLiteral("<p>%1 2026-10-%2</p>") << QDate(2026, 10, 14);
    }

    void listEntriesInOneBlock()
    {
        QFETCH(QString, item);
        QFETCH(QDate, first);
        QString list;
        for (int i = 0; i < Titles.size(); ++i)
            list += item.arg(QStringLiteral("<a href=\"%1\" title=\"%2\">%2</a>").arg(href(i), Titles.at(i)))
                        .arg(14 - i * 3, 2, 10, QLatin1Char('0'));
        const ColumnPageFacts f = ColumnPageReader::read(page(
            TopBar + Crumb + QStringLiteral("<ul class=\"news-list\">") + list + QStringLiteral("</ul>")));
        QVERIFY(f.isListPage);
        QCOMPARE(f.items.size(), 3);
        QCOMPARE(f.items.at(0).date, first);
        QCOMPARE(f.items.at(2).date, first.addDays(-6));
        QCOMPARE(f.items.at(1).title, Titles.at(1));
        QCOMPARE(f.items.at(0).url, QStringLiteral("http://www.qhx.gov.cn") + href(0));
        QVERIFY(!f.blank);
    }

    void listEntriesInTableRows()
    {
        QString rows = QStringLiteral("<table><tr><th>标题</th><th>发布日期</th></tr>");
        for (int i = 0; i < Titles.size(); ++i)
            rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>2026-10-%3</td></tr>")
                        .arg(href(i), Titles.at(i))
                        .arg(14 - i * 3, 2, 10, QLatin1Char('0'));
        const ColumnPageFacts f =
            ColumnPageReader::read(page(TopBar + Crumb + rows + QStringLiteral("</table>")));
        QCOMPARE(f.items.size(), 3);
        QCOMPARE(f.items.at(1).date, QDate(2026, 10, 11));
    }

    void listEntriesInDivRows()
    {
        QString rows = QStringLiteral("<div class=\"list\">");
        for (int i = 0; i < Titles.size(); ++i)
            rows += QStringLiteral("<div class=\"row\"><div class=\"t\"><a href=\"%1\">%2</a></div>"
                                   "<div class=\"d\">2026年10月%3日</div></div>")
                        .arg(href(i), Titles.at(i))
                        .arg(14 - i * 3);
        const ColumnPageFacts f =
            ColumnPageReader::read(page(TopBar + Crumb + rows + QStringLiteral("</div>")));
        QCOMPARE(f.items.size(), 3);
        QCOMPARE(f.items.at(2).date, QDate(2026, 10, 8));
    }

    void severalEntriesInOneCell()
    {
        const QString cell =
            QStringLiteral("<table><tr><td><a href=\"%1\">%2</a> 2026-10-14<br><a href=\"%3\">%4</a> "
                           "2026-10-11<br><a href=\"%5\">%6</a> 2026-10-08</td></tr></table>")
                .arg(href(0), Titles.at(0), href(1), Titles.at(1), href(2), Titles.at(2));
        const ColumnPageFacts f = ColumnPageReader::read(page(Crumb + cell));
        QCOMPARE(f.items.size(), 3);
        QCOMPARE(f.items.at(0).date, QDate(2026, 10, 14));
        QCOMPARE(f.items.at(1).date, QDate(2026, 10, 11));
        QCOMPARE(f.items.at(2).url, QStringLiteral("http://www.qhx.gov.cn") + href(2));
    }

    void entriesInAScriptDataStore()
    {
        // Hanweb's jpage: the list is written by JavaScript from records in the page.
        QString records;
        for (int i = 0; i < Titles.size(); ++i)
            records +=
                QStringLiteral("<record><![CDATA[<li><a href=\"/art/2026/10/%1/art_1234_%2.html\">%3</a>"
                               "<span>2026-10-%1</span></li>]]></record>\n")
                    .arg(14 - i * 3, 2, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(Titles.at(i));
        const ColumnPageFacts f = ColumnPageReader::read(page(
            Crumb + QStringLiteral("<div id=\"div1234\"><script type=\"text/xml\"><datastore><recordset>") +
                records + QStringLiteral("</recordset></datastore></script></div>"),
            QStringLiteral("http://www.qhx.gov.cn/col/col1234/index.html")));
        QVERIFY(f.isListPage);
        QCOMPARE(f.columnKey, QStringLiteral("/col/col1234/"));
        QCOMPARE(f.items.size(), 3);
        QCOMPARE(f.items.at(2).date, QDate(2026, 10, 8));
        QCOMPARE(f.items.at(0).url, QStringLiteral("http://www.qhx.gov.cn/art/2026/10/14/art_1234_0.html"));
        QCOMPARE(f.level, 2); // from the breadcrumb
    }

    void notListEntries_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("header date and links") << TopBar;
        QTest::newRow("one dated div")
            << QStringLiteral("<div><a href=\"/a.html\">县政府召开常务会议</a> 2026-10-14</div>");
        QTest::newRow("other site") << QStringLiteral(
            "<ul><li><a href=\"http://www.other.gov.cn/a.html\">外站的一篇文章</a>"
            " 2026-10-14</li></ul>");
        QTest::newRow("pager") << QStringLiteral(
            "<ul><li><a href=\"/zwdt/xzdt/index_1.html\">下一页</a> 2026-10-14</li>"
            "<li><a href=\"/zwdt/xzdt/index_2.html\">2</a> 2026-10-14</li></ul>");
        QTest::newRow("deadline") << QStringLiteral(
            "<ul><li><a href=\"/a.html\">征集活动</a> 截止2026-12-14</li></ul>");
        QTest::newRow("hidden") << QStringLiteral(
            "<ul style=\"display:none\"><li><a href=\"/a.html\">看不见的标题</a> "
            "2026-10-14</li></ul>");
        QTest::newRow("undated list")
            << QStringLiteral("<ul><li><a href=\"/a.html\">县政府召开常务会议</a></li></ul>");
    }

    void notListEntries()
    {
        QFETCH(QString, body);
        const ColumnPageFacts f = ColumnPageReader::read(page(body));
        QVERIFY2(f.items.isEmpty(), qPrintable(f.items.value(0).title));
        QVERIFY(!f.isListPage);
        QVERIFY(f.isEmpty());
    }

    void paginationSharesTheKey_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("level");
        QTest::newRow("index") << QStringLiteral("http://x.gov.cn/zwdt/xzdt/index.html")
                               << QStringLiteral("/zwdt/xzdt/") << 2;
        QTest::newRow("page 2") << QStringLiteral("http://x.gov.cn/zwdt/xzdt/index_1.html")
                                << QStringLiteral("/zwdt/xzdt/") << 2;
        QTest::newRow("page 13") << QStringLiteral("http://x.gov.cn/zwdt/xzdt/index_12.html")
                                 << QStringLiteral("/zwdt/xzdt/") << 2;
        QTest::newRow("folder") << QStringLiteral("http://x.gov.cn/zwdt/") << QStringLiteral("/zwdt/") << 1;
        QTest::newRow("hanweb") << QStringLiteral("http://x.gov.cn/col/col1234/index.html?uid=5&pageNum=3")
                                << QStringLiteral("/col/col1234/") << 2;
        QTest::newRow("query column") << QStringLiteral("http://x.gov.cn/list.jsp?page=2&cid=5")
                                      << QStringLiteral("/list.jsp?cid=5") << 0;
        QTest::newRow("more page") << QStringLiteral("http://x.gov.cn/news/more_3.shtml")
                                   << QStringLiteral("/news/") << 1;
        QTest::newRow("named page") << QStringLiteral("http://x.gov.cn/news/special.html")
                                    << QStringLiteral("/news/special") << 1;
        QTest::newRow("root") << QStringLiteral("http://x.gov.cn/") << QStringLiteral("/") << 0;
    }

    void paginationSharesTheKey()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(int, level);
        QCOMPARE(ColumnPageReader::columnKeyOf(QUrl(url)), key);
        QCOMPARE(ColumnPageReader::levelOfKey(key), level);
    }

    void blankMarkers_data()
    {
        QTest::addColumn<QString>("marker");
        for (const char *m : {"暂无信息", "暂无内容", "正在建设中", "栏目建设中", "敬请期待"})
            QTest::newRow(m) << QString::fromUtf8(m);
    }

    void blankMarkers()
    {
        QFETCH(QString, marker);
        QVERIFY(ColumnPageReader::blankMarkers().size() >= 10);
        const ColumnPageFacts f =
            ColumnPageReader::read(page(TopBar + Crumb + QStringLiteral("<div class=\"no-info\">本栏目") +
                                        marker + QStringLiteral("</div>")));
        QVERIFY(f.blank);
        QVERIFY(f.isListPage);
        QCOMPARE(f.blankText, marker);
        QCOMPARE(f.columnKey, QStringLiteral("/zwdt/xzdt/"));
        QVERIFY(f.items.isEmpty());
    }

    void emptyLists_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("blank");
        QTest::addColumn<QString>("text");
        const QString list = QStringLiteral("<meta name=\"ColumnType\" content=\"列表\">");
        QTest::newRow("count zero") << QString()
                                    << QStringLiteral("<ul></ul><div class=\"pager\">共0条</div>") << true
                                    << QStringLiteral("共0条");
        QTest::newRow("records zero")
            << QString() << QStringLiteral("<div>总记录数：0</div>") << true << QStringLiteral("记录数：0");
        QTest::newRow("count ten") << QString() << QStringLiteral("<div class=\"pager\">共10条</div>")
                                   << false << QString();
        QTest::newRow("list page without entries")
            << list << QStringLiteral("<ul class=\"news-list\"></ul>") << true << QString();
        QTest::newRow("list page with undated titles")
            << list
            << QStringLiteral("<ul><li><a href=\"/zwdt/a.html\">县政府召开第十二次常务会议</a></li></ul>")
            << false << QString();
    }

    void emptyLists()
    {
        QFETCH(QString, head);
        QFETCH(QString, body);
        QFETCH(bool, blank);
        QFETCH(QString, text);
        const ColumnPageFacts f = ColumnPageReader::read(page(TopBar + Crumb + body, ListUrl, head));
        QCOMPARE(f.blank, blank);
        QCOMPARE(f.blankText, text);
    }

    void placeholderInAnArticleIsNotBlank()
    {
        const QString body =
            Crumb.left(Crumb.size() - 6) +
            QStringLiteral(" &gt; 正文</div><h1>县文化馆举办新年音乐会</h1>"
                           "<div class=\"info\">发布时间：2026-11-18 09:30 来源：县文化馆</div>"
                           "<p>敬请期待</p><p>") +
            QString(160, QChar(u'文')) + QStringLiteral("</p>");
        const ColumnPageFacts f = ColumnPageReader::read(
            page(body, QStringLiteral("http://www.qhx.gov.cn/zwdt/202611/t20261118_3400.html")));
        QVERIFY(!f.blank);
        QVERIFY(!f.isListPage);
        QCOMPARE(f.articleDate, QDate(2026, 11, 18));
    }

    void columnNameAndLevel_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("crumb");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("level");
        const QString meta = QStringLiteral("<meta name=\"ColumnName\" content=\"乡镇工作动态\">");
        QTest::newRow("meta wins") << meta << Crumb << QStringLiteral("乡镇动态 - 青禾县")
                                   << QStringLiteral("乡镇工作动态") << 2;
        QTest::newRow("breadcrumb links")
            << QString() << Crumb << QStringLiteral("青禾县人民政府") << QStringLiteral("乡镇动态") << 2;
        QTest::newRow("breadcrumb text")
            << QString() << QStringLiteral("<div>您的位置：<a href=\"/\">网站首页</a> » 通知公告</div>")
            << QString() << QStringLiteral("通知公告") << 1;
        QTest::newRow("unlabelled breadcrumb")
            << QString()
            << QStringLiteral("<div><a href=\"/\">首页</a> &gt; <a href=\"/xxgk/\">信息公开</a> &gt; "
                              "<a href=\"/xxgk/tzgg/\">通知公告</a></div>")
            << QString() << QStringLiteral("通知公告") << 2;
        QTest::newRow("breadcrumb of texts")
            << QString()
            << QStringLiteral("<div>当前位置：<a href=\"/\">首页</a> &gt; 政务动态 &gt; 乡镇动态</div>")
            << QString() << QStringLiteral("乡镇动态") << 2;
        QTest::newRow("site name for home")
            << QString()
            << QStringLiteral("<div>当前位置：<a href=\"/index.html\">青禾县人民政府</a> &gt; <a "
                              "href=\"/tzgg/\">通知公告</a></div>")
            << QString() << QStringLiteral("通知公告") << 1;
        QTest::newRow("title") << QString() << QString() << QStringLiteral("部门动态_青禾县人民政府")
                               << QStringLiteral("部门动态") << 2;
    }

    void columnNameAndLevel()
    {
        QFETCH(QString, head);
        QFETCH(QString, crumb);
        QFETCH(QString, title);
        QFETCH(QString, name);
        QFETCH(int, level);
        const QString list =
            QStringLiteral("<ul><li><a href=\"%1\">%2</a> 2026-10-14</li></ul>").arg(href(0), Titles.at(0));
        const ColumnPageFacts f = ColumnPageReader::read(page(TopBar + crumb + list, ListUrl, head, title));
        QVERIFY(f.isListPage);
        QCOMPARE(f.columnName, name);
        QCOMPARE(f.level, level);
    }

    void articleDateAndColumn()
    {
        const QString body =
            Crumb.left(Crumb.size() - 6) +
            QStringLiteral(" &gt; 正文</div><h1>青禾县召开县政府常务会议</h1>"
                           "<div class=\"info\"><span>发布时间：2026-11-18 09:30</span>"
                           "<span>来源：县融媒体中心</span></div><p>11月18日，县政府召开常务会议。</p>"
                           "<div class=\"related\"><h3>相关阅读</h3><ul>") +
            QStringLiteral(
                "<li><a href=\"%1\">%2</a> 2026-10-14</li><li><a href=\"%3\">%4</a> 2026-10-11</li>")
                .arg(href(0), Titles.at(0), href(1), Titles.at(1)) +
            QStringLiteral("</ul></div>");
        const ColumnPageFacts f = ColumnPageReader::read(
            page(TopBar + body, QStringLiteral("http://www.qhx.gov.cn/zwdt/202611/t20261118_3400.html")));
        QVERIFY(!f.isListPage);
        QVERIFY(f.items.isEmpty());
        QCOMPARE(f.articleDate, QDate(2026, 11, 18));
        QCOMPARE(f.columnKey, QStringLiteral("/zwdt/xzdt/"));
        QCOMPARE(f.columnName, QStringLiteral("乡镇动态"));
        QCOMPARE(f.level, 2);
        QVERIFY(!f.isEmpty());
    }

    void futureMonthDayOfAList()
    {
        // Seen on 2026-11-20, "12-14" is this year's December: a date the time-travel check reports.
        const QString list =
            QStringLiteral("<ul><li><a href=\"%1\">%2</a> [12-14]</li></ul>").arg(href(0), Titles.at(0));
        const ColumnPageFacts f = ColumnPageReader::read(page(Crumb + list));
        QCOMPARE(f.items.size(), 1);
        QCOMPARE(f.items.first().date, QDate(2026, 12, 14));
    }

    void factsRoundTripAsCompactJson()
    {
        ColumnPageFacts f;
        f.columnKey = QStringLiteral("/zwdt/xzdt/");
        f.columnName = QStringLiteral("乡镇动态");
        f.level = 2;
        f.isListPage = true;
        f.items = {{Titles.at(0), QStringLiteral("http://x/a.html"), QDate(2026, 10, 14)},
                   {Titles.at(1), QStringLiteral("http://x/b.html"), QDate()}};
        f.blankText = QStringLiteral("暂无信息");
        f.articleDate = QDate(2026, 1, 2);
        const QJsonObject json = f.toJson();
        for (const QString &key : json.keys())
            QVERIFY2(key.size() <= 2, qPrintable(key));
        QCOMPARE(ColumnPageFacts::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object()),
                 f);
        QVERIFY(ColumnPageFacts().isEmpty());
        QVERIFY(ColumnPageFacts().toJson().isEmpty());
        QVERIFY(ColumnPageFacts::fromJson({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestColumnPageReader)
#include "tst_columnpagereader.moc"
