// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/messages/StockReplies.h"

#include <QTest>

using namespace xj;

class TestStockReplies : public QObject
{
    Q_OBJECT

private:
    StockReplies m_stock;

private slots:
    void initTestCase()
    {
        auto stock = StockReplies::bundled();
        QVERIFY2(stock.ok(), stock.ok() ? "" : qPrintable(stock.error().fullText()));
        m_stock = stock.value();
        QVERIFY(m_stock.phrases().size() > 40);
        QVERIFY(!StockReplies::fromFile(QStringLiteral("/nonexistent/stock.txt")).ok());
    }

    void isStock_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("stock");

        QTest::newRow("received") << QStringLiteral("已收到。") << true;
        QTest::newRow("received, other punctuation") << QStringLiteral(" 已收到！ ") << true;
        QTest::newRow("full-width and spaces")
            << QStringLiteral("您好 ！您的留言已收到，感谢您的关注！") << true;
        QTest::newRow("forwarded") << QStringLiteral("已转相关部门。") << true;
        QTest::newRow("thanks alone") << QStringLiteral("感谢您的关注！") << true;
        QTest::newRow("sent elsewhere") << QStringLiteral("您好，请咨询相关部门。") << true;
        QTest::newRow("see the rules") << QStringLiteral("具体请见相关规定。") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("punctuation only") << QStringLiteral("。。。") << false;
        QTest::newRow("short real answer") << QStringLiteral("同意，下周施工。") << false;
        QTest::newRow("forwarded to a named office")
            << QStringLiteral("已转县交通运输局，该路段下月修补。") << false;
        QTest::newRow("long answer with courtesy")
            << QStringLiteral("您好！您反映的问题已转云峰镇人民政府和县公路事业发展中心核实处理。经现场查看，"
                              "该路段已列入本年度"
                              "养护计划，预计下月完成修补。感谢您的关注！")
            << false;
    }

    void isStock()
    {
        QFETCH(QString, reply);
        QFETCH(bool, stock);
        QCOMPARE(m_stock.isStock(reply), stock);
        // An empty list knows no stock phrase.
        QVERIFY(!StockReplies().isStock(reply));
    }

    void normalise()
    {
        QCOMPARE(StockReplies::normalise(QStringLiteral(" 已收到，ＯＫ！\n谢谢 ")),
                 QStringLiteral("已收到ok谢谢"));
        QCOMPARE(StockReplies::normalise(QStringLiteral("“请咨询”——相关部门…")),
                 QStringLiteral("请咨询相关部门"));
    }
};

QTEST_GUILESS_MAIN(TestStockReplies)
#include "tst_stockreplies.moc"
