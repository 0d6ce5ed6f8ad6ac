// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/document/ReportTemplate.h"
#include "report/notice/NoticeDocumentBuilder.h"
#include "report/notice/RoundReportBuilder.h"
#include "storage/NoticeRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

/// The template language offices edit: roles, continuation lines, placeholders, the blocks the
/// program builds, and the errors a mistyped copy gets. The bundled templates must only use names
/// their builders fill in.
class TestReportTemplate : public QObject
{
    Q_OBJECT

    static const ReportParagraph &paragraph(const ReportDocument &d, int i)
    {
        return std::get<ReportParagraph>(d.blocks.at(i));
    }

private slots:
    void rendersRolesAndPlaceholders()
    {
        auto t = ReportTemplate::parse(QStringLiteral("# comment\n[title] 关于{{site.name}}的通知\n"
                                                      "[body] 第一句，\n接着第二句。\n\n[table] problems\n"
                                                      "[pagebreak]\n[date] {{ notice.date }}\n"),
                                       QStringLiteral("t"));
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().fullText()));
        TemplateContext c;
        c.values = {{QStringLiteral("site.name"), QStringLiteral("青禾县人民政府网站")},
                    {QStringLiteral("notice.date"), QStringLiteral("2026年11月27日")}};
        ReportTable table;
        table.headers = {QStringLiteral("序号")};
        c.blocks.insert(QStringLiteral("problems"), {table});
        auto d = t.value().render(c, QStringLiteral("T"), QStringLiteral("A"));
        QVERIFY(d.ok());
        QCOMPARE(d.value().blocks.size(), 5);
        QCOMPARE(paragraph(d.value(), 0).role, BlockRole::Title);
        QCOMPARE(paragraph(d.value(), 0).text, QStringLiteral("关于青禾县人民政府网站的通知"));
        QCOMPARE(paragraph(d.value(), 1).text, QStringLiteral("第一句，接着第二句。"));
        QVERIFY(std::holds_alternative<ReportTable>(d.value().blocks.at(2)));
        QVERIFY(std::holds_alternative<ReportPageBreak>(d.value().blocks.at(3)));
        QCOMPARE(paragraph(d.value(), 4).role, BlockRole::Date);
        QCOMPARE(paragraph(d.value(), 4).text, QStringLiteral("2026年11月27日"));
        QCOMPARE(d.value().title, QStringLiteral("T"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown role") << QStringLiteral("[titel] x") << false << QStringLiteral("[titel]");
        QTest::newRow("table without name")
            << QStringLiteral("[table]") << false << QStringLiteral("needs a name");
        QTest::newRow("empty") << QStringLiteral("# only a comment\n") << false << QStringLiteral("empty");
        QTest::newRow("unknown placeholder")
            << QStringLiteral("[body] ok\n[body] {{site.nmae}}") << true << QStringLiteral("Line 2");
        QTest::newRow("unknown table")
            << QStringLiteral("[table] problemz") << true << QStringLiteral("problemz");
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(bool, parses);
        QFETCH(QString, message);
        auto t = ReportTemplate::parse(text, QStringLiteral("office.xjt"));
        QCOMPARE(t.ok(), parses);
        if (!parses) {
            QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
            return;
        }
        auto d = t.value().render({}, {}, {});
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.contains(message), qPrintable(d.error().message));
        QVERIFY(d.error().message.contains(QLatin1String("office.xjt")));
    }

    void bundledTemplatesUseOnlyKnownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("known");
        const Round round;
        SiteRoundData site;
        const TemplateContext notice =
            NoticeDocumentBuilder::context(round, site, Notice(), NoticeRepository::defaultSettings());
        const TemplateContext report = RoundReportBuilder::context(
            RoundData(), std::nullopt, NoticeRepository::defaultSettings(), {}, {});
        QTest::newRow("notice") << QString::fromLatin1(NoticeDocumentBuilder::TemplateName)
                                << notice.values.keys() + notice.blocks.keys();
        QTest::newRow("report") << QString::fromLatin1(RoundReportBuilder::TemplateName)
                                << report.values.keys() + report.blocks.keys();
    }
    void bundledTemplatesUseOnlyKnownNames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, known);
        auto t = ReportTemplate::load(name, {});
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().fullText()));
        for (const QString &used : t.value().placeholders())
            QVERIFY2(known.contains(used), qPrintable(used));
    }

    void officeCopyWins()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("templates")));
        QFile f(dir.filePath(QStringLiteral("templates/rectification-notice.xjt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[title] 本单位自己的通知\n");
        f.close();
        auto t = ReportTemplate::load(QStringLiteral("rectification-notice"), dir.path());
        QVERIFY(t.ok());
        auto d = t.value().render({}, {}, {});
        QVERIFY(d.ok());
        QCOMPARE(paragraph(d.value(), 0).text, QStringLiteral("本单位自己的通知"));
    }
};

QTEST_GUILESS_MAIN(TestReportTemplate)
#include "tst_reporttemplate.moc"
