// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSiteReader.h"
#include "TestDataDir.h"
#include "checks/CheckDictionaries.h"
#include "checks/CheckEngine.h"
#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"
#include "demo/DemoAnswerKey.h"
#include "demo/DemoSiteGenerator.h"
#include "demo/DemoSiteManifest.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

/// The checks against the demo site's answer key: every planted problem of the categories the
/// page checks cover is found on its page, and the clean variant of the same site yields nothing.
class TestDemoQuality : public QObject
{
    Q_OBJECT
private:
    static QStringList expectedChecks(const QString &category)
    {
        static const QHash<QString, QStringList> byCategory{
            {QStringLiteral("P01"),
             {QStringLiteral("typo.confusion"), QStringLiteral("typo.protected_name")}},
            {QStringLiteral("P02"), {QStringLiteral("date.future"), QStringLiteral("date.inconsistent")}},
            {QStringLiteral("P08"),
             {QStringLiteral("hijack.hidden_link"), QStringLiteral("hijack.spam_keyword"),
              QStringLiteral("hijack.foreign_script")}},
            {QStringLiteral("P09"),
             {QStringLiteral("privacy.id_number"), QStringLiteral("privacy.mobile"),
              QStringLiteral("privacy.bank_card")}},
            {QStringLiteral("P14"),
             {QStringLiteral("identifier.site_code"), QStringLiteral("identifier.icp"),
              QStringLiteral("identifier.police"), QStringLiteral("identifier.conac")}},
            {QStringLiteral("P16"), {QStringLiteral("hijack.spam_keyword")}},
        };
        return byCategory.value(category);
    }

    struct Site
    {
        QTemporaryDir dir;
        DemoSiteManifest manifest;
        DemoAnswerKey key;
        std::shared_ptr<CheckDictionaries> dictionaries;
    };

    static void generate(Site &site, bool clean)
    {
        QVERIFY(site.dir.isValid());
        auto manifest = DemoSiteGenerator::generate(DemoSiteReader::spec(1, clean), site.dir.path());
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().fullText()));
        site.manifest = manifest.value();
        auto key = DemoAnswerKey::load(QDir(site.dir.path()).filePath(DemoSiteGenerator::AnswerKeyFileName));
        QVERIFY(key.ok());
        site.key = key.value();
        auto lists = CheckDictionaries::bundledLists();
        QVERIFY(lists.ok());
        CheckDictionaries::Lists l = lists.value();
        // What the demo workspace puts on the office's protected list: the 领导之窗.
        for (const auto &[name, title] : site.manifest.leaders)
            l.protectedTerms.append({name, ProtectedTerm::Kind::Person, title, {}});
        site.dictionaries = std::make_shared<CheckDictionaries>(l);
    }

    static Candidates check(const Site &site, const QString &page)
    {
        auto read = DemoSiteReader::snapshotOf(site.dir.path(), page);
        if (!read)
            return {};
        PageSnapshot snapshot = *read;
        const DemoSiteSpec spec = DemoSiteReader::spec(1, site.manifest.clean);
        snapshot.site.url = QStringLiteral("http://127.0.0.1:18460/");
        snapshot.site.siteCode = spec.siteCode;
        snapshot.site.icpNumber = spec.icpNumber;
        snapshot.site.policeNumber = QStringLiteral("浙公网安备%1号").arg(spec.policeRecordCode);
        snapshot.site.portal = true;
        return CheckEngine(site.dictionaries).run(snapshot);
    }

private slots:
    void everyPlantedProblemIsFound()
    {
        Site site;
        generate(site, false);
        int inScope = 0;
        QStringList missed;
        for (const DemoProblem &p : site.key.problems) {
            const QStringList checks = expectedChecks(p.category);
            if (checks.isEmpty())
                continue;
            ++inScope;
            bool found = false;
            for (const Candidate &c : check(site, p.page)) {
                if (!checks.contains(c.checkId))
                    continue;
                const bool overlaps =
                    !c.text.isEmpty() && (p.text.contains(c.text) || c.text.contains(p.text));
                if (overlaps || !p.absent.isEmpty()) {
                    found = true;
                    break;
                }
            }
            if (!found)
                missed.append(p.id + QStringLiteral(" on ") + p.page + QStringLiteral(": ") + p.text);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
        // P01 ×4, P02 ×3, P08 ×3, P09 ×3, P14 ×2, P16 ×1 in the answer key of seed 1.
        QVERIFY2(inScope >= 16, qPrintable(QString::number(inScope)));
    }

    void cleanSiteHasNoCandidates()
    {
        Site site;
        generate(site, true);
        QVERIFY(site.key.problems.isEmpty());
        QStringList found;
        const QStringList pages = DemoSiteReader::pagesOf(site.dir.path());
        QVERIFY(pages.size() > 100);
        for (const QString &page : pages) {
            for (const Candidate &c : check(site, page))
                found.append(page + QStringLiteral(": ") + c.checkId + QStringLiteral(" “") + c.text +
                             QStringLiteral("” ") + c.message);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 30).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDemoQuality)
#include "tst_demoquality.moc"
