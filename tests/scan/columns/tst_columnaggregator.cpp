// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanRules.h"
#include "scan/columns/ColumnAggregator.h"

#include <QJsonArray>
#include <QTest>

using namespace xj;

namespace {

const QDate T(2026, 11, 20);
const QString Site = QStringLiteral("http://www.qhx.gov.cn");

ColumnPageFacts list(const QString &key, const QString &name, int level, const QList<QDate> &dates)
{
    ColumnPageFacts f;
    f.columnKey = key;
    f.columnName = name;
    f.level = level;
    f.isListPage = true;
    for (int i = 0; i < dates.size(); ++i)
        f.items.append(
            {name + QString::number(i), Site + key + QStringLiteral("a%1.html").arg(i), dates.at(i)});
    return f;
}

// Pages as the lead's scan hands them over: from the JSON stored per page.
void add(ColumnAggregator &a, const QString &key, const ColumnPageFacts &f,
         const QString &file = QStringLiteral("index.html"))
{
    a.addPage(Site + key + file, ColumnPageFacts::fromJson(f.toJson()), false);
}

QStringList ids(const ColumnAggregator::Evaluation &e)
{
    QStringList out;
    for (const ScanCandidate &c : e.candidates)
        out.append(c.checkId);
    return out;
}

} // namespace

/// Judging the columns of a whole scan: class windows and their edges, first-level notice columns,
/// the inspector's classes, blank columns, the home page, dates later than T and the veto counts.
class TestColumnAggregator : public QObject
{
    Q_OBJECT

private slots:
    void windowEdges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("level");
        QTest::addColumn<QDate>("newest");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("stale");
        QTest::newRow("news 14 days") << QStringLiteral("乡镇动态") << 2 << T.addDays(-14) << T << false;
        QTest::newRow("news 15 days") << QStringLiteral("乡镇动态") << 2 << T.addDays(-15) << T << true;
        QTest::newRow("news today") << QStringLiteral("政务要闻") << 2 << T << T << false;
        QTest::newRow("notice 6 months")
            << QStringLiteral("通知公告") << 1 << QDate(2026, 5, 20) << T << false;
        QTest::newRow("notice 6 months and a day")
            << QStringLiteral("通知公告") << 1 << QDate(2026, 5, 19) << T << true;
        QTest::newRow("notice second level")
            << QStringLiteral("县政府文件") << 2 << QDate(2024, 1, 1) << T << false;
        QTest::newRow("notice unknown level")
            << QStringLiteral("政策文件") << 0 << QDate(2024, 1, 1) << T << true;
        QTest::newRow("notice month end")
            << QStringLiteral("通知公告") << 1 << QDate(2026, 2, 28) << QDate(2026, 8, 31) << false;
        QTest::newRow("notice month end, a day older")
            << QStringLiteral("通知公告") << 1 << QDate(2026, 2, 27) << QDate(2026, 8, 31) << true;
        QTest::newRow("personnel a year")
            << QStringLiteral("人事信息") << 1 << QDate(2025, 11, 20) << T << false;
        QTest::newRow("personnel a year and a day")
            << QStringLiteral("人事信息") << 1 << QDate(2025, 11, 19) << T << true;
        QTest::newRow("plan second level")
            << QStringLiteral("年度计划") << 2 << QDate(2025, 11, 19) << T << true;
        QTest::newRow("updating 3 months")
            << QStringLiteral("财政预决算") << 2 << QDate(2026, 8, 20) << T << false;
        QTest::newRow("updating 3 months and a day")
            << QStringLiteral("财政预决算") << 2 << QDate(2026, 8, 19) << T << true;
        QTest::newRow("static") << QStringLiteral("领导之窗") << 1 << QDate(2020, 1, 1) << T << false;
        QTest::newRow("unclassified") << QStringLiteral("网站声明") << 1 << QDate(2020, 1, 1) << T << false;
    }

    void windowEdges()
    {
        QFETCH(QString, name);
        QFETCH(int, level);
        QFETCH(QDate, newest);
        QFETCH(QDate, today);
        QFETCH(bool, stale);
        ScanRules rules;
        rules.updatingWindowMonths = 3;
        ColumnAggregator a;
        add(a, QStringLiteral("/c/"), list(QStringLiteral("/c/"), name, level, {newest, newest.addDays(-3)}));
        const auto e = a.evaluate(today, rules, {});
        QCOMPARE(e.columns.size(), 1);
        const ColumnSummary &s = e.columns.first();
        QCOMPARE(s.stale, stale);
        QCOMPARE(s.newest, newest);
        QCOMPARE(s.itemCount, 2);
        QCOMPARE(ids(e), stale ? QStringList{QStringLiteral("column.stale")} : QStringList{});
        if (stale) {
            const ScanCandidate &c = e.candidates.first();
            QCOMPARE(c.url, Site + QStringLiteral("/c/index.html"));
            QCOMPARE(c.text, newest.toString(Qt::ISODate));
            QCOMPARE(c.itemCode, QStringLiteral("W-V4"));
            QCOMPARE(c.detail.value(QStringLiteral("newest")).toString(), newest.toString(Qt::ISODate));
            QCOMPARE(c.detail.value(QStringLiteral("windowStart")).toString(),
                     s.windowStart.toString(Qt::ISODate));
            QVERIFY(!c.message.isEmpty());
        }
    }

    void inspectorClassWins()
    {
        ColumnAggregator a;
        add(a, QStringLiteral("/xzdt/"),
            list(QStringLiteral("/xzdt/"), QStringLiteral("乡镇动态"), 2, {T.addDays(-40)}));
        add(a, QStringLiteral("/qt/"),
            list(QStringLiteral("/qt/"), QStringLiteral("网站声明"), 1, {T.addDays(-40)}));
        const QHash<QString, ColumnClass> classes{{QStringLiteral("/xzdt/"), ColumnClass::Static},
                                                  {QStringLiteral("/qt/"), ColumnClass::News}};
        const auto e = a.evaluate(T, ScanRules{}, classes);
        QCOMPARE(e.columns.size(), 2);
        QCOMPARE(e.columns.at(0).key, QStringLiteral("/qt/"));
        QCOMPARE(e.columns.at(0).cls, ColumnClass::News);
        QVERIFY(e.columns.at(0).classFromInspector);
        QVERIFY(e.columns.at(0).stale);
        QCOMPARE(e.columns.at(1).cls, ColumnClass::Static);
        QVERIFY(!e.columns.at(1).stale);
        QCOMPARE(ids(e), QStringList{QStringLiteral("column.stale")});
        QCOMPARE(e.candidates.first().detail.value(QStringLiteral("classFromInspector")).toBool(), true);
        QCOMPARE(e.staleCount, 1);
        // Without the inspector's classes the keywords decide.
        const auto guessed = a.evaluate(T, ScanRules{}, {});
        QVERIFY(!guessed.columns.at(0).stale);
        QVERIFY(guessed.columns.at(1).stale);
    }

    void paginationIsOneColumn()
    {
        ColumnAggregator a;
        const QString key = QStringLiteral("/zwdt/");
        add(a, key, list(key, QStringLiteral("政务动态"), 1, {T.addDays(-20), T.addDays(-21)}),
            QStringLiteral("index_1.html"));
        add(a, key, list(key, QStringLiteral("政务动态"), 1, {T.addDays(-2), T.addDays(-5)}));
        add(a, key,
            list(key, QStringLiteral("政务动态"), 1, {T.addDays(-2), T.addDays(-5)})); // the same page again
        const auto e = a.evaluate(T, ScanRules{}, {});
        QCOMPARE(a.columnCount(), 1);
        QCOMPARE(e.columns.first().itemCount, 4);
        QCOMPARE(e.columns.first().newest, T.addDays(-2));
        QCOMPARE(e.columns.first().url, Site + key + QStringLiteral("index.html"));
        QVERIFY(e.candidates.isEmpty());
    }

    void blankColumns()
    {
        ColumnAggregator a;
        ColumnPageFacts placeholder = list(QStringLiteral("/zxgh/"), QStringLiteral("专项规划"), 2, {});
        placeholder.blank = true;
        placeholder.blankText = QStringLiteral("暂无信息");
        add(a, QStringLiteral("/zxgh/"), placeholder);
        ColumnPageFacts empty = list(QStringLiteral("/zcjd/"), QStringLiteral("政策解读"), 2, {});
        empty.blank = true;
        add(a, QStringLiteral("/zcjd/"), empty);
        // A page past the end of a list says 暂无信息; the column has entries on its first page.
        ColumnPageFacts past = list(QStringLiteral("/bmdt/"), QStringLiteral("部门动态"), 2, {});
        past.blank = true;
        past.blankText = QStringLiteral("暂无信息");
        add(a, QStringLiteral("/bmdt/"), past, QStringLiteral("index_9.html"));
        add(a, QStringLiteral("/bmdt/"), list(QStringLiteral("/bmdt/"), QStringLiteral("部门动态"), 2, {T}));
        const auto e = a.evaluate(T, ScanRules{}, {});
        QCOMPARE(ids(e), (QStringList{QStringLiteral("column.blank"), QStringLiteral("column.blank")}));
        QCOMPARE(e.blankCount, 2);
        QCOMPARE(e.candidates.at(0).url, Site + QStringLiteral("/zcjd/index.html"));
        QCOMPARE(e.candidates.at(1).text, QStringLiteral("暂无信息"));
        QCOMPARE(e.candidates.at(1).itemCode, QStringLiteral("W-V4"));
        QVERIFY(!e.columns.at(0).blank); // /bmdt/
        QVERIFY(e.columns.at(1).blank);
        QVERIFY(!e.columns.at(1).stale); // blank, not stale
    }

    void homePage_data()
    {
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QDate>("newest");
        QTest::newRow("14 days") << QList<QDate>{T.addDays(-14), T.addDays(-30)} << false << T.addDays(-14);
        QTest::newRow("15 days") << QList<QDate>{T.addDays(-15), T.addDays(-30)} << true << T.addDays(-15);
        QTest::newRow("only the future") << QList<QDate>{T.addDays(3)} << true << QDate();
        QTest::newRow("future and fresh")
            << QList<QDate>{T.addDays(3), T.addDays(-1)} << false << T.addDays(-1);
    }

    void homePage()
    {
        QFETCH(QList<QDate>, dates);
        QFETCH(bool, stale);
        QFETCH(QDate, newest);
        ColumnAggregator a;
        a.addPage(Site + QStringLiteral("/index.html"),
                  list(QStringLiteral("/"), QStringLiteral("首页"), 0, dates), true);
        const auto e = a.evaluate(T, ScanRules{}, {});
        QVERIFY(e.columns.isEmpty()); // the home page is no column
        QCOMPARE(e.homeStale, stale);
        QCOMPARE(e.homeNewest, newest);
        QCOMPARE(ids(e).contains(QStringLiteral("home.stale")), stale);
        const QJsonObject v3 = e.veto.value(QStringLiteral("W-V3")).toObject();
        QCOMPARE(v3.value(QStringLiteral("veto")).toBool(), stale);
        QCOMPARE(v3.value(QStringLiteral("windowDays")).toInt(), 14);
        if (stale) {
            const ScanCandidate &c = e.candidates.at(ids(e).indexOf(QStringLiteral("home.stale")));
            QCOMPARE(c.url, Site + QStringLiteral("/index.html"));
            QCOMPARE(c.itemCode, QStringLiteral("W-V3"));
        }
    }

    void navigationOnlyHomePage()
    {
        ColumnAggregator a;
        a.addPage(Site + QStringLiteral("/index.html"), ColumnPageFacts{}, true);
        add(a, QStringLiteral("/zwdt/"),
            list(QStringLiteral("/zwdt/"), QStringLiteral("领导之窗"), 1, {T.addDays(-20)}));
        add(a, QStringLiteral("/zwdt/a/"),
            list(QStringLiteral("/zwdt/a/"), QStringLiteral("领导之窗"), 2, {T}));
        auto e = a.evaluate(T, ScanRules{}, {});
        // Only first-level columns stand for a navigation home page.
        QVERIFY(e.homeStale);
        QCOMPARE(e.homeNewest, T.addDays(-20));
        QVERIFY(
            e.veto.value(QStringLiteral("W-V3")).toObject().value(QStringLiteral("navigationOnly")).toBool());
        add(a, QStringLiteral("/tzgg/"),
            list(QStringLiteral("/tzgg/"), QStringLiteral("领导之窗"), 1, {T.addDays(-1)}));
        e = a.evaluate(T, ScanRules{}, {});
        QVERIFY(!e.homeStale);
        // Without a home page nothing is said about it.
        ColumnAggregator none;
        QVERIFY(!none.evaluate(T, ScanRules{}, {}).homeStale);
        QCOMPARE(none.evaluate(T, ScanRules{}, {})
                     .veto.value(QStringLiteral("W-V3"))
                     .toObject()
                     .value(QStringLiteral("judged")),
                 QJsonValue(false));
    }

    void futureDates()
    {
        ColumnAggregator a;
        const QString article = Site + QStringLiteral("/tzgg/202612/t20261209_3477.html");
        ColumnPageFacts tzgg = list(QStringLiteral("/tzgg/"), QStringLiteral("通知公告"), 1, {T.addDays(-2)});
        tzgg.items.prepend({QStringLiteral("关于工作安排的通知"), article, QDate(2026, 12, 9)});
        ColumnPageFacts home;
        home.items = {{QStringLiteral("关于工作安排的通知"), article, QDate(2026, 12, 9)},
                      {QStringLiteral("某某"), Site + QStringLiteral("/x.html"), T}};
        a.addPage(Site + QStringLiteral("/index.html"), home, true);
        add(a, QStringLiteral("/tzgg/"), tzgg);
        ColumnPageFacts page;
        page.articleDate = QDate(2026, 12, 9);
        a.addPage(article, page, false);
        // A future article only its own page shows.
        ColumnPageFacts lone;
        lone.articleDate = T.addDays(1);
        a.addPage(Site + QStringLiteral("/zwdt/lone.html"), lone, false);
        const auto e = a.evaluate(T, ScanRules{}, {});
        QCOMPARE(ids(e), (QStringList{QStringLiteral("date.future"), QStringLiteral("date.future")}));
        const ScanCandidate &c = e.candidates.at(0);
        QCOMPARE(c.url, Site + QStringLiteral("/tzgg/index.html"));
        QCOMPARE(c.text, QStringLiteral("2026-12-09"));
        QCOMPARE(c.itemCode, QStringLiteral("W-V1"));
        QCOMPARE(c.detail.value(QStringLiteral("itemUrl")).toString(), article);
        QCOMPARE(c.detail.value(QStringLiteral("articlePage")).toString(), article);
        QCOMPARE(c.detail.value(QStringLiteral("title")).toString(), QStringLiteral("关于工作安排的通知"));
        QCOMPARE(c.detail.value(QStringLiteral("listPages")).toArray().size(), 2);
        QCOMPARE(e.candidates.at(1).url, Site + QStringLiteral("/zwdt/lone.html"));
        // The future entry does not make the column fresh.
        QCOMPARE(e.columns.first().newest, T.addDays(-2));
        QVERIFY(!e.homeStale);
    }

    void futureEntriesDoNotHideTheNewest()
    {
        ColumnAggregator a;
        QList<QDate> dates;
        for (int i = 1; i <= ColumnAggregator::NewestKept - 1; ++i)
            dates.append(T.addDays(i));
        dates.append(T.addDays(-30));
        add(a, QStringLiteral("/xzdt/"),
            list(QStringLiteral("/xzdt/"), QStringLiteral("乡镇动态"), 2, dates));
        const auto e = a.evaluate(T, ScanRules{}, {});
        QCOMPARE(e.columns.first().newest, T.addDays(-30));
        QVERIFY(e.columns.first().stale);
        QCOMPARE(ids(e).count(QStringLiteral("date.future")), ColumnAggregator::NewestKept - 1);
    }

    void vetoCounts_data()
    {
        QTest::addColumn<int>("staleNews");
        QTest::addColumn<int>("stalePlans");
        QTest::addColumn<int>("blank");
        QTest::addColumn<bool>("veto");
        QTest::newRow("nothing") << 0 << 0 << 0 << false;
        QTest::newRow("4 stale") << 4 << 0 << 0 << false;
        QTest::newRow("5 stale") << 5 << 0 << 0 << true;
        QTest::newRow("9 should-update") << 0 << 9 << 0 << false;
        QTest::newRow("10 should-update") << 0 << 10 << 0 << true;
        QTest::newRow("4 blank") << 4 << 9 << 4 << false;
        QTest::newRow("5 blank") << 0 << 0 << 5 << true;
    }

    void vetoCounts()
    {
        QFETCH(int, staleNews);
        QFETCH(int, stalePlans);
        QFETCH(int, blank);
        QFETCH(bool, veto);
        ColumnAggregator a;
        for (int i = 0; i < staleNews; ++i) {
            const QString key = QStringLiteral("/news%1/").arg(i);
            add(a, key, list(key, QStringLiteral("工作动态"), 2, {T.addDays(-15)}));
        }
        for (int i = 0; i < stalePlans; ++i) {
            const QString key = QStringLiteral("/plan%1/").arg(i);
            add(a, key, list(key, QStringLiteral("年度计划"), 2, {T.addYears(-2)}));
        }
        for (int i = 0; i < blank; ++i) {
            const QString key = QStringLiteral("/blank%1/").arg(i);
            ColumnPageFacts f = list(key, QStringLiteral("专栏"), 2, {});
            f.blank = true;
            add(a, key, f);
        }
        const auto e = a.evaluate(T, ScanRules{}, {});
        QCOMPARE(e.staleCount, staleNews);
        QCOMPARE(e.updatingStaleCount, stalePlans);
        QCOMPARE(e.blankCount, blank);
        QCOMPARE(e.candidates.size(), staleNews + stalePlans + blank);
        const QJsonObject v4 = e.veto.value(QStringLiteral("W-V4")).toObject();
        QCOMPARE(v4.value(QStringLiteral("veto")).toBool(), veto);
        QCOMPARE(v4.value(QStringLiteral("stale")).toInt(), staleNews);
        QCOMPARE(v4.value(QStringLiteral("staleVetoCount")).toInt(), 5);
        QCOMPARE(v4.value(QStringLiteral("updatingVetoCount")).toInt(), 10);
        QCOMPARE(v4.value(QStringLiteral("blankVetoCount")).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestColumnAggregator)
#include "tst_columnaggregator.moc"
