// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "checklist/ChecklistLibrary.h"
#include "checks/HtmlDecoder.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "storage/ChecklistRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "training/ArchivedSiteWriter.h"
#include "training/DemoExerciseBuilder.h"
#include "training/InspectionExerciseBuilder.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString decodedPage(const QString &exerciseFolder, const QString &page)
{
    auto decoded = HtmlDecoder::decode(readBytes(QDir(exerciseFolder).filePath(Exercise::SiteFolder + page)));
    return decoded ? decoded.value().html : QString();
}

DemoExerciseRequest demoRequest(quint64 seed, const QStringList &categories)
{
    DemoExerciseRequest r;
    r.seed = seed;
    r.categories = categories;
    r.asOf = QDate(2026, 11, 24);
    r.createdBy = QStringLiteral("教员");
    return r;
}

const ExerciseKeyEntry *entry(const Exercise &exercise, const QString &id)
{
    for (const ExerciseKeyEntry &e : exercise.key) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QJsonArray keyOf(const QString &folder)
{
    auto loaded = Exercise::load(folder);
    return loaded ? loaded.value().toJson().value(QStringLiteral("key")).toArray() : QJsonArray();
}

const QByteArray PageHtml =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>通知</title></head><body>"
    "<img src=\"/images/logo.png\"><img src=\"http://cdn.example.com/pic/ad.png\">"
    "<p>常务副县长李明出席会议。</p></body></html>";

QByteArray pngBytes(Qt::GlobalColor color)
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(color);
    auto png = EvidenceRecorder::encodePng(image);
    return png ? png.value() : QByteArray();
}

// An archive as Chromium writes one: the page, a picture of its own host, one of a CDN, one by cid.
QByteArray mhtml(const QString &pageUrl)
{
    const QByteArray url = pageUrl.toUtf8();
    QByteArray out =
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: " + url +
        "\r\nSubject: test\r\nDate: Tue, 24 Nov 2026 10:15:00 -0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n\r\n";
    out += "------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: binary\r\nContent-Location: " +
           url + "\r\n\r\n" + PageHtml + "\r\n";
    const QList<std::pair<QByteArray, QByteArray>> pictures{
        {"http://www.qhx.gov.cn/images/logo.png", pngBytes(Qt::red)},
        {"http://cdn.example.com/pic/ad.png", pngBytes(Qt::blue)},
        {"cid:css-1@mhtml.blink", pngBytes(Qt::green)}};
    for (const auto &[location, bytes] : pictures)
        out +=
            "------B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: " +
            location + "\r\n\r\n" + bytes.toBase64() + "\r\n";
    return out + "------B--\r\n";
}

} // namespace

class TestExerciseBuilders : public DatabaseTestCase
{
    Q_OBJECT

private:
    struct Place
    {
        qint64 siteId = 0;
        qint64 otherSiteId = 0;
        qint64 roundId = 0;
        QString category; ///< the first category of W-V1 in the national checklist
    };

    // Two websites and a round judged with the national checklist (its snapshot holds the categories).
    Place addPlace()
    {
        Place place;
        QTemporaryDir noLocal;
        ChecklistLibrary library;
        library.load(noLocal.path());
        const ChecklistLibrary::Entry *national = library.find(DemoExerciseBuilder::ChecklistCode);
        if (!national || !national->checklist.item(QStringLiteral("W-V1")))
            return place;
        place.category = national->checklist.item(QStringLiteral("W-V1"))->categories.value(0);
        auto templateId = ChecklistRepository(db()).storeSnapshot(
            national->checklist, national->canonicalJson, national->sha256, national->filePath);
        Unit unit;
        unit.name = QStringLiteral("青禾县人民政府办公室");
        auto unitId = UnitRepository(db()).create(unit);
        if (!templateId || !unitId)
            return place;
        Site site;
        site.name = QStringLiteral("青禾县人民政府");
        site.url = QStringLiteral("http://www.qhx.gov.cn/");
        site.unitId = unitId.value();
        auto siteId = SiteRepository(db()).create(site);
        site.name = QStringLiteral("白沙县人民政府");
        site.url = QStringLiteral("http://www.bsx.gov.cn/");
        auto otherId = SiteRepository(db()).create(site);
        Round round;
        round.name = QStringLiteral("2026年第四季度");
        round.inspectionDate = QDate(2026, 11, 20);
        round.websiteTemplateId = templateId.value();
        auto roundId = RoundRepository(db()).create(round);
        if (!siteId || !otherId || !roundId)
            return place;
        place.siteId = siteId.value();
        place.otherSiteId = otherId.value();
        place.roundId = roundId.value();
        return place;
    }

    qint64 addFinding(const Place &place, qint64 siteId, const QString &url)
    {
        Finding f;
        f.siteId = siteId;
        f.roundId = place.roundId;
        f.itemCode = QStringLiteral("W-V1");
        f.url = url;
        f.description = QStringLiteral("领导职务错误");
        f.elementText = QStringLiteral("常务副县长李明");
        f.elementSelector = QStringLiteral("body > p");
        f.foundAt = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
        auto id = FindingRepository(db()).create(f);
        return id ? id.value() : 0;
    }

    Result<Evidence> addArchive(qint64 findingId, const QString &pageUrl)
    {
        Evidence meta;
        meta.findingId = findingId;
        meta.kind = EvidenceKind::Archive;
        meta.captureMode = CaptureMode::None;
        meta.fileSuffix = QStringLiteral("mhtml");
        meta.pageUrl = pageUrl;
        return EvidenceRecorder(db(), dir().path()).addBytes(mhtml(pageUrl), meta);
    }

    QString rowCounts() const
    {
        QStringList counts;
        for (const char *table :
             {"findings", "evidence", "sites", "rounds", "checklist_templates", "finding_history"})
            counts.append(QString::number(count(QString::fromLatin1(table))));
        return counts.join(QLatin1Char(','));
    }

private slots:
    void demoMixPlantsOnlyTheChosenCategories();
    void demoSeedsGiveDifferentSites();
    void demoSameRequestGivesTheSameKey();
    void demoRefusesBadRequests();
    void pagePaths_data();
    void pagePaths();
    void inspectionWritesTheArchivedSite();
    void inspectionRefusesMixedSites();
    void inspectionRefusesFindingsWithoutArchive();
};

void TestExerciseBuilders::demoMixPlantsOnlyTheChosenCategories()
{
    QTemporaryDir root;
    const QString mixFolder = root.filePath(QStringLiteral("mix"));
    auto mix = DemoExerciseBuilder::build(demoRequest(1234, {QStringLiteral("P01"), QStringLiteral("P07")}),
                                          mixFolder);
    QVERIFY2(mix, qPrintable(mix ? QString() : mix.error().fullText()));
    const Exercise &exercise = mix.value();
    QCOMPARE(exercise.source, ExerciseSource::Demo);
    QCOMPARE(exercise.seed, quint64(1234));
    QCOMPARE(exercise.siteName, QStringLiteral("青禾县人民政府网站（练习）"));
    QCOMPARE(exercise.checklistCode, QStringLiteral("national-2019-website"));
    QCOMPARE(exercise.startPage, QStringLiteral("/index.html"));
    QVERIFY(!exercise.title.isEmpty());
    QVERIFY(QFile::exists(QDir(mixFolder).filePath(QStringLiteral("site/index.html"))));
    // The answer key must not be served with the site.
    QVERIFY(!QFile::exists(QDir(mixFolder).filePath(QStringLiteral("site/answer-key.json"))));

    QStringList categories;
    for (const ExerciseKeyEntry &e : exercise.key) {
        QVERIFY2(e.category == QLatin1String("P01") || e.category == QLatin1String("P07"), qPrintable(e.id));
        QVERIFY2(e.page.startsWith(QLatin1Char('/')), qPrintable(e.id));
        if (!e.text.isEmpty())
            QVERIFY2(decodedPage(mixFolder, e.page).contains(e.text), qPrintable(e.id));
        if (!categories.contains(e.category))
            categories.append(e.category);
    }
    categories.sort();
    QCOMPARE(categories, QStringList({QStringLiteral("P01"), QStringLiteral("P07")}));

    // A dead link is also known by the words it shows on its page.
    const ExerciseKeyEntry *topic = entry(exercise, QStringLiteral("P07-dead-topic-link"));
    QVERIFY(topic);
    QCOMPARE(topic->page, QStringLiteral("/index.html"));
    QCOMPARE(topic->alternativeTexts, QStringList{QStringLiteral("学习贯彻专题")});
    const ExerciseKeyEntry *attachment = entry(exercise, QStringLiteral("P07-missing-attachment"));
    QVERIFY(attachment);
    QCOMPARE(attachment->alternativeTexts.size(), 1);
    QVERIFY(
        decodedPage(mixFolder, attachment->page)
            .contains(QStringLiteral("\">") + attachment->alternativeTexts.first() + QStringLiteral("</a>")));

    // The full site of the same seed dates a notice in the future; the mix shows that date nowhere.
    const QString fullFolder = root.filePath(QStringLiteral("full"));
    auto full = DemoExerciseBuilder::build(demoRequest(1234, {}), fullFolder);
    QVERIFY2(full, qPrintable(full ? QString() : full.error().fullText()));
    const ExerciseKeyEntry *future = entry(full.value(), QStringLiteral("P02-future-date"));
    QVERIFY(future);
    QVERIFY(decodedPage(fullFolder, future->page).contains(future->text));
    int pages = 0;
    QDirIterator it(QDir(mixFolder).filePath(Exercise::SiteFolder), {QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        auto html = HtmlDecoder::decode(readBytes(path));
        QVERIFY(html);
        QVERIFY2(!html.value().html.contains(future->text), qPrintable(path));
        ++pages;
    }
    QVERIFY(pages > 60);
}

void TestExerciseBuilders::demoSeedsGiveDifferentSites()
{
    QTemporaryDir root;
    auto one = DemoExerciseBuilder::build(demoRequest(1, {QStringLiteral("P01")}),
                                          root.filePath(QStringLiteral("a")));
    auto two = DemoExerciseBuilder::build(demoRequest(2, {QStringLiteral("P01")}),
                                          root.filePath(QStringLiteral("b")));
    QVERIFY(one && two);
    auto places = [](const Exercise &e) {
        QStringList out;
        for (const ExerciseKeyEntry &k : e.key)
            out.append(k.page + QLatin1Char('|') + k.text);
        return out;
    };
    QVERIFY(!places(one.value()).isEmpty());
    QVERIFY(places(one.value()) != places(two.value()));
    QVERIFY(readBytes(root.filePath(QStringLiteral("a/site/index.html"))) !=
            readBytes(root.filePath(QStringLiteral("b/site/index.html"))));
}

void TestExerciseBuilders::demoSameRequestGivesTheSameKey()
{
    QTemporaryDir root;
    const DemoExerciseRequest request = demoRequest(77, {QStringLiteral("P07"), QStringLiteral("P10")});
    auto one = DemoExerciseBuilder::build(request, root.filePath(QStringLiteral("a")));
    auto two = DemoExerciseBuilder::build(request, root.filePath(QStringLiteral("b")));
    QVERIFY(one && two);
    QVERIFY(one.value().uuid != two.value().uuid);
    const QJsonArray key = keyOf(root.filePath(QStringLiteral("a")));
    QVERIFY(!key.isEmpty());
    QCOMPARE(key, keyOf(root.filePath(QStringLiteral("b"))));
    QCOMPARE(one.value().title, QStringLiteral("Practice site (seed 77, categories P07 P10)"));
}

void TestExerciseBuilders::demoRefusesBadRequests()
{
    QTemporaryDir root;
    const QString unknown = root.filePath(QStringLiteral("unknown"));
    auto bad = DemoExerciseBuilder::build(demoRequest(1, {QStringLiteral("P99")}), unknown);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QLatin1String("P99")), qPrintable(bad.error().message));
    QVERIFY(!QDir(unknown).exists());

    const QString used = root.filePath(QStringLiteral("used"));
    QVERIFY(QDir().mkpath(used));
    QFile other(QDir(used).filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    auto busy = DemoExerciseBuilder::build(demoRequest(1, {}), used);
    QVERIFY(!busy);
    QVERIFY(!QFile::exists(QDir(used).filePath(Exercise::FileName)));
    QVERIFY(!QDir(QDir(used).filePath(Exercise::SiteFolder)).exists());
}

void TestExerciseBuilders::pagePaths_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("resource");
    QTest::newRow("root") << "http://a.gov.cn"
                          << "/index.html"
                          << "/index.html";
    QTest::newRow("folder") << "http://a.gov.cn/zwgk/"
                            << "/zwgk/index.html"
                            << "/zwgk/index.html";
    QTest::newRow("html") << "http://a.gov.cn/zwgk/a.htm"
                          << "/zwgk/a.htm"
                          << "/zwgk/a.htm";
    QTest::newRow("script") << "http://a.gov.cn/art/view.jsp"
                            << "/art/view.jsp.html"
                            << "/art/view.jsp";
    QTest::newRow("query") << "http://a.gov.cn/list.html?page=2"
                           << "/list_qb941a131.html"
                           << "/list.html";
    QTest::newRow("chinese") << "http://a.gov.cn/%E9%80%9A%E7%9F%A5.html"
                             << "/通知.html"
                             << "/通知.html";
    QTest::newRow("dot-dot") << "http://a.gov.cn/a/%2e%2e/b.html"
                             << ""
                             << "";
    QTest::newRow("backslash") << "http://a.gov.cn/a%5c..%5cb.html"
                               << ""
                               << "";
    QTest::newRow("colon") << "http://a.gov.cn/c:/x.png"
                           << ""
                           << "";
}

void TestExerciseBuilders::pagePaths()
{
    QFETCH(QString, url);
    QFETCH(QString, page);
    QFETCH(QString, resource);
    QCOMPARE(ArchivedSiteWriter::pagePath(QUrl(url)), page);
    QCOMPARE(ArchivedSiteWriter::resourcePath(QUrl(url), false), resource);
    if (!resource.isEmpty())
        QCOMPARE(ArchivedSiteWriter::resourcePath(QUrl(url), true),
                 QStringLiteral("/_external/a.gov.cn") + resource);
}

void TestExerciseBuilders::inspectionWritesTheArchivedSite()
{
    const Place place = addPlace();
    QVERIFY(place.roundId > 0);
    QVERIFY(!place.category.isEmpty());
    const QString pageUrl = QStringLiteral("http://www.qhx.gov.cn/zwgk/notice.html");
    const qint64 withArchive = addFinding(place, place.siteId, pageUrl);
    const qint64 without = addFinding(place, place.siteId, QStringLiteral("http://www.qhx.gov.cn/"));
    QVERIFY(withArchive > 0 && without > 0);
    QVERIFY(addArchive(withArchive, pageUrl));
    Evidence shot;
    shot.findingId = withArchive;
    shot.kind = EvidenceKind::Screenshot;
    shot.captureMode = CaptureMode::Visible;
    shot.pageUrl = pageUrl;
    QImage original(8, 6, QImage::Format_RGB32);
    original.fill(Qt::white);
    QImage annotated = original;
    annotated.fill(Qt::yellow);
    auto shots = EvidenceRecorder(db(), dir().path()).addScreenshot(original, annotated, shot);
    QVERIFY(shots && shots.value().size() == 2);
    const Evidence marked = shots.value().at(1);
    QCOMPARE(marked.kind, EvidenceKind::Annotated);

    const QString before = rowCounts();
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("ex"));
    InspectionExerciseRequest request;
    request.createdBy = QStringLiteral("教员");
    auto built =
        InspectionExerciseBuilder::build(db(), dir().path(), {withArchive, without}, request, folder);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().fullText()));
    QCOMPARE(rowCounts(), before);
    QCOMPARE(built.value().leftOut, QList<qint64>{without});

    const Exercise &exercise = built.value().exercise;
    QCOMPARE(exercise.source, ExerciseSource::Inspection);
    QCOMPARE(exercise.siteName, QStringLiteral("青禾县人民政府"));
    QCOMPARE(exercise.startPage, QStringLiteral("/zwgk/notice.html"));
    QCOMPARE(exercise.asOf, QDate(2026, 11, 20));
    QCOMPARE(exercise.checklistCode, DemoExerciseBuilder::ChecklistCode);
    QCOMPARE(exercise.key.size(), 1);
    QCOMPARE(exercise.title, QStringLiteral("Practice on 青禾县人民政府 (1 finding(s))"));
    const ExerciseKeyEntry &e = exercise.key.first();
    QCOMPARE(e.id, QStringLiteral("F%1").arg(withArchive));
    QCOMPARE(e.itemCode, QStringLiteral("W-V1"));
    QCOMPARE(e.category, place.category);
    QCOMPARE(e.page, QStringLiteral("/zwgk/notice.html"));
    QCOMPARE(e.text, QStringLiteral("常务副县长李明"));
    QCOMPARE(e.selector, QStringLiteral("body > p"));
    QCOMPARE(e.description, QStringLiteral("领导职务错误"));
    QCOMPARE(e.evidenceFile, QStringLiteral("key/F%1.png").arg(withArchive));

    const QDir site(QDir(folder).filePath(Exercise::SiteFolder));
    QByteArray expected = PageHtml;
    expected.replace("http://cdn.example.com/pic/ad.png", "/_external/cdn.example.com/pic/ad.png");
    QCOMPARE(readBytes(site.filePath(QStringLiteral("zwgk/notice.html"))), expected);
    QCOMPARE(readBytes(site.filePath(QStringLiteral("images/logo.png"))), pngBytes(Qt::red));
    QCOMPARE(readBytes(site.filePath(QStringLiteral("_external/cdn.example.com/pic/ad.png"))),
             pngBytes(Qt::blue));
    QCOMPARE(QDir(site.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("_external"), QStringLiteral("images"), QStringLiteral("zwgk")}));
    auto stored = EvidenceStore(dir().path()).read(marked.sha256, marked.fileSuffix);
    QVERIFY(stored);
    QCOMPARE(readBytes(QDir(folder).filePath(e.evidenceFile)), stored.value());

    auto reloaded = Exercise::load(folder);
    QVERIFY2(reloaded, qPrintable(reloaded ? QString() : reloaded.error().fullText()));
    QCOMPARE(reloaded.value().key.first().evidenceFile, e.evidenceFile);
}

void TestExerciseBuilders::inspectionRefusesMixedSites()
{
    const Place place = addPlace();
    QVERIFY(place.roundId > 0);
    const qint64 here = addFinding(place, place.siteId, QStringLiteral("http://www.qhx.gov.cn/a.html"));
    const qint64 there = addFinding(place, place.otherSiteId, QStringLiteral("http://www.bsx.gov.cn/b.html"));
    QVERIFY(addArchive(here, QStringLiteral("http://www.qhx.gov.cn/a.html")));
    QVERIFY(addArchive(there, QStringLiteral("http://www.bsx.gov.cn/b.html")));
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("ex"));
    auto built = InspectionExerciseBuilder::build(db(), dir().path(), {here, there}, {}, folder);
    QVERIFY(!built);
    QVERIFY2(built.error().message.contains(QLatin1String("one site")), qPrintable(built.error().message));
    QVERIFY(!QDir(folder).exists());
}

void TestExerciseBuilders::inspectionRefusesFindingsWithoutArchive()
{
    const Place place = addPlace();
    QVERIFY(place.roundId > 0);
    const qint64 bare = addFinding(place, place.siteId, QStringLiteral("http://www.qhx.gov.cn/a.html"));
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("ex"));
    auto built = InspectionExerciseBuilder::build(db(), dir().path(), {bare}, {}, folder);
    QVERIFY(!built);
    QVERIFY2(built.error().message.contains(QLatin1String(
                 "Mark one of the problems again with a screenshot (Mark menu), which archives its page")),
             qPrintable(built.error().message));
    QVERIFY(!QDir(folder).exists());

    // A finding with an archive but no checklist item cannot be a key entry.
    const qint64 noItem = addFinding(place, place.siteId, QStringLiteral("http://www.qhx.gov.cn/b.html"));
    Finding f = FindingRepository(db()).get(noItem).value();
    f.itemCode.clear();
    QVERIFY(FindingRepository(db()).update(f));
    QVERIFY(addArchive(noItem, QStringLiteral("http://www.qhx.gov.cn/b.html")));
    auto unassigned = InspectionExerciseBuilder::build(db(), dir().path(), {noItem}, {}, folder);
    QVERIFY(!unassigned);
    QVERIFY2(unassigned.error().message.contains(QLatin1String("checklist item")),
             qPrintable(unassigned.error().message));
    QVERIFY(!QDir(folder).exists());
}

QTEST_GUILESS_MAIN(TestExerciseBuilders)
#include "tst_exercisebuilders.moc"
