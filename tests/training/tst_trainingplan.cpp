// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "training/ProblemCategories.h"
#include "training/TrainingPlan.h"
#include "training/TrainingPlanStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace xj;

/// The training plan as data: the built-in plan, the checks every plan passes (each complaint
/// naming its day) and the instructor's copy in the data folder.
class TestTrainingPlan : public QObject
{
    Q_OBJECT

    static QJsonObject builtInJson()
    {
        QFile file(TrainingPlan::BuiltInPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    /// The built-in plan's JSON with one change made by `edit` to the day at `index`.
    static QJsonObject withDay(int index, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject json = builtInJson();
        QJsonArray days = json.value(QStringLiteral("days")).toArray();
        QJsonObject day = days.at(index).toObject();
        edit(day);
        days.replace(index, day);
        json.insert(QStringLiteral("days"), days);
        return json;
    }
    static QJsonObject withExercise(int index, const char *key, const QJsonValue &value)
    {
        return withDay(index, [key, value](QJsonObject &day) {
            QJsonObject exercise = day.value(QStringLiteral("exercise")).toObject();
            exercise.insert(QLatin1String(key), value);
            day.insert(QStringLiteral("exercise"), exercise);
        });
    }

private slots:
    void builtInPlanIsValid()
    {
        auto plan = TrainingPlan::builtIn();
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().fullText()));
        const QList<TrainingPlanDay> &days = plan.value().days;
        QCOMPARE(days.size(), 5);
        const QStringList titles{QStringLiteral("指标与规则"), QStringLiteral("可用性、链接与更新"),
                                 QStringLiteral("内容错误"), QStringLiteral("互动与服务"),
                                 QStringLiteral("全面模拟检查")};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(days.at(i).day, i + 1);
            QCOMPARE(days.at(i).title, titles.at(i));
            QVERIFY(!days.at(i).goals.isEmpty());
            QVERIFY(days.at(i).exercise.minutes > days.at(0).exercise.minutes || i == 0);
        }
        QCOMPARE(days.at(1).categories,
                 (QStringList{QStringLiteral("P03"), QStringLiteral("P04"), QStringLiteral("P07")}));
        QCOMPARE(days.at(2).exercise.categories,
                 (QStringList{QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P09")}));
        QCOMPARE(days.at(3).categories, (QStringList{QStringLiteral("P10"), QStringLiteral("P12"),
                                                     QStringLiteral("P13"), QStringLiteral("P14")}));
        QVERIFY(days.at(4).exercise.categories.isEmpty()); // the mock inspection plants everything
        QVERIFY(!days.at(4).exercise.hintsAllowed);
        for (int i = 0; i < 4; ++i)
            QVERIFY(days.at(4).exercise.minutes > days.at(i).exercise.minutes);
        QCOMPARE(plan.value().day(3)->title, QStringLiteral("内容错误"));
        QVERIFY(plan.value().day(6) == nullptr);

        // What toJson writes, fromJson reads back the same.
        auto again = TrainingPlan::fromJson(plan.value().toJson());
        QVERIFY(again);
        QCOMPARE(again.value().toJson(), plan.value().toJson());
    }

    void brokenPlansAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("complaint");
        QJsonObject noDays = builtInJson();
        noDays.insert(QStringLiteral("days"), QJsonArray());
        QTest::newRow("no days") << noDays << QStringLiteral("no days");
        QJsonObject sixDays = builtInJson();
        QJsonArray six = sixDays.value(QStringLiteral("days")).toArray();
        QJsonObject sixth = six.at(4).toObject();
        sixth.insert(QStringLiteral("day"), 6);
        six.append(sixth);
        sixDays.insert(QStringLiteral("days"), six);
        QTest::newRow("six days") << sixDays << QStringLiteral("6 days");
        QJsonObject gap = builtInJson();
        QJsonArray gapDays = gap.value(QStringLiteral("days")).toArray();
        gapDays.removeAt(1);
        gap.insert(QStringLiteral("days"), gapDays);
        QTest::newRow("day 2 missing")
            << gap << QStringLiteral("Day 2 of the training plan is listed as day 3");
        QTest::newRow("day without number")
            << withDay(3, [](QJsonObject &d) { d.remove(QStringLiteral("day")); })
            << QStringLiteral("Day 4 of the training plan is listed as day 0");
        QTest::newRow("empty title") << withDay(2, [](QJsonObject &d) {
            d.insert(QStringLiteral("title"), QStringLiteral("  "));
        }) << QStringLiteral("Day 3 of the training plan has no title");
        QTest::newRow("too short") << withExercise(1, "minutes", 4)
                                   << QStringLiteral(
                                          "Day 2 of the training plan gives its exercise 4 minutes");
        QTest::newRow("too long") << withExercise(4, "minutes", 481)
                                  << QStringLiteral(
                                         "Day 5 of the training plan gives its exercise 481 minutes");
        QTest::newRow("tiny site") << withExercise(0, "articlePages", 10)
                                   << QStringLiteral("Day 1 of the training plan asks for 10 article pages");
        QTest::newRow("unknown practised category") << withDay(3, [](QJsonObject &d) {
            d.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("P10"), QStringLiteral("P18")});
        }) << QStringLiteral("Day 4 of the training plan names the problem category \"P18\"");
        QTest::newRow("unknown exercise category")
            << withExercise(2, "categories", QJsonArray{QStringLiteral("p01")})
            << QStringLiteral("Day 3 of the training plan names the problem category \"p01\"");
        QJsonObject noFormat = builtInJson();
        noFormat.remove(QStringLiteral("format"));
        QTest::newRow("no format") << noFormat << QStringLiteral("not a Xunjian training plan");
        QJsonObject newer = builtInJson();
        newer.insert(QStringLiteral("format"), 2);
        QTest::newRow("newer format") << newer << QStringLiteral("newer Xunjian");
    }

    void brokenPlansAreRefused()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, complaint);
        QVERIFY(!builtInJson().isEmpty());
        auto plan = TrainingPlan::fromJson(json);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(complaint), qPrintable(plan.error().message));
    }

    void textThatIsNotJsonIsRefused()
    {
        auto plan = TrainingPlan::parse("{\"format\": 1, \"days\": [", QStringLiteral("plan.json"));
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(plan.error().message));
    }

    void customisedCopyWins()
    {
        TestDataDir dir;
        const TrainingPlanStore store(dir.path());
        QVERIFY(!store.isCustomised());
        QCOMPARE(store.load().value().toJson(), TrainingPlan::builtIn().value().toJson());

        TrainingPlan plan = TrainingPlan::builtIn().value();
        plan.days[0].title = QStringLiteral("规则精讲");
        plan.days[0].exercise.minutes = 45;
        plan.days.removeLast(); // a four-day plan is a plan too
        const Status saved = store.save(plan);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
        QVERIFY(store.isCustomised());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("training/plan.json"))));
        auto loaded = TrainingPlanStore(dir.path()).load();
        QVERIFY(loaded);
        QCOMPARE(loaded.value().days.size(), 4);
        QCOMPARE(loaded.value().days.at(0).title, QStringLiteral("规则精讲"));
        QCOMPARE(loaded.value().days.at(0).exercise.minutes, 45);

        // An invalid plan is not saved: the instructor's copy stays as it was.
        TrainingPlan broken = plan;
        broken.days[1].title.clear();
        const Status refused = store.save(broken);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Day 2")));
        QCOMPARE(store.load().value().days.at(1).title, QStringLiteral("可用性、链接与更新"));

        QVERIFY(store.resetToDefault());
        QVERIFY(!store.isCustomised());
        QVERIFY(!QFile::exists(store.customPath()));
        QCOMPARE(store.load().value().days.size(), 5);
        QVERIFY(store.resetToDefault()); // nothing to delete is fine
    }

    void brokenCopyIsReported()
    {
        TestDataDir dir;
        const TrainingPlanStore store(dir.path());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("training"))));
        QJsonObject json = builtInJson();
        QJsonArray days = json.value(QStringLiteral("days")).toArray();
        QJsonObject third = days.at(2).toObject();
        third.insert(QStringLiteral("title"), QString());
        days.replace(2, third);
        json.insert(QStringLiteral("days"), days);
        QFile file(store.customPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();

        QVERIFY(store.isCustomised());
        auto loaded = store.load();
        QVERIFY(!loaded);
        const QString message = loaded.error().message;
        QVERIFY2(message.contains(QStringLiteral("is broken")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Day 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("built-in plan")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(store.customPath())), qPrintable(message));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not json");
        file.close();
        QVERIFY(!store.load());

        QVERIFY(store.resetToDefault());
        QVERIFY(store.load());
    }

    void categoriesHaveNames()
    {
        QCOMPARE(ProblemCategories::codes().size(), 17);
        QCOMPARE(ProblemCategories::codes().constFirst(), QStringLiteral("P01"));
        QCOMPARE(ProblemCategories::codes().constLast(), QStringLiteral("P17"));
        QVERIFY(ProblemCategories::isKnown(QStringLiteral("P07")));
        QVERIFY(!ProblemCategories::isKnown(QStringLiteral("P18")));
        QCOMPARE(ProblemCategories::name(QStringLiteral("P01")), QStringLiteral("Serious wording errors"));
        QCOMPARE(ProblemCategories::documentName(QStringLiteral("P01")), QStringLiteral("严重表述错误"));
        QCOMPARE(ProblemCategories::label(QStringLiteral("P07")),
                 QStringLiteral("P07 Broken or wrong links"));
        QCOMPARE(ProblemCategories::label(QStringLiteral("X1")), QStringLiteral("X1"));
    }
};

QTEST_GUILESS_MAIN(TestTrainingPlan)
#include "tst_trainingplan.moc"
