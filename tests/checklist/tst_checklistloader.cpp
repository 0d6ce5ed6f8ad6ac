// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistFixtures.h"
#include "TestDataDir.h"
#include "checklist/ChecklistLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace xj;

namespace {

const QString WebsiteFile = QStringLiteral(":/checklists/national-2019-website.json");
const QString NewMediaFile = QStringLiteral(":/checklists/national-2019-newmedia.json");

QJsonObject minimalObject()
{
    QFile f(testDataPath(QStringLiteral("checklists/minimal.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Sets one field of a JSON object by a path such as "items[1].points"; an undefined value removes it.
void setPath(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QStringView head = dot < 0 ? path : path.first(dot);
    const qsizetype bracket = head.indexOf(QLatin1Char('['));
    if (bracket < 0) {
        if (dot < 0) {
            if (value.isUndefined())
                object.remove(head.toString());
            else
                object.insert(head.toString(), value);
            return;
        }
        QJsonObject child = object.value(head.toString()).toObject();
        setPath(child, path.sliced(dot + 1), value);
        object.insert(head.toString(), child);
        return;
    }
    const QString name = head.first(bracket).toString();
    const int index = head.sliced(bracket + 1).chopped(1).toInt();
    QJsonArray array = object.value(name).toArray();
    if (dot < 0) {
        array[index] = value;
    } else {
        QJsonObject child = array.at(index).toObject();
        setPath(child, path.sliced(dot + 1), value);
        array[index] = child;
    }
    object.insert(name, array);
}

QByteArray minimalWith(const QString &path, const QJsonValue &value)
{
    QJsonObject o = minimalObject();
    setPath(o, path, value);
    return QJsonDocument(o).toJson();
}

} // namespace

// The bundled national templates (indicators.md §1–§4, §9) and the rejection of broken files.
class TestChecklistLoader : public QObject
{
    Q_OBJECT

private slots:
    void bundledTemplatesLoad_data();
    void bundledTemplatesLoad();
    void websiteTemplateStructure();
    void websiteThresholds_data();
    void websiteThresholds();
    void unverifiedItems_data();
    void unverifiedItems();
    void newMediaIsVetoOnly();

    void brokenFileRejected_data();
    void brokenFileRejected();
    void syntaxErrorGivesLineAndColumn();
    void byteOrderMarkAccepted();
};

void TestChecklistLoader::bundledTemplatesLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("website") << WebsiteFile << QStringLiteral("national-2019-website")
                             << QStringList{
                                    QStringLiteral("W-V1"),  QStringLiteral("W-V2"),  QStringLiteral("W-V3"),
                                    QStringLiteral("W-V4"),  QStringLiteral("W-V5"),  QStringLiteral("W-V6"),
                                    QStringLiteral("W-D1"),  QStringLiteral("W-D2"),  QStringLiteral("W-D3"),
                                    QStringLiteral("W-D4"),  QStringLiteral("W-D5"),  QStringLiteral("W-D6"),
                                    QStringLiteral("W-D7"),  QStringLiteral("W-D8"),  QStringLiteral("W-D9"),
                                    QStringLiteral("W-D10"), QStringLiteral("W-D11"), QStringLiteral("W-D12"),
                                    QStringLiteral("W-D13"), QStringLiteral("W-A")};
    QTest::newRow("new media") << NewMediaFile << QStringLiteral("national-2019-newmedia")
                               << QStringList{QStringLiteral("M-V1"), QStringLiteral("M-V2"),
                                              QStringLiteral("M-V3")};
}

void TestChecklistLoader::bundledTemplatesLoad()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QStringList, codes);
    auto result = ChecklistLoader::loadFile(file);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().fullText()));
    const ChecklistTemplate &t = result.value();
    QCOMPARE(t.key, key);
    QStringList actual;
    for (const ChecklistItem &item : t.items)
        actual.append(item.code);
    QCOMPARE(actual, codes);
    QVERIFY(t.source.contains(QStringLiteral("国办秘函〔2019〕19号")));
    for (const ChecklistItem &item : t.items) {
        QVERIFY2(!item.text.isEmpty(), qPrintable(item.code));
        QVERIFY2(!item.evidenceHints.isEmpty(), qPrintable(item.code));
        if (item.kind == ItemKind::Veto)
            QCOMPARE(item.points, 0.0);
    }
}

void TestChecklistLoader::websiteTemplateStructure()
{
    const ChecklistTemplate t = bundledChecklist(QStringLiteral("national-2019-website"));
    QCOMPARE(t.appliesTo, SiteKind::Website);
    QCOMPARE(t.scoring.mode, ScoringRules::Mode::VetoThenPoints);
    QCOMPARE(t.scoring.deductionTotal, 100.0);
    QCOMPARE(t.scoring.passMark, 60.0);
    QCOMPARE(t.scoring.bonusThreshold, 80.0);
    QCOMPARE(t.scoring.bonusTotal, 30.0);
    QVERIFY(t.scoring.bonusPortalOnly);
    QVERIFY(t.scoring.rescaleNotApplicable);
    QCOMPARE(t.scoring.verificationOf(QStringLiteral("rescale_not_applicable")), Verification::Paraphrase);
    QCOMPARE(t.scoring.verificationOf(QStringLiteral("pass_mark")), Verification::Verbatim);

    QCOMPARE(t.totalPoints(ItemKind::Deduction), 100.0);
    QCOMPARE(t.totalPoints(ItemKind::Bonus), 30.0);
    QStringList deductionAreas;
    for (const ChecklistArea &a : t.areas) {
        if (a.kind == ItemKind::Deduction)
            deductionAreas.append(a.name);
    }
    QCOMPARE(deductionAreas, (QStringList{QStringLiteral("发布解读"), QStringLiteral("办事服务"),
                                          QStringLiteral("互动交流"), QStringLiteral("功能设计")}));
    const ChecklistArea *service = t.area(QStringLiteral("service"));
    QVERIFY(service);
    QCOMPARE(service->name, QStringLiteral("办事服务"));
    QCOMPARE(service->points, 25.0);
    QCOMPARE(t.areaTotalPoints(service->id), 25.0);
    QVERIFY(service->unverified());

    const ChecklistItem *w1 = t.item(QStringLiteral("W-V1"));
    QVERIFY(w1->text.startsWith(QStringLiteral("1.出现严重表述错误。2.泄露国家秘密。")));
    QVERIFY(w1->categories.contains(QStringLiteral("P08")));
    QCOMPARE(t.item(QStringLiteral("W-A"))->kind, ItemKind::Bonus);
    QCOMPARE(t.item(QStringLiteral("W-A"))->points, 30.0);
}

void TestChecklistLoader::websiteThresholds_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("comparison");
    // indicators.md §9
    QTest::newRow("W-V2 monitoring days") << "W-V2"
                                          << "monitoring_days" << QVariant(7.0) << "days"
                                          << "";
    QTest::newRow("W-V2 attempts per day") << "W-V2"
                                           << "attempts_per_day" << QVariant(20.0) << "count"
                                           << ">=";
    QTest::newRow("W-V2 timeout") << "W-V2"
                                  << "timeout_seconds" << QVariant(15.0) << "seconds"
                                  << ">=";
    QTest::newRow("W-V2 failure ratio") << "W-V2"
                                        << "failure_ratio" << QVariant(5.0) << "%"
                                        << ">=";
    QTest::newRow("W-V3 window") << "W-V3"
                                 << "window_days" << QVariant(14.0) << "days"
                                 << "";
    QTest::newRow("W-V3 undated") << "W-V3"
                                  << "undated_counts_as_not_updated" << QVariant(true) << ""
                                  << "";
    QTest::newRow("W-V4 news window") << "W-V4"
                                      << "news_window_days" << QVariant(14.0) << "days"
                                      << "";
    QTest::newRow("W-V4 notice window") << "W-V4"
                                        << "notice_policy_window_months" << QVariant(6.0) << "months"
                                        << "";
    QTest::newRow("W-V4 stale columns") << "W-V4"
                                        << "stale_news_notice_columns" << QVariant(5.0) << "count"
                                        << ">=";
    QTest::newRow("W-V4 should update") << "W-V4"
                                        << "stale_should_update_columns" << QVariant(10.0) << "count"
                                        << ">=";
    QTest::newRow("W-V4 blank columns") << "W-V4"
                                        << "blank_columns" << QVariant(5.0) << "count"
                                        << ">=";
    QTest::newRow("W-V5 reply limit") << "W-V5"
                                      << "reply_limit_months" << QVariant(3.0) << "months"
                                      << ">";
    QTest::newRow("W-V5 lookback") << "W-V5"
                                   << "lookback_years" << QVariant(1.0) << "years"
                                   << "";
}

void TestChecklistLoader::websiteThresholds()
{
    QFETCH(QString, code);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, unit);
    QFETCH(QString, comparison);
    const ChecklistTemplate t = bundledChecklist(QStringLiteral("national-2019-website"));
    const ChecklistItem *item = t.item(code);
    QVERIFY(item);
    const ChecklistThreshold *threshold = item->threshold(key);
    QVERIFY2(threshold, qPrintable(key));
    QCOMPARE(threshold->value, value);
    QCOMPARE(threshold->unit, unit);
    QCOMPARE(threshold->comparison, comparison);
    QCOMPARE(threshold->verification, Verification::Verbatim);
    QVERIFY(!threshold->label.isEmpty());
}

void TestChecklistLoader::unverifiedItems_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("unverified");
    QTest::newRow("W-V1 verbatim") << "W-V1" << false;
    QTest::newRow("W-V2 verbatim") << "W-V2" << false;
    QTest::newRow("W-V5 verbatim") << "W-V5" << false;
    QTest::newRow("W-V6 cut off") << "W-V6" << true;
    for (int i = 1; i <= 13; ++i) {
        const QString code = QStringLiteral("W-D%1").arg(i);
        QTest::newRow(qPrintable(code)) << code << true;
    }
    QTest::newRow("W-A") << "W-A" << true;
}

void TestChecklistLoader::unverifiedItems()
{
    QFETCH(QString, code);
    QFETCH(bool, unverified);
    const ChecklistTemplate t = bundledChecklist(QStringLiteral("national-2019-website"));
    QVERIFY(t.item(code));
    QCOMPARE(t.item(code)->unverified(), unverified);
}

void TestChecklistLoader::newMediaIsVetoOnly()
{
    const ChecklistTemplate t = bundledChecklist(QStringLiteral("national-2019-newmedia"));
    QCOMPARE(t.appliesTo, SiteKind::NewMedia);
    QCOMPARE(t.scoring.mode, ScoringRules::Mode::VetoOnly);
    QCOMPARE(t.scoring.verificationOf(QStringLiteral("mode")), Verification::Reconstructed);
    QCOMPARE(t.itemsOfKind(ItemKind::Veto).size(), 3);
    const ChecklistItem *m2 = t.item(QStringLiteral("M-V2"));
    QCOMPARE(m2->verification, Verification::Paraphrase);
    QCOMPARE(m2->threshold(QStringLiteral("window_days"))->value, QVariant(14.0));
    QVERIFY(!m2->unverified());
    QVERIFY(t.item(QStringLiteral("M-V1"))->unverified());
    QVERIFY(t.item(QStringLiteral("M-V3"))->unverified());
}

void TestChecklistLoader::brokenFileRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const QString &path, const QJsonValue &value, const char *where,
                        const char *reason) {
        QTest::newRow(name) << minimalWith(path, value) << QString::fromLatin1(where)
                            << QString::fromUtf8(reason);
    };
    const QJsonValue absent(QJsonValue::Undefined);
    row("missing field", QStringLiteral("items[1].title"), absent, "items[1].title", "required but missing");
    row("missing format", QStringLiteral("format"), absent, "format", "required but missing");
    row("missing scoring", QStringLiteral("scoring"), absent, "scoring", "required but missing");
    row("wrong type: points as text", QStringLiteral("items[1].points"), QStringLiteral("6"),
        "items[1].points", "wrong type");
    row("wrong type: items not a list", QStringLiteral("items"), QJsonObject{}, "items",
        "a list in square brackets");
    row("wrong type: item not an object", QStringLiteral("items[2]"), 5, "items[2]", "curly braces");
    row("unknown kind", QStringLiteral("items[1].kind"), QStringLiteral("penalty"), "items[1].kind",
        "“penalty” is not a known value; use one of: veto, deduction, bonus");
    row("unknown verification", QStringLiteral("items[0].verification"), QStringLiteral("X"),
        "items[0].verification", "not a known value; use one of: V, P, R");
    row("unknown applies_to", QStringLiteral("applies_to"), QStringLiteral("app"), "applies_to",
        "use one of: website, newmedia");
    row("unknown scoring mode", QStringLiteral("scoring.mode"), QStringLiteral("points"), "scoring.mode",
        "not a known value");
    row("misspelt field", QStringLiteral("items[1].pionts"), 6, "items[1].pionts",
        "not a field this program knows");
    row("duplicate code", QStringLiteral("items[2].code"), QStringLiteral("D1"), "items[2].code",
        "the item code “D1” is already used by items[1]");
    row("duplicate area", QStringLiteral("areas[2].id"), QStringLiteral("a"), "areas[2].id",
        "already used by areas[1]");
    row("unknown area", QStringLiteral("items[1].area"), QStringLiteral("zz"), "items[1].area",
        "no area with that id");
    row("kind does not fit area", QStringLiteral("items[3].area"), QStringLiteral("a"), "items[3].kind",
        "holds items of the kind “deduction”");
    row("negative points", QStringLiteral("items[1].points"), -1, "items[1].points", "must not be negative");
    row("veto with points", QStringLiteral("items[0].points"), 2, "items[0].points", "veto item");
    row("points not summing", QStringLiteral("items[1].points"), 5, "scoring.deduction_total",
        "the deduction items add up to 9 points, but the template is scored out of 10");
    row("area points not summing", QStringLiteral("areas[1].points"), 12, "areas[1].points",
        "add up to 10 points, but the area is worth 12");
    row("pass mark above bonus threshold", QStringLiteral("scoring.pass_mark"), 9, "scoring.pass_mark",
        "higher than the score that opens the bonus part");
    row("bonus item above bonus total", QStringLiteral("items[3].points"), 4, "items[3].points",
        "more than the whole bonus part");
    row("newer format", QStringLiteral("format"), 2, "format",
        "newer than this version of Xunjian understands");
    row("format as text", QStringLiteral("format"), QStringLiteral("1"), "format", "whole number");
    row("empty title", QStringLiteral("items[1].title"), QStringLiteral(" "), "items[1].title",
        "must not be empty");
    row("bad key", QStringLiteral("key"), QStringLiteral("my list"), "key", "Latin letters");
    row("unknown comparison", QStringLiteral("items[2].thresholds[0].comparison"), QStringLiteral("=>"),
        "items[2].thresholds[0].comparison", "not a known comparison");
    row("threshold without value", QStringLiteral("items[2].thresholds[0].value"), absent,
        "items[2].thresholds[0].value", "required but missing");
    row("threshold value an object", QStringLiteral("items[2].thresholds[0].value"), QJsonObject{},
        "items[2].thresholds[0].value", "must be a number, true or false");
    row("category not a text", QStringLiteral("items[1].categories"), QJsonArray{QStringLiteral("P01"), 3},
        "items[1].categories[1]", "must be a text");
    row("remove without extends", QStringLiteral("remove"), QJsonArray{QStringLiteral("D1")}, "remove",
        "only a template that extends another one");
    row("extends an unknown base", QStringLiteral("extends"), QStringLiteral("national-2015-website"),
        "extends", "no template with the key “national-2015-website”");
    row("no items", QStringLiteral("items"), QJsonArray{}, "items", "no items");
}

void TestChecklistLoader::brokenFileRejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QString fileName = QStringLiteral("/data/checklists/broken.json");
    auto result = ChecklistLoader::loadBytes(bytes, fileName);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("broken.json")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" in ") + path + QLatin1Char(':')), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestChecklistLoader::syntaxErrorGivesLineAndColumn()
{
    // Line 3 lacks its closing comma; the parser notices just inside the next field name, at line 4,
    // column 4 (the "k" after two spaces and a quote).
    const QByteArray bytes = "{\n  \"format\": 1,\n  \"name\": \"检查清单\"\n  \"key\": \"x\"\n}\n";
    auto result = ChecklistLoader::loadBytes(bytes, QStringLiteral("local/syntax.json"));
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("syntax.json")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not valid JSON at line 4, column 4")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("comma")), qPrintable(message));
    QVERIFY(!result.error().detail.isEmpty());

    // Columns count characters, not UTF-8 bytes: 15 characters (4 of them Chinese, 12 bytes) come
    // before the "x" on line 2.
    const QByteArray chinese = "{\n\"name\": \"检查清单\" x}";
    const auto [line, column] = ChecklistErrors::lineAndColumn(chinese, chinese.indexOf(" x") + 1);
    QCOMPARE(line, 2);
    QCOMPARE(column, 16);
}

void TestChecklistLoader::byteOrderMarkAccepted()
{
    QFile f(testDataPath(QStringLiteral("checklists/minimal.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + f.readAll();
    auto result = ChecklistLoader::loadBytes(bytes, QStringLiteral("bom.json"));
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().items.size(), 4);
}

QTEST_GUILESS_MAIN(TestChecklistLoader)
#include "tst_checklistloader.moc"
