// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckDictionaries.h"
#include "checks/CheckEngine.h"
#include "checks/PageSnapshot.h"
#include "checks/typo/EnglishSpeller.h"
#include "checks/typo/PinyinTable.h"
#include "checks/typo/ProtectedTermIndex.h"

#include <QTest>

using namespace xj;

class TestTypoChecks : public QObject
{
    Q_OBJECT
private:
    static std::shared_ptr<CheckDictionaries> dictionaries()
    {
        CheckDictionaries::Lists lists;
        lists.confusion = {{QStringLiteral("布署"), QStringLiteral("部署")},
                           {QStringLiteral("再接再励"), QStringLiteral("再接再厉")},
                           {QStringLiteral("既使"), QStringLiteral("即使")}};
        // A correct word that contains a listed wrong form (constructed for the test).
        lists.confusionAllowed = {QStringLiteral("既使用")};
        lists.protectedTerms = {
            {QStringLiteral("林正和"), ProtectedTerm::Kind::Person, QStringLiteral("县委副书记、县长"), {}},
            {QStringLiteral("郑国栋"), ProtectedTerm::Kind::Person, QStringLiteral("副县长"), {}},
            {QStringLiteral("社会主义核心价值观"), ProtectedTerm::Kind::Political, {}, {}},
        };
        lists.titles = {QStringLiteral("县长"), QStringLiteral("副县长"), QStringLiteral("常务副县长"),
                        QStringLiteral("县委副书记")};
        lists.similarChars = {{QChar(u'和'), QStringLiteral("私")}, {QChar(u'栋'), QStringLiteral("拣")}};
        const QString dir = CheckDictionaries::systemHunspellDirectory();
        if (!dir.isEmpty()) {
            lists.hunspellAffix = dir + QStringLiteral("/en_US.aff");
            lists.hunspellDictionary = dir + QStringLiteral("/en_US.dic");
        }
        lists.englishWords = {QStringLiteral("CPPCC")};
        return std::make_shared<CheckDictionaries>(lists);
    }
    static Candidates check(const QString &text, const QString &onlyCheck)
    {
        PageSnapshot page;
        page.url = QUrl(QStringLiteral("http://www.example.gov.cn/a.html"));
        for (const QString &line : text.split(QLatin1Char('|')))
            page.appendBlock({line, QStringLiteral("p"), QStringLiteral("p"), {}, {}, 0});
        CheckOptions options;
        for (const QString &id : {QStringLiteral("typo.confusion"), QStringLiteral("typo.protected_name"),
                                  QStringLiteral("typo.english")}) {
            if (id != onlyCheck)
                options.disabledChecks.insert(id);
        }
        Candidates out;
        for (const Candidate &c : CheckEngine(dictionaries()).run(page, options)) {
            if (c.checkId == onlyCheck)
                out.append(c);
        }
        return out;
    }

private slots:
    void pinyinComesFromIcu()
    {
        const PinyinTable &table = PinyinTable::instance();
        QVERIFY(table.isAvailable());
        QCOMPARE(table.pinyinOf(QChar(u'和')), QStringLiteral("he"));
        QCOMPARE(table.pinyinOf(QChar(u'禾')), QStringLiteral("he"));
        QCOMPARE(table.soundOf(u'栋'), table.soundOf(u'东')); // tones are ignored
        QCOMPARE(table.soundOf(u'a'), quint16(0));
    }

    void confusion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QStringList>("suggested");
        QTest::newRow("wrong form") << QStringLiteral("各单位要周密布署")
                                    << QStringList{QStringLiteral("布署")}
                                    << QStringList{QStringLiteral("部署")};
        QTest::newRow("two in two blocks") << QStringLiteral("再接再励|既使如此")
                                           << QStringList{QStringLiteral("再接再励"), QStringLiteral("既使")}
                                           << QStringList{QStringLiteral("再接再厉"), QStringLiteral("即使")};
        QTest::newRow("right form") << QStringLiteral("各单位要周密部署，再接再厉") << QStringList{}
                                    << QStringList{};
        QTest::newRow("inside an allowed word")
            << QStringLiteral("既使用电脑") << QStringList{} << QStringList{};
        QTest::newRow("allowed and not, side by side")
            << QStringLiteral("既使用电脑，既使如此，又既使用手机") << QStringList{QStringLiteral("既使")}
            << QStringList{QStringLiteral("即使")};
    }
    void confusion()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QFETCH(QStringList, suggested);
        const Candidates c = check(text, QStringLiteral("typo.confusion"));
        QStringList texts, suggestions;
        for (const Candidate &x : c) {
            texts.append(x.text);
            suggestions.append(x.suggestion);
            QCOMPARE(x.itemCode, QStringLiteral("W-V1"));
            QVERIFY(!x.context.isEmpty());
        }
        QCOMPARE(texts, found);
        QCOMPARE(suggestions, suggested);
    }

    void protectedNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("homophone name") << QStringLiteral("县委副书记、县长林正禾主持会议")
                                        << QStringLiteral("林正禾") << QStringLiteral("林正和");
        QTest::newRow("toneless homophone")
            << QStringLiteral("副县长郑国东调研") << QStringLiteral("郑国东") << QStringLiteral("郑国栋");
        QTest::newRow("look-alike") << QStringLiteral("县长林正私指出") << QStringLiteral("林正私")
                                    << QStringLiteral("林正和");
        QTest::newRow("wrong title") << QStringLiteral("常务副县长郑国栋出席")
                                     << QStringLiteral("常务副县长郑国栋") << QStringLiteral("副县长郑国栋");
        QTest::newRow("political term")
            << QStringLiteral("践行社会主义核心价直观") << QStringLiteral("社会主义核心价直观")
            << QStringLiteral("社会主义核心价值观");
        QTest::newRow("exact name") << QStringLiteral("县长林正和主持") << QString() << QString();
        QTest::newRow("right title") << QStringLiteral("副县长郑国栋出席") << QString() << QString();
        QTest::newRow("unrelated words") << QStringLiteral("林业正在和谐发展") << QString() << QString();
        QTest::newRow("two differences in a short name")
            << QStringLiteral("临正禾") << QString() << QString();
    }
    void protectedNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        QFETCH(QString, suggestion);
        const Candidates c = check(text, QStringLiteral("typo.protected_name"));
        if (found.isEmpty()) {
            QVERIFY2(c.isEmpty(), qPrintable(c.value(0).text));
            return;
        }
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.at(0).text, found);
        QCOMPARE(c.at(0).suggestion, suggestion);
        QCOMPARE(text.mid(c.at(0).offset, c.at(0).length), found);
    }

    void englishSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("misspelt") << QStringLiteral("Welcome to the Goverment portal")
                                  << QStringList{QStringLiteral("Goverment")};
        QTest::newRow("correct") << QStringLiteral("Welcome to the Government portal of the county")
                                 << QStringList{};
        QTest::newRow("acronyms, pinyin and project words")
            << QStringLiteral("The CPPCC of Qinghe county") << QStringList{};
        QTest::newRow("addresses and files are not prose")
            << QStringLiteral("see www.qhx-demo.gov.cn/zwdt/index.html or mail abc@qhx.gov.cn")
            << QStringList{};
        QTest::newRow("chinese only") << QStringLiteral("中文内容") << QStringList{};
    }
    void englishSpelling()
    {
        if (CheckDictionaries::systemHunspellDirectory().isEmpty())
            QSKIP("Debian's hunspell-en-us is not installed (installer/setup.sh installs it)");
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QStringList texts;
        for (const Candidate &c : check(text, QStringLiteral("typo.english")))
            texts.append(c.text);
        QCOMPARE(texts, found);
    }

    void pinyinWordsAreNames()
    {
        QVERIFY(EnglishSpeller::isPinyin(QStringLiteral("Qinghe")));
        QVERIFY(EnglishSpeller::isPinyin(QStringLiteral("Zhongguancun")));
        QVERIFY(!EnglishSpeller::isPinyin(QStringLiteral("Goverment")));
    }
};

QTEST_GUILESS_MAIN(TestTypoChecks)
#include "tst_typochecks.moc"
