// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanRules.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

/// The thresholds scans judge by: the national defaults, a partial office file, a broken file.
class TestScanRules : public QObject
{
    Q_OBJECT
private slots:
    void defaultsFollowTheIndicators()
    {
        const ScanRules r;
        QCOMPARE(r.homeWindowDays, 14);
        QCOMPARE(r.newsWindowDays, 14);
        QCOMPARE(r.noticePolicyWindowMonths, 6);
        QCOMPARE(r.personnelPlanWindowMonths, 12);
        QCOMPARE(r.staleVetoCount, 5);
        QCOMPARE(r.updatingVetoCount, 10);
        QCOMPARE(r.blankVetoCount, 5);
        QCOMPARE(r.unansweredMonths, 3);
        QCOMPARE(r.replyWorkingDays, 5);
        QCOMPARE(r.probesPerDay, 20);
        QCOMPARE(r.probeTimeoutSeconds, 15);
        QCOMPARE(r.unavailableVetoRatio, 0.05);
    }

    void jsonRoundTripKeepsEveryField()
    {
        ScanRules r;
        r.replyWorkingDays = 3;
        r.unavailableVetoRatio = 0.03;
        r.staleVetoCount = 4;
        const ScanRules back = ScanRules::fromJson(r.toJson());
        QCOMPARE(back.toJson(), r.toJson());
        QCOMPARE(back.replyWorkingDays, 3);
        QCOMPARE(back.unavailableVetoRatio, 0.03);
    }

    void officeFileOverridesOnlyWhatItSets()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QLatin1String(ScanRules::FileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"replyWorkingDays": 3, "homeWindowDays": 10, "unknownKey": 1})");
        file.close();
        auto rules = ScanRules::forDataDirectory(dir.path());
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
        QCOMPARE(rules.value().replyWorkingDays, 3);
        QCOMPARE(rules.value().homeWindowDays, 10);
        QCOMPARE(rules.value().newsWindowDays, 14);
    }

    void missingFileGivesDefaults()
    {
        QTemporaryDir dir;
        auto rules = ScanRules::forDataDirectory(dir.path());
        QVERIFY(rules.ok());
        QCOMPARE(rules.value().toJson(), ScanRules().toJson());
    }

    void brokenFileIsAnErrorNamingIt()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QLatin1String(ScanRules::FileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ replyWorkingDays: 3");
        file.close();
        auto rules = ScanRules::forDataDirectory(dir.path());
        QVERIFY(!rules.ok());
        QVERIFY(rules.error().message.contains(QLatin1String("scan-rules.json")));
    }
};

QTEST_GUILESS_MAIN(TestScanRules)
#include "tst_scanrules.moc"
