// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWorkspace.h"

#include "checklist/ChecklistLibrary.h"
#include "core/Logging.h"
#include "demo/DemoPeerAudit.h"
#include "demo/DemoPreviousRound.h"
#include "demo/DemoRecords.h"
#include "demo/DemoSiteGenerator.h"
#include "inspection/RoundSetup.h"
#include "storage/DictionaryRepository.h"
#include "storage/FindingRepository.h"
#include "storage/MetaRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj {

namespace {

struct DemoWebsite
{
    DemoSiteSpec spec;
    QString folder; ///< relative to the data folder
    QString unitName;
    QString person;
    QString phone;
};

// Two fictional counties: 青禾县 carries every planted problem, 白沙县 is the clean comparison.
QList<DemoWebsite> demoWebsites(const QDate &today)
{
    DemoWebsite planted;
    planted.spec.seed = 2026;
    planted.spec.today = today;
    planted.folder = QStringLiteral("demo-sites/qinghe");
    planted.unitName = QStringLiteral("青禾县人民政府办公室");
    planted.person = QStringLiteral("周文涛");
    planted.phone = QStringLiteral("0571-86001234");

    DemoWebsite clean;
    clean.spec.seed = 7;
    clean.spec.today = today;
    clean.spec.clean = true;
    clean.spec.countyName = QStringLiteral("白沙县");
    clean.spec.siteCode = QStringLiteral("3399980001");
    clean.spec.domain = QStringLiteral("www.bsx-demo.gov.cn");
    clean.spec.icpNumber = QStringLiteral("浙ICP备87654321号");
    clean.spec.policeRecordCode = QStringLiteral("33999802000102");
    clean.folder = QStringLiteral("demo-sites/baisha");
    clean.unitName = QStringLiteral("白沙县人民政府办公室");
    clean.person = QStringLiteral("林晓东");
    clean.phone = QStringLiteral("0571-86005678");
    return {planted, clean};
}

Site newMediaAccount(const QString &platform, const QString &name, const QString &account, qint64 unitId)
{
    Site s;
    s.kind = SiteKind::NewMedia;
    s.platform = platform;
    s.name = name;
    s.accountId = account;
    s.unitId = unitId;
    s.personInCharge = QStringLiteral("郑雅琳");
    s.phone = QStringLiteral("13900001111");
    return s;
}

// Findings taken from the answer key, so that they point at real pages that show the problem.
Status recordFindings(const Database &db, qint64 roundId, qint64 siteId, const QString &baseUrl,
                      const DemoAnswerKey &key, const QDateTime &foundAt)
{
    const QStringList wanted{QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P07"),
                             QStringLiteral("P09"), QStringLiteral("P10")};
    QStringList done;
    for (const DemoProblem &p : key.problems) {
        if (!wanted.contains(p.category) || done.contains(p.category))
            continue;
        done.append(p.category);
        Finding f = demoFinding(p, roundId, siteId, baseUrl);
        // One is left for the inspector to confirm, as an automated check would propose it.
        f.state = p.category == QLatin1String("P10") ? FindingState::Candidate : FindingState::Confirmed;
        f.foundAt = foundAt.addSecs(600 * done.size());
        if (auto id = FindingRepository(db).create(f); !id)
            return id.error();
    }
    return Status::success();
}

/// The demo office keeps each county's leaders on its protected-terms list (scoped to that
/// site), as a real office would from the 领导之窗, so the checks catch a misspelt leader name.
Status protectLeaders(const Database &db, qint64 siteId, const DemoSiteManifest &manifest)
{
    QList<DictionaryEntry> entries;
    for (const auto &[name, title] : manifest.leaders) {
        DictionaryEntry e;
        e.list = DictionaryEntry::List::Protected;
        e.siteId = siteId;
        e.term = name;
        e.detail = QStringLiteral("person");
        e.title = title;
        e.note = QStringLiteral("领导之窗");
        entries.append(e);
    }
    return DictionaryRepository(db).saveAll(entries);
}

} // namespace

Result<QList<DemoSiteEntry>> DemoWorkspace::create(const Database &database,
                                                   const DataDirectory &dataDirectory, const QDate &today,
                                                   const std::function<void(int, int)> &progress)
{
    auto existing = SiteRepository(database).all();
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return Error{
            tr("This data folder already holds %n site(s). The demo is only created in an empty data "
               "folder; choose another folder with --data-dir.",
               nullptr, int(existing.value().size())),
            {}};

    const QList<DemoWebsite> websites = demoWebsites(today);
    const int totalSteps = int(websites.size()) + 1;
    auto report = [&](int done) {
        if (progress)
            progress(done, totalSteps);
    };

    // The site files come first: a failure there leaves the database untouched.
    QList<DemoAnswerKey> keys;
    QList<DemoSiteManifest> manifests;
    for (int i = 0; i < websites.size(); ++i) {
        report(i);
        const QString dir = QDir(dataDirectory.path()).filePath(websites.at(i).folder);
        auto manifest = DemoSiteGenerator::generate(websites.at(i).spec, dir);
        if (!manifest)
            return manifest.error();
        manifests.append(manifest.value());
        auto key = DemoAnswerKey::load(QDir(dir).filePath(DemoSiteGenerator::AnswerKeyFileName));
        if (!key)
            return key.error();
        keys.append(key.value());
    }
    report(int(websites.size()));

    ChecklistLibrary library;
    library.load(QString());
    const ChecklistLibrary::Entry *websiteChecklist = library.find(QStringLiteral("national-2019-website"));
    const ChecklistLibrary::Entry *newMediaChecklist = library.find(QStringLiteral("national-2019-newmedia"));
    if (!websiteChecklist || !newMediaChecklist)
        return Error{tr("The national checklists are missing from this program; reinstall Xunjian."), {}};

    auto entries = withTransaction(database, [&]() -> Result<QList<DemoSiteEntry>> {
        QList<DemoSiteEntry> entries;
        QList<qint64> unitIds;
        for (int i = 0; i < websites.size(); ++i) {
            const DemoWebsite &w = websites.at(i);
            auto unitId = UnitRepository(database).findOrCreate(w.unitName);
            if (!unitId)
                return unitId.error();
            unitIds.append(unitId.value());
            Site site;
            site.name = w.spec.countyName + QStringLiteral("人民政府");
            const quint16 port = quint16(FirstPort + i);
            site.url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
            site.unitId = unitId.value();
            site.siteCode = w.spec.siteCode;
            site.icpNumber = w.spec.icpNumber;
            site.policeNumber = QStringLiteral("浙公网安备%1号").arg(w.spec.policeRecordCode);
            site.portal = true;
            site.personInCharge = w.person;
            site.phone = w.phone;
            site.notes = tr("Demo site generated by Xunjian (seed %1).").arg(w.spec.seed);
            auto siteId = SiteRepository(database).create(site);
            if (!siteId)
                return siteId.error();
            entries.append({siteId.value(), w.folder, port});
            if (Status s = protectLeaders(database, siteId.value(), manifests.at(i)); !s)
                return s.error();
        }
        auto mediaUnit = UnitRepository(database).findOrCreate(QStringLiteral("青禾县融媒体中心"));
        if (!mediaUnit)
            return mediaUnit.error();
        QList<qint64> accounts;
        for (const Site &account : {newMediaAccount(QStringLiteral("微信"), QStringLiteral("青禾发布"),
                                                    QStringLiteral("qinghefabu"), mediaUnit.value()),
                                    newMediaAccount(QStringLiteral("微博"), QStringLiteral("青禾县人民政府"),
                                                    QStringLiteral("qhxzf"), unitIds.first()),
                                    newMediaAccount(QStringLiteral("抖音"), QStringLiteral("青禾融媒"),
                                                    QStringLiteral("qhrm2019"), mediaUnit.value())}) {
            auto id = SiteRepository(database).create(account);
            if (!id)
                return id.error();
            accounts.append(id.value());
        }

        // The fictional supervising office, so the demo's notices and reports read like real ones.
        NoticeSettings office = NoticeRepository::defaultSettings();
        office.officeName = QStringLiteral("清江市人民政府办公室");
        office.numberPattern = QStringLiteral("清政办网检〔{year}〕{n}号");
        office.contactPerson = QStringLiteral("李明");
        office.contactPhone = QStringLiteral("0000-12345678");
        office.addressee = QStringLiteral("各县人民政府，市政府各部门：");
        if (Status s = NoticeRepository(database).saveSettings(office); !s)
            return s.error();
        Round round;
        const int quarter = (today.month() - 1) / 3;
        round.kind = RoundKind::Quarterly;
        round.period = QStringLiteral("%1Q%2").arg(today.year()).arg(quarter + 1);
        round.name = tr("%1 Q%2 quarterly check (demo)").arg(today.year()).arg(quarter + 1);
        round.periodStart = QDate(today.year(), quarter * 3 + 1, 1);
        round.periodEnd = round.periodStart.addMonths(3).addDays(-1);
        round.inspectionDate = today;
        round.team = tr("City e-government office, inspection team 1");
        auto roundId = RoundSetup::create(database, round, websiteChecklist, newMediaChecklist);
        if (!roundId)
            return roundId.error();

        const qint64 planted = entries.first().siteId;
        for (Status s :
             {saveDemoVerdict(database, roundId.value(), planted, QStringLiteral("W-V2"), VerdictValue::Pass,
                              0, tr("Reachable throughout the monitoring week.")),
              saveDemoVerdict(database, roundId.value(), planted, QStringLiteral("W-V3"), VerdictValue::Pass,
                              0, tr("Home page news updated within the last two weeks.")),
              saveDemoVerdict(database, roundId.value(), planted, QStringLiteral("W-D11"), VerdictValue::Fail,
                              2, tr("Dead links on the home page and in articles.")),
              saveDemoVerdict(database, roundId.value(), planted, QStringLiteral("W-D12"), VerdictValue::Fail,
                              1, tr("The public security record number is missing in the message board.")),
              saveDemoVerdict(database, roundId.value(), accounts.first(), QStringLiteral("M-V2"),
                              VerdictValue::Pass, 0, tr("Posts within the last two weeks.")),
              recordFindings(database, roundId.value(), planted,
                             QStringLiteral("http://127.0.0.1:%1/").arg(entries.first().port), keys.first(),
                             QDateTime(today, QTime(9, 30)).toUTC())}) {
            if (!s)
                return s.error();
        }
        // A peer-audit team's result for this round, so the comparison has something to show.
        if (Status s = DemoPeerAudit::create(database, roundId.value(), planted,
                                             QStringLiteral("http://127.0.0.1:%1/").arg(entries.first().port),
                                             keys.first(), QDateTime(today, QTime(9, 30)).toUTC());
            !s)
            return s.error();
        // Last quarter, already through notices, feedback and re-checks.
        DemoRoundSites previous;
        previous.planted = entries.first().siteId;
        previous.plantedUrl = QStringLiteral("http://127.0.0.1:%1/").arg(entries.first().port);
        previous.plantedKey = keys.first();
        previous.clean = entries.size() > 1 ? entries.at(1).siteId : entries.first().siteId;
        previous.account = accounts.first();
        if (Status s = DemoPreviousRound::create(database, dataDirectory.path(), today, websiteChecklist,
                                                 newMediaChecklist, previous, office);
            !s)
            return s.error();

        if (Status s = saveEntries(database, entries); !s)
            return s.error();
        return entries;
    });
    report(totalSteps);
    if (entries)
        qCInfo(lcDemo) << "demo workspace created in" << dataDirectory.path();
    return entries;
}

Result<QList<DemoSiteEntry>> DemoWorkspace::entries(const Database &database)
{
    auto text = MetaRepository(database).value(MetaKey);
    if (!text)
        return text.error();
    QList<DemoSiteEntry> entries;
    const QJsonArray array = QJsonDocument::fromJson(text.value().toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        entries.append({o.value(QStringLiteral("site_id")).toInteger(),
                        o.value(QStringLiteral("folder")).toString(),
                        quint16(o.value(QStringLiteral("port")).toInt())});
    }
    return entries;
}

Status DemoWorkspace::saveEntries(const Database &database, const QList<DemoSiteEntry> &entries)
{
    QJsonArray array;
    for (const DemoSiteEntry &e : entries)
        array.append(QJsonObject{{QStringLiteral("site_id"), e.siteId},
                                 {QStringLiteral("folder"), e.folder},
                                 {QStringLiteral("port"), e.port}});
    return MetaRepository(database).setValue(
        MetaKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace xj
