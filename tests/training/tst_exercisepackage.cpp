// SPDX-License-Identifier: GPL-3.0-or-later
#include "CraftedZip.h"
#include "core/ZipReader.h"
#include "training/Exercise.h"
#include "training/ExercisePackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace xj;

namespace {

const QString ChinesePage = QStringLiteral("site/新闻/通知公告.html");

Exercise sampleExercise()
{
    Exercise ex;
    ex.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ex.title = QStringLiteral("示例县人民政府门户网站 练习");
    ex.source = ExerciseSource::Inspection;
    ex.seed = 18446744073709551557ULL; // above 2^53: survives only as a string
    ex.categories = {QStringLiteral("P01"), QStringLiteral("P07")};
    ex.asOf = QDate(2026, 11, 20);
    ex.startPage = QStringLiteral("/index.html");
    ex.siteName = QStringLiteral("示例县人民政府");
    ex.checklistCode = QStringLiteral("gov-website-2019");
    ex.createdAt = QDateTime(QDate(2026, 11, 27), QTime(8, 30, 15, 250), Qt::UTC);
    ex.createdBy = QStringLiteral("张老师");
    ExerciseKeyEntry dead;
    dead.id = QStringLiteral("F12");
    dead.itemCode = QStringLiteral("W-V1");
    dead.category = QStringLiteral("P07");
    dead.page = QStringLiteral("/新闻/通知公告.html");
    dead.text = QStringLiteral("/missing.html");
    dead.alternativeTexts = {QStringLiteral("查看详情"), QStringLiteral("更多")};
    dead.selector = QStringLiteral("#main a:nth-child(2)");
    dead.description = QStringLiteral("Dead link");
    dead.evidenceFile = QStringLiteral("key/F12.png");
    ExerciseKeyEntry leader;
    leader.id = QStringLiteral("P01-leader-name");
    leader.itemCode = QStringLiteral("W-C3");
    leader.category = QStringLiteral("P01");
    leader.page = QStringLiteral("*");
    leader.text = QStringLiteral("王某某");
    ex.key = {dead, leader};
    return ex;
}

QByteArray pngBytes()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 1024; ++i)
        png.append(char((i * 37) % 256)); // every byte value, NUL included
    return png;
}

/// Every file of the sample exercise but exercise.json, by path.
QMap<QString, QByteArray> sampleFiles()
{
    return {{QStringLiteral("site/index.html"),
             QByteArray("<html><body><a href=\"新闻/通知公告.html\">通知</a></body></html>")},
            {QStringLiteral("site/css/site.css"), QByteArray("body { color: #333; }\n")},
            {ChinesePage, QStringLiteral("<p>通知公告</p>").toUtf8()},
            {QStringLiteral("key/F12.png"), pngBytes()}};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every file and folder under `folder`, hidden ones included, relative to it.
QStringList everythingUnder(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(folder).relativeFilePath(it.next()));
    out.sort();
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

/// checksums.json for the entries, leaving out the names in `unlisted`.
QByteArray checksumsFor(const QList<CraftedEntry> &entries, const QList<QByteArray> &unlisted = {})
{
    QJsonArray files;
    for (const CraftedEntry &e : entries) {
        if (unlisted.contains(e.name))
            continue;
        files.append(QJsonObject{
            {QStringLiteral("path"), QString::fromUtf8(e.name)},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("size"), e.data.size()}});
    }
    return json({{QStringLiteral("format"), 1}, {QStringLiteral("files"), files}});
}

/// The sample exercise's entries as an honest package holds them, without checksums.json.
QList<CraftedEntry> sampleEntries(const Exercise &ex)
{
    QList<CraftedEntry> entries{{Exercise::FileName.toUtf8(), json(ex.toJson()), 0100644, -1}};
    const auto files = sampleFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        entries.append({it.key().toUtf8(), it.value(), 0100644, -1});
    return entries;
}

CraftedEntry checksumsEntry(const QByteArray &data)
{
    return {ExercisePackage::ChecksumsFileName.toUtf8(), data, 0100644, -1};
}

} // namespace

/// Exercise's JSON and folder format, and the .xjexercise export and import with every way a
/// package can be broken or hostile.
class TestExercisePackage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void jsonRoundTrip();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void saveAndLoad();
    void exportThenImportGivesTheSameFiles();
    void failedExportLeavesNoFile_data();
    void failedExportLeavesNoFile();
    void refusesBadPackages_data();
    void refusesBadPackages();
    void refusesASecondImportOfTheSameExercise();
    void startPageMayBeAnAddress();

private:
    void compareExercises(const Exercise &actual, const Exercise &expected);
    QString makeExerciseFolder(const Exercise &ex);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root; ///< exercises are imported under here; it does not exist before an import
};

void TestExercisePackage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(QStringLiteral("training/exercises"));
}

void TestExercisePackage::compareExercises(const Exercise &actual, const Exercise &expected)
{
    QCOMPARE(actual.uuid, expected.uuid);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.seed, expected.seed);
    QCOMPARE(actual.categories, expected.categories);
    QCOMPARE(actual.asOf, expected.asOf);
    QCOMPARE(actual.startPage, expected.startPage);
    QCOMPARE(actual.siteName, expected.siteName);
    QCOMPARE(actual.checklistCode, expected.checklistCode);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(actual.createdBy, expected.createdBy);
    QCOMPARE(actual.key.size(), expected.key.size());
    for (qsizetype i = 0; i < expected.key.size(); ++i) {
        const ExerciseKeyEntry &a = actual.key.at(i);
        const ExerciseKeyEntry &e = expected.key.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.itemCode, e.itemCode);
        QCOMPARE(a.category, e.category);
        QCOMPARE(a.page, e.page);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.alternativeTexts, e.alternativeTexts);
        QCOMPARE(a.selector, e.selector);
        QCOMPARE(a.description, e.description);
        QCOMPARE(a.evidenceFile, e.evidenceFile);
    }
}

QString TestExercisePackage::makeExerciseFolder(const Exercise &ex)
{
    const QString folder = m_dir->filePath(QStringLiteral("source/") + ex.uuid);
    if (!QDir().mkpath(folder) || !ex.save(folder))
        return {};
    const auto files = sampleFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(QDir(folder).filePath(it.key()), it.value()))
            return {};
    }
    return folder;
}

void TestExercisePackage::jsonRoundTrip()
{
    const Exercise ex = sampleExercise();
    const QJsonObject o = ex.toJson();
    QCOMPARE(o.value(QStringLiteral("format")).toInt(), Exercise::FormatVersion);
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("inspection"));
    QCOMPARE(o.value(QStringLiteral("seed")).toString(), QStringLiteral("18446744073709551557"));
    QCOMPARE(o.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-11-27T08:30:15.250Z"));
    const QJsonObject first = o.value(QStringLiteral("key")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("item")).toString(), QStringLiteral("W-V1"));
    QCOMPARE(first.value(QStringLiteral("evidence")).toString(), QStringLiteral("key/F12.png"));
    QCOMPARE(first.value(QStringLiteral("alternativeTexts")).toArray().size(), 2);

    // Through text, as it travels.
    const auto back = Exercise::fromJson(QJsonDocument::fromJson(QJsonDocument(o).toJson()).object());
    QVERIFY2(back, back ? "" : qPrintable(back.error().fullText()));
    compareExercises(back.value(), ex);
}

void TestExercisePackage::fromJsonRefuses_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("no format") << QStringLiteral("no format") << QStringLiteral("version mark is missing");
    QTest::newRow("newer format") << QStringLiteral("format 99")
                                  << QStringLiteral("newer Xunjian: update Xunjian");
    QTest::newRow("no uuid") << QStringLiteral("no uuid") << QStringLiteral("no identifier");
    QTest::newRow("entry without id")
        << QStringLiteral("entry without id") << QStringLiteral("entry number 2 has no identifier");
    QTest::newRow("entry without item") << QStringLiteral("entry without item")
                                        << QStringLiteral("\"P01-leader-name\" names no checklist item");
    QTest::newRow("entry without page")
        << QStringLiteral("entry without page") << QStringLiteral("\"P01-leader-name\" names no page");
    QTest::newRow("picture outside") << QStringLiteral("picture outside")
                                     << QStringLiteral(
                                            "\"P01-leader-name\" names a picture outside the exercise");
    QTest::newRow("duplicate id") << QStringLiteral("duplicate id")
                                  << QStringLiteral("\"F12\" appears twice");
}

void TestExercisePackage::fromJsonRefuses()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    QJsonObject o = sampleExercise().toJson();
    QJsonArray key = o.value(QStringLiteral("key")).toArray();
    QJsonObject second = key.at(1).toObject();
    if (change == QLatin1String("no format"))
        o.remove(QStringLiteral("format"));
    else if (change == QLatin1String("format 99"))
        o.insert(QStringLiteral("format"), 99);
    else if (change == QLatin1String("no uuid"))
        o.insert(QStringLiteral("uuid"), QString());
    else if (change == QLatin1String("entry without id"))
        second.remove(QStringLiteral("id"));
    else if (change == QLatin1String("entry without item"))
        second.remove(QStringLiteral("item"));
    else if (change == QLatin1String("entry without page"))
        second.insert(QStringLiteral("page"), QString());
    else if (change == QLatin1String("picture outside"))
        second.insert(QStringLiteral("evidence"), QStringLiteral("../../secret.png"));
    else if (change == QLatin1String("duplicate id"))
        second.insert(QStringLiteral("id"), QStringLiteral("F12"));
    key.replace(1, second);
    o.insert(QStringLiteral("key"), key);
    const auto result = Exercise::fromJson(o);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestExercisePackage::saveAndLoad()
{
    const Exercise ex = sampleExercise();
    QVERIFY(ex.save(m_dir->path()));
    const auto loaded = Exercise::load(m_dir->path());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().fullText()));
    compareExercises(loaded.value(), ex);
    QVERIFY(!Exercise::load(m_dir->filePath(QStringLiteral("nowhere"))));
}

void TestExercisePackage::exportThenImportGivesTheSameFiles()
{
    const Exercise ex = sampleExercise();
    const QString source = makeExerciseFolder(ex);
    QVERIFY(!source.isEmpty());
    const QString zipPath = m_dir->filePath(QStringLiteral("练习.xjexercise"));
    QList<QPair<qint64, qint64>> exportSteps;
    const Status exported =
        ExercisePackage::exportTo(source, zipPath, [&exportSteps](qint64 done, qint64 total) {
            exportSteps.append({done, total});
        });
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().fullText()));
    QVERIFY(!exportSteps.isEmpty());
    QCOMPARE(exportSteps.last().first, exportSteps.last().second);
    QVERIFY(QFileInfo(zipPath).isFile());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden),
             QStringList());

    // checksums.json lists every other file with its real size and SHA-256.
    ZipReader zip;
    QVERIFY(zip.open(zipPath));
    const auto checksums = zip.read(ExercisePackage::ChecksumsFileName, 1024 * 1024);
    QVERIFY(checksums);
    const QJsonObject list = QJsonDocument::fromJson(checksums.value()).object();
    QCOMPARE(list.value(QStringLiteral("format")).toInt(), 1);
    QStringList listed;
    for (const QJsonValue &v : list.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const QByteArray data = readFile(QDir(source).filePath(f.value(QStringLiteral("path")).toString()));
        QCOMPARE(f.value(QStringLiteral("size")).toInteger(), data.size());
        QCOMPARE(f.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        listed.append(f.value(QStringLiteral("path")).toString());
    }
    QStringList expected = sampleFiles().keys();
    expected.append(Exercise::FileName);
    expected.sort();
    QCOMPARE(listed, expected);
    zip.close();

    QList<qint64> importSteps;
    qint64 importTotal = 0;
    const auto imported = ExercisePackage::importFrom(zipPath, m_root, ExercisePackage::defaultLimits(),
                                                      [&](qint64 done, qint64 total) {
                                                          importSteps.append(done);
                                                          importTotal = total;
                                                      });
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().fullText()));
    QVERIFY(std::is_sorted(importSteps.cbegin(), importSteps.cend()));
    QCOMPARE(importSteps.last(), importTotal);
    compareExercises(imported.value(), ex);
    QCOMPARE(QDir(m_root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{ex.uuid});
    const QString target = QDir(m_root).filePath(ex.uuid);
    QCOMPARE(everythingUnder(target), everythingUnder(source));
    for (const QString &relative : everythingUnder(source)) {
        if (QFileInfo(QDir(source).filePath(relative)).isFile())
            QVERIFY2(readFile(QDir(target).filePath(relative)) == readFile(QDir(source).filePath(relative)),
                     qPrintable(relative));
    }
    QCOMPARE(readFile(QDir(target).filePath(ChinesePage)), QStringLiteral("<p>通知公告</p>").toUtf8());
    QCOMPARE(readFile(QDir(target).filePath(QStringLiteral("key/F12.png"))), pngBytes());
    const auto loaded = Exercise::load(target);
    QVERIFY(loaded);
    compareExercises(loaded.value(), ex);

    // A second export over the first replaces it.
    QVERIFY(ExercisePackage::exportTo(source, zipPath));
    QVERIFY(ExercisePackage::importFrom(zipPath, m_dir->filePath(QStringLiteral("elsewhere"))));
}

void TestExercisePackage::failedExportLeavesNoFile_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an exercise folder")
        << QStringLiteral("no exercise.json") << QStringLiteral("cannot be read");
    QTest::newRow("folder of the file missing")
        << QStringLiteral("no target folder") << QStringLiteral("cannot be created");
    QTest::newRow("link in the site") << QStringLiteral("symlink") << QStringLiteral("site/h.html is a link");
    QTest::newRow("key picture missing")
        << QStringLiteral("no picture") << QStringLiteral("key/F12.png is missing");
}

void TestExercisePackage::failedExportLeavesNoFile()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);
    const QString source = makeExerciseFolder(sampleExercise());
    QVERIFY(!source.isEmpty());
    const QString outFolder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(outFolder));
    QString zipPath = QDir(outFolder).filePath(QStringLiteral("a.xjexercise"));
    if (problem == QLatin1String("no exercise.json"))
        QVERIFY(QFile::remove(QDir(source).filePath(Exercise::FileName)));
    else if (problem == QLatin1String("no target folder"))
        zipPath = QDir(outFolder).filePath(QStringLiteral("missing/a.xjexercise"));
    else if (problem == QLatin1String("no picture"))
        QVERIFY(QFile::remove(QDir(source).filePath(QStringLiteral("key/F12.png"))));
    else if (problem == QLatin1String("symlink"))
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"),
                            QDir(source).filePath(QStringLiteral("site/h.html"))));
    const Status exported = ExercisePackage::exportTo(source, zipPath);
    QVERIFY(!exported);
    QVERIFY2(exported.error().message.contains(message), qPrintable(exported.error().message));
    QCOMPARE(everythingUnder(outFolder), QStringList());
}

namespace {

void setData(QList<CraftedEntry> &entries, const QByteArray &name, const QByteArray &data)
{
    for (CraftedEntry &e : entries) {
        if (e.name == name)
            e.data = data;
    }
}

/// Writes the package the row names to `zipPath`; may lower `limits`.
bool writeBadPackage(const QString &kind, const QString &zipPath, ExercisePackage::Limits &limits)
{
    Exercise ex = sampleExercise();
    QList<CraftedEntry> entries = sampleEntries(ex);
    QList<QByteArray> unlisted;
    bool withChecksums = true;
    QByteArray checksumsOverride;
    const auto add = [&entries](const char *name, const QByteArray &data, quint32 mode = 0100644) {
        entries.append({QByteArray(name), data, mode, -1});
    };
    const auto replaceExercise = [&entries](const QJsonObject &o) {
        setData(entries, Exercise::FileName.toUtf8(), json(o));
    };
    if (kind == QLatin1String("not a zip")) {
        return writeFile(zipPath, "PK but not really: just text\n");
    } else if (kind == QLatin1String("zip slip")) {
        add("../evil.html", "<script>evil()</script>");
    } else if (kind == QLatin1String("absolute")) {
        add("/etc/evil", "evil");
    } else if (kind == QLatin1String("parent inside")) {
        add("site/../../x", "evil");
    } else if (kind == QLatin1String("windows drive")) {
        add("C:\\evil.html", "evil");
    } else if (kind == QLatin1String("symlink")) {
        add("site/link.html", "/etc/passwd", 0120777);
    } else if (kind == QLatin1String("too many entries")) {
        limits.maxEntries = 3;
    } else if (kind == QLatin1String("oversized entry")) {
        add("site/big.bin", QByteArray(60 * 1024 * 1024, '\0'));
    } else if (kind == QLatin1String("size that lies")) {
        limits.maxEntryBytes = 1024 * 1024;
        entries.append({"site/liar.bin", QByteArray(2 * 1024 * 1024, 'x'), 0100644, 1000});
    } else if (kind == QLatin1String("too large in total")) {
        limits.maxTotalBytes = 1000;
    } else if (kind == QLatin1String("tampered file")) {
        checksumsOverride = checksumsFor(entries);
        setData(entries, "site/index.html",
                QByteArray("<html><body><a href=\"http://evil.example\">通知</a></body></html>"));
    } else if (kind == QLatin1String("unlisted extra file")) {
        add("site/extra.html", "<p>extra</p>");
        unlisted.append("site/extra.html");
    } else if (kind == QLatin1String("listed file missing")) {
        checksumsOverride = checksumsFor(entries);
        entries.removeIf([](const CraftedEntry &e) { return e.name == "site/css/site.css"; });
    } else if (kind == QLatin1String("file outside the exercise")) {
        add("notes.txt", "hello");
    } else if (kind == QLatin1String("missing checksums")) {
        withChecksums = false;
    } else if (kind == QLatin1String("checksums format 99")) {
        checksumsOverride = json({{QStringLiteral("format"), 99}, {QStringLiteral("files"), QJsonArray()}});
    } else if (kind == QLatin1String("exercise format 99")) {
        QJsonObject o = ex.toJson();
        o.insert(QStringLiteral("format"), 99);
        replaceExercise(o);
    } else if (kind == QLatin1String("exercise damaged")) {
        setData(entries, Exercise::FileName.toUtf8(), "{ not json");
    } else if (kind == QLatin1String("uuid not a uuid")) {
        ex.uuid = QStringLiteral("../../outside");
        replaceExercise(ex.toJson());
    } else if (kind == QLatin1String("key entry without page")) {
        ex.key[1].page.clear();
        replaceExercise(ex.toJson());
    } else if (kind == QLatin1String("evidence missing")) {
        entries.removeIf([](const CraftedEntry &e) { return e.name == "key/F12.png"; });
    } else if (kind == QLatin1String("start page missing")) {
        ex.startPage = QStringLiteral("/home.html");
        replaceExercise(ex.toJson());
    } else if (kind == QLatin1String("same name twice")) {
        add("site/index.html", "<p>second</p>");
    } else if (kind == QLatin1String("file and folder of one name")) {
        // Every check passes; writing the second file fails, which must undo the first.
        add("site/a.html", "<p>a</p>");
        add("site/a.html/b.html", "<p>b</p>");
    } else if (kind == QLatin1String("names differing in case")) {
        add("site/INDEX.html", "<p>second</p>");
    } else {
        return false;
    }
    if (withChecksums)
        entries.append(checksumsEntry(checksumsOverride.isEmpty() ? checksumsFor(entries, unlisted)
                                                                  : checksumsOverride));
    return writeCraftedZip(zipPath, entries);
}

} // namespace

void TestExercisePackage::refusesBadPackages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    const QString outside = QStringLiteral("could write outside the exercise folder");
    const QString changed = QStringLiteral("damaged or was changed after it was exported");
    const auto row = [](const char *kind, const QString &message) {
        QTest::newRow(kind) << QString::fromLatin1(kind) << message;
    };
    row("not a zip", QStringLiteral("is not an exercise file"));
    row("zip slip", outside + QStringLiteral(" or point elsewhere (../evil.html)"));
    row("absolute", outside + QStringLiteral(" or point elsewhere (/etc/evil)"));
    row("parent inside", outside + QStringLiteral(" or point elsewhere (site/../../x)"));
    row("windows drive", outside);
    row("symlink", outside + QStringLiteral(" or point elsewhere (site/link.html)"));
    row("too many entries", QStringLiteral("holds more than 3 files"));
    row("oversized entry", QStringLiteral("a file that unpacks to more than"));
    row("size that lies", changed + QStringLiteral(" (site/liar.bin)"));
    row("too large in total", QStringLiteral("The exercise file unpacks to more than"));
    row("tampered file", changed + QStringLiteral(" (site/index.html). Ask the instructor for a new copy."));
    row("unlisted extra file", QStringLiteral("was not in it when it was exported (site/extra.html)"));
    row("listed file missing", changed + QStringLiteral(" (site/css/site.css)"));
    row("file outside the exercise", changed + QStringLiteral(" (checksums.json)"));
    row("missing checksums", QStringLiteral("list of files (checksums.json) is missing"));
    row("checksums format 99", QStringLiteral("newer Xunjian: update Xunjian"));
    row("exercise format 99", QStringLiteral("newer Xunjian: update Xunjian"));
    row("exercise damaged", changed + QStringLiteral(" (exercise.json)"));
    row("uuid not a uuid", changed + QStringLiteral(" (exercise.json)"));
    row("key entry without page", QStringLiteral("\"P01-leader-name\" names no page"));
    row("evidence missing", changed + QStringLiteral(" (key/F12.png)"));
    row("start page missing", changed + QStringLiteral(" (site/home.html)"));
    row("same name twice", changed + QStringLiteral(" (site/index.html)"));
    row("names differing in case", changed);
    row("file and folder of one name", QStringLiteral("cannot be unpacked into"));
}

void TestExercisePackage::refusesBadPackages()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString zipPath = m_dir->filePath(QStringLiteral("bad.xjexercise"));
    ExercisePackage::Limits limits = ExercisePackage::defaultLimits();
    QVERIFY(writeBadPackage(kind, zipPath, limits));

    const auto imported = ExercisePackage::importFrom(zipPath, m_root, limits);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().fullText()));
    QVERIFY2(!QFileInfo::exists(m_root), qPrintable(everythingUnder(m_root).join(u' ')));
    // Nothing was written beside the exercises folder either (a zip slip would land there).
    QCOMPARE(everythingUnder(m_dir->path()), QStringList{QStringLiteral("bad.xjexercise")});

    // The same checks hold when the exercises folder already exists.
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(!ExercisePackage::importFrom(zipPath, m_root, limits));
    QCOMPARE(everythingUnder(m_root), QStringList());
}

void TestExercisePackage::refusesASecondImportOfTheSameExercise()
{
    const Exercise ex = sampleExercise();
    const QString source = makeExerciseFolder(ex);
    QVERIFY(!source.isEmpty());
    const QString zipPath = m_dir->filePath(QStringLiteral("a.xjexercise"));
    QVERIFY(ExercisePackage::exportTo(source, zipPath));
    QVERIFY(ExercisePackage::importFrom(zipPath, m_root));
    const QStringList before = everythingUnder(m_root);
    // The instructor changed a page meanwhile: the second import still must not touch the first.
    QVERIFY(writeFile(QDir(source).filePath(QStringLiteral("site/index.html")), "<p>changed</p>"));
    QVERIFY(ExercisePackage::exportTo(source, zipPath));

    const auto again = ExercisePackage::importFrom(zipPath, m_root);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("is already imported")),
             qPrintable(again.error().message));
    QCOMPARE(everythingUnder(m_root), before);
    QCOMPARE(readFile(QDir(m_root).filePath(ex.uuid + QStringLiteral("/site/index.html"))),
             sampleFiles().value(QStringLiteral("site/index.html")));
}

void TestExercisePackage::startPageMayBeAnAddress()
{
    Exercise ex = sampleExercise();
    ex.startPage = QStringLiteral("/%E6%96%B0%E9%97%BB/通知公告.html?from=home#top");
    const QString source = makeExerciseFolder(ex);
    QVERIFY(!source.isEmpty());
    const QString zipPath = m_dir->filePath(QStringLiteral("a.xjexercise"));
    QVERIFY(ExercisePackage::exportTo(source, zipPath));
    const auto imported = ExercisePackage::importFrom(zipPath, m_root);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().fullText()));
    QCOMPARE(imported.value().startPage, ex.startPage);
}

QTEST_GUILESS_MAIN(TestExercisePackage)
#include "tst_exercisepackage.moc"
