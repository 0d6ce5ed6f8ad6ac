// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/StaticPageReader.h"
#include "scan/messages/MessagePageReader.h"

#include <QJsonArray>
#include <QTest>

using namespace xj;

namespace {

const QDate Today(2026, 11, 20);

PageSnapshot page(const QString &body, const QString &path, const QString &title = QStringLiteral("页面"))
{
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") +
                         title + QStringLiteral("</title></head><body>") + body +
                         QStringLiteral("</body></html>");
    PageSnapshot p = StaticPageReader::read(html, QUrl(QStringLiteral("http://www.example.gov.cn/") + path));
    p.inspectionDate = Today;
    return p;
}

// "path asked→answered reply|pending|unknown status «reply»", one line per record.
QStringList describe(const MessagePageFacts &facts)
{
    QStringList out;
    for (const MessageRecord &m : facts.messages) {
        const QString state = m.hasReply     ? QStringLiteral("reply")
                              : m.replyKnown ? QStringLiteral("pending")
                                             : QStringLiteral("unknown");
        out << QUrl(m.url).path().mid(1) + QLatin1Char(' ') + m.asked.toString(Qt::ISODate) +
                   QStringLiteral("→") + m.answered.toString(Qt::ISODate) + QLatin1Char(' ') + state +
                   QLatin1Char(' ') + m.status + QStringLiteral(" «") + m.reply + QStringLiteral("»") +
                   (m.fromDetailPage ? QStringLiteral(" D") : QString());
    }
    return out;
}

} // namespace

class TestMessageReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void titles();
    void jsonRoundTrip();
};

void TestMessageReader::read_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("board");
    QTest::addColumn<QStringList>("expected");

    const QString detail = QStringLiteral("hdjl/detail_1.html");
    // The demo site's layout: labels in meta lines, the reply an unlabelled block after them.
    QTest::newRow("detail answered")
        << QStringLiteral(
               "<div class=\"article\"><h1>河道垃圾无人清理</h1><p>留言人：周先生　留言时间：2026-07-16</p>"
               "<div>河道里漂浮着很多垃圾。</"
               "div><p>办理状态：已答复　答复单位：县生态环境分局　答复时间：2026-07-18</p>"
               "<div>您好！已组织保洁人员清理。</div></div><div "
               "class=\"footer\"><p>主办单位：县政府办公室</p></div>")
        << detail << QString() << true
        << QStringList{QStringLiteral(
               "hdjl/detail_1.html 2026-07-16→2026-07-18 reply 已答复 «您好！已组织保洁人员清理。» D")};
    QTest::newRow("detail unanswered")
        << QStringLiteral("<div><h1>河道垃圾无人清理</h1><p>留言人：周先生　留言时间：2026-07-16</"
                          "p><div>河道里漂浮着很多垃圾。</div>"
                          "<p>办理状态：未答复　承办单位：县生态环境分局</p></div>")
        << detail << QString() << true
        << QStringList{QStringLiteral("hdjl/detail_1.html 2026-07-16→ pending 未答复 «» D")};
    // Fields as a two-column table, Chinese dates, the reply in the cell after its label.
    QTest::newRow("detail key-value table")
        << QStringLiteral(
               "<table><tr><th>信件标题</th><td>路灯不亮</td></tr><tr><th>来信时间</th><td>2026年3月2日</"
               "td></tr>"
               "<tr><th>回复时间</th><td>2026年3月12日</td></tr><tr><th>回复内容</th><td>已安排维修，"
               "三日内修复。</td></tr></table>")
        << QStringLiteral("xx/letter?id=7") << QString() << true
        << QStringList{QStringLiteral("xx/letter 2026-03-02→2026-03-12 reply  «已安排维修，三日内修复。» D")};
    // A labelled reply of several paragraphs stays whole.
    QTest::newRow("detail reply paragraphs")
        << QStringLiteral("<div><p>提问时间：2026-05-01 "
                          "10:22</p><p>问题描述：社保卡丢了怎么补办？</p><div><p>回复内容：</p>"
                          "<p>网友您好：</p><p>请携带身份证到社保大厅补办。</p></div></div>")
        << detail << QString() << true
        << QStringList{QStringLiteral(
               "hdjl/detail_1.html 2026-05-01→ reply  «网友您好：\n请携带身份证到社保大厅补办。» D")};
    // 办理中 with the day handling started: not an answer.
    QTest::newRow("detail pending with date")
        << QStringLiteral("<p>咨询时间：2026-05-01</p><p>处理状态：办理中 办理时间：2026-05-02</p>") << detail
        << QString() << true
        << QStringList{QStringLiteral("hdjl/detail_1.html 2026-05-01→ pending 办理中 «» D")};
    QTest::newRow("list table")
        << QStringLiteral(
               "<table><tr><th>留言标题</th><th>留言时间</th><th>办理状态</th><th>答复时间</th></tr>"
               "<tr><td><a "
               "href=\"detail_2.html\">路面破损</a></td><td>2026-11-02</td><td>已答复</td><td>2026-11-05</"
               "td></tr>"
               "<tr><td><a "
               "href=\"detail_3.html#top\">河道垃圾</a></td><td>2026-07-16</td><td>未答复</td><td>—</td></tr>"
               "<tr><td><a "
               "href=\"detail_4.html\">公交线路</a></td><td>2026-06-01</td><td>已答复</td><td></td></tr></"
               "table>")
        << QStringLiteral("hdjl/index.html") << QString() << true
        << QStringList{QStringLiteral("hdjl/detail_2.html 2026-11-02→2026-11-05 reply 已答复 «»"),
                       QStringLiteral("hdjl/detail_3.html 2026-07-16→ pending 未答复 «»"),
                       QStringLiteral("hdjl/detail_4.html 2026-06-01→ reply 已答复 «»")};
    // Plain 时间 and 状态 columns count on a page that names itself a board.
    QTest::newRow("list table generic")
        << QStringLiteral(
               "<h2>咨询投诉</h2><table><thead><tr><th>主题</th><th>时间</th><th>状态</th></tr></"
               "thead><tbody>"
               "<tr><td><a href=\"/zx/1.html\">医保缴费</a></td><td>11-09</td><td>已回复</td></tr>"
               "<tr><td><a "
               "href=\"/zx/2.html\">低保申请</a></td><td>2026-10-01</td><td>处理中</td></tr></tbody></table>")
        << QStringLiteral("zx/index.html") << QString() << true
        << QStringList{QStringLiteral("zx/1.html 2026-11-09→ reply 已回复 «»"),
                       QStringLiteral("zx/2.html 2026-10-01→ pending 处理中 «»")};
    // A table of documents has 时间 and 状态 too, but its states are not a board's.
    QTest::newRow("document table")
        << QStringLiteral(
               "<h2>政策文件</h2><table><tr><th>标题</th><th>时间</th><th>状态</th></tr>"
               "<tr><td><a "
               "href=\"/zc/1.html\">县政府关于…的通知</a></td><td>2026-10-01</td><td>有效</td></tr>"
               "<tr><td><a "
               "href=\"/zc/2.html\">县政府关于…的意见</a></td><td>2025-10-01</td><td>废止</td></tr></table>")
        << QStringLiteral("zc/index.html") << QStringLiteral("咨询 - 县政府") << false << QStringList{};
    QTest::newRow("list items")
        << QStringLiteral(
               "<h2>县长信箱</h2><ul><li><a "
               "href=\"/xx/1.html\">路灯不亮</a><span>2026-10-01</span><span>已回复</span>"
               "<span>2026-10-03</span></li><li><a href=\"/xx/2.html\">噪音扰民</a><span>2026-10-08</span>"
               "<span>未回复</span></li></ul>")
        << QStringLiteral("xx/index.html") << QString() << true
        << QStringList{QStringLiteral("xx/1.html 2026-10-01→2026-10-03 reply 已回复 «»"),
                       QStringLiteral("xx/2.html 2026-10-08→ pending 未回复 «»")};
    QTest::newRow("news list")
        << QStringLiteral("<h2>政务动态</h2><ul><li><a href=\"/a/1.html\">县长调研</a> 2026-10-01</li>"
                          "<li><a href=\"/a/2.html\">会议召开</a> 2026-10-02</li></ul>")
        << QStringLiteral("a/index.html") << QString() << false << QStringList{};
    QTest::newRow("consultation hours")
        << QStringLiteral("<h1>办事指南</h1><p>咨询时间：工作日9:00-17:00</p><p>办理时间：2026-01-01起</"
                          "p><p>发布时间：2026-10-01</p>")
        << QStringLiteral("bs/1.html") << QString() << false << QStringList{};
    // The empty board: a header and no rows.
    QTest::newRow("empty board") << QStringLiteral(
                                        "<table><tr><th>留言标题</th><th>留言时间</th><th>答复时间</th></"
                                        "tr><tr><td colspan=\"3\">暂无信息</td></tr></table>")
                                 << QStringLiteral("hdjl/index.html") << QString() << true << QStringList{};
}

void TestMessageReader::read()
{
    QFETCH(QString, body);
    QFETCH(QString, path);
    QFETCH(QString, title);
    QFETCH(bool, board);
    QFETCH(QStringList, expected);
    const MessagePageFacts facts =
        MessagePageReader::read(page(body, path, title.isEmpty() ? QStringLiteral("页面") : title));
    QCOMPARE(describe(facts), expected);
    QCOMPARE(facts.isBoard, board);
    QCOMPARE(facts.isEmpty(), !board);
}

void TestMessageReader::titles()
{
    // The title label first, else the first heading, else the page title before the site's name.
    const auto titleOf = [](const QString &body, const QString &title) {
        const MessagePageFacts f = MessagePageReader::read(page(body, QStringLiteral("m/1.html"), title));
        return f.messages.isEmpty() ? QStringLiteral("(none)") : f.messages.first().title;
    };
    const QString fields = QStringLiteral("<p>留言时间：2026-10-01</p><p>办理状态：已办结</p>");
    QCOMPARE(
        titleOf(QStringLiteral("<p>留言标题：路灯不亮</p><h1>县长信箱</h1>") + fields, QStringLiteral("x")),
        QStringLiteral("路灯不亮"));
    QCOMPARE(titleOf(QStringLiteral("<h1>噪音扰民</h1>") + fields, QStringLiteral("x")),
             QStringLiteral("噪音扰民"));
    QCOMPARE(titleOf(fields, QStringLiteral("停水问题 - 青禾县人民政府")), QStringLiteral("停水问题"));
}

void TestMessageReader::jsonRoundTrip()
{
    MessagePageFacts facts;
    facts.isBoard = true;
    MessageRecord a;
    a.url = QStringLiteral("http://www.example.gov.cn/hdjl/detail_1.html");
    a.title = QStringLiteral("河道垃圾");
    a.asked = QDate(2026, 7, 16);
    a.answered = QDate(2026, 7, 18);
    a.hasReply = true;
    a.replyKnown = true;
    a.status = QStringLiteral("已答复");
    a.reply = QStringLiteral("已清理。");
    a.fromDetailPage = true;
    MessageRecord b;
    b.url = QStringLiteral("http://www.example.gov.cn/hdjl/detail_2.html");
    b.asked = QDate(2026, 8, 1);
    facts.messages = {a, b};

    const QJsonObject json = facts.toJson();
    // Short keys, and nothing for what is unset.
    QCOMPARE(json.value(QStringLiteral("m")).toArray().at(1).toObject().keys(),
             (QStringList{QStringLiteral("a"), QStringLiteral("u")}));
    const MessagePageFacts back = MessagePageFacts::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.isBoard, true);
    QCOMPARE(back.messages.size(), 2);
    const MessageRecord &r = back.messages.first();
    QCOMPARE(r.url, a.url);
    QCOMPARE(r.title, a.title);
    QCOMPARE(r.asked, a.asked);
    QCOMPARE(r.answered, a.answered);
    QVERIFY(r.hasReply && r.replyKnown && r.fromDetailPage);
    QCOMPARE(r.status, a.status);
    QCOMPARE(r.reply, a.reply);
    QVERIFY(MessagePageFacts().isEmpty());
    QVERIFY(MessagePageFacts::fromJson({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageReader)
#include "tst_messagereader.moc"
