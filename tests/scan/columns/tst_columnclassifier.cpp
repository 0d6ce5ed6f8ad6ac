// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/columns/ColumnClassifier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xj;

/// The update class of a column from the keywords of its name (dictionaries/column-classes.tsv).
class TestColumnClassifier : public QObject
{
    Q_OBJECT

private slots:
    void bundledListLoads()
    {
        const auto keywords = ColumnClassifier::readFile(ColumnClassifier::bundledPath());
        QVERIFY2(keywords.ok(), keywords.ok() ? "" : qPrintable(keywords.error().fullText()));
        QVERIFY(keywords.value().size() > 100);
        QCOMPARE(ColumnClassifier::bundled().keywords().size(), keywords.value().size());
        for (ColumnClass cls : ColumnClasses.values()) {
            if (cls == ColumnClass::Unclassified)
                continue;
            QVERIFY(std::any_of(keywords.value().cbegin(), keywords.value().cend(),
                                [cls](const ColumnClassifier::Keyword &k) { return k.cls == cls; }));
        }
    }

    void classify_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("cls");
        const auto row = [](const char *name, const char *cls) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromLatin1(cls);
        };
        row("政务要闻", "news");
        row("政务动态", "news");
        row("部门动态", "news");
        row("乡镇动态", "news");
        row("图片新闻", "news");
        row("领导活动", "news");     // longer than 领导 (static)
        row("政务服务动态", "news"); // 动态 and 服务 are equally long: news is listed first
        row("通知公告", "notice_policy");
        row("政策文件", "notice_policy");
        row("县政府文件", "notice_policy");
        row("政策解读", "notice_policy");
        row("规范性文件", "notice_policy");
        row("人事信息", "personnel_plan");
        row("人事任免", "personnel_plan");
        row("任前公示", "personnel_plan"); // longer than 公示 (notice)
        row("招聘信息", "personnel_plan");
        row("规划计划", "personnel_plan");
        row("发展规划", "personnel_plan");
        row("年度计划", "personnel_plan");
        row("专项规划", "personnel_plan");
        row("计划生育", "updating"); // not a plan column
        row("财政预决算", "updating");
        row("政府采购", "updating");
        row("采购公告", "updating");
        row("建议提案办理", "updating");
        row("统计数据", "updating");
        row("领导之窗", "static");
        row("机构职能", "static");
        row("办事指南", "static");
        row("互动交流", "static");
        row("县长信箱", "static");
        row("在线咨询", "static");
        row("政策咨询", "static"); // a message board, not a policy column
        row("政府信息公开指南", "static");
        row("站内搜索", "static");
        row("网站声明", "unclassified");
        row("", "unclassified");
    }

    void classify()
    {
        QFETCH(QString, name);
        QFETCH(QString, cls);
        QCOMPARE(columnClassKey(ColumnClassifier::bundled().classify(name)), cls);
    }

    void classKeysAndLabels()
    {
        const QStringList keys = {QStringLiteral("news"),           QStringLiteral("notice_policy"),
                                  QStringLiteral("personnel_plan"), QStringLiteral("updating"),
                                  QStringLiteral("static"),         QStringLiteral("unclassified")};
        QCOMPARE(ColumnClasses.values().size(), keys.size());
        for (int i = 0; i < keys.size(); ++i) {
            const ColumnClass cls = ColumnClasses.values().at(i);
            QCOMPARE(columnClassKey(cls), keys.at(i));
            QCOMPARE(columnClassFromKey(keys.at(i)), std::optional<ColumnClass>(cls));
            QVERIFY(!columnClassLabel(cls).isEmpty());
        }
        QVERIFY(!columnClassFromKey(u"weekly").has_value());
        QVERIFY(columnClassHasWindow(ColumnClass::Updating));
        QVERIFY(!columnClassHasWindow(ColumnClass::Static));
        QVERIFY(!columnClassHasWindow(ColumnClass::Unclassified));
    }

    void ownKeywordList()
    {
        const ColumnClassifier c({{QStringLiteral("公开"), ColumnClass::Updating},
                                  {QStringLiteral("信息公开"), ColumnClass::Static},
                                  {QStringLiteral("NEWS"), ColumnClass::News}});
        QCOMPARE(c.classify(QStringLiteral("政府信息公开")), ColumnClass::Static);
        QCOMPARE(c.matchedKeyword(QStringLiteral("政府信息公开")), QStringLiteral("信息公开"));
        QCOMPARE(c.classify(QStringLiteral("公开目录")), ColumnClass::Updating);
        QCOMPARE(c.classify(QStringLiteral("Latest news")), ColumnClass::News);
        QCOMPARE(c.matchedKeyword(QStringLiteral("网站声明")), QString());
    }

    void badLinesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good") << QByteArray("# comment\n\n动态\tnews\n") << true;
        QTest::newRow("unknown class") << QByteArray("动态\tweekly\n") << false;
        QTest::newRow("no tab") << QByteArray("动态 news\n") << false;
        QTest::newRow("no keyword") << QByteArray("\tnews\n") << false;
    }

    void badLinesAreErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("classes.tsv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(ColumnClassifier::readFile(file.fileName()).ok(), ok);
        QVERIFY(!ColumnClassifier::readFile(dir.filePath(QStringLiteral("missing.tsv"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestColumnClassifier)
#include "tst_columnclassifier.moc"
