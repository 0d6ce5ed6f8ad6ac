// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoArticleBuilder.h"

#include "demo/DemoPersonalData.h"

#include <algorithm>
#include <array>

namespace xj {

namespace {

// Percent of the article pages per leaf column, and how recent the newest item is and how far
// apart items are (in days): news daily, notices weekly, policies monthly, plans a few times a year.
// The newest items stay inside the 2019 windows (2 weeks, 6 months, 1 year) so the clean site passes.
constexpr std::array<int, 11> Percent{20, 15, 12, 15, 6, 6, 5, 9, 3, 5, 4};

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList pickSome(const QStringList &items, int count, DemoRandom &rng)
{
    QStringList pool = items;
    for (qsizetype i = pool.size() - 1; i > 0; --i)
        pool.swapItemsAt(i, rng.bounded(int(i + 1)));
    return pool.mid(0, count);
}

} // namespace

DemoArticleBuilder::DemoArticleBuilder(const DemoCorpus &corpus, DemoSiteContent &content)
    : m_corpus(corpus)
    , m_content(content)
{}

void DemoArticleBuilder::build()
{
    static constexpr std::array<Schedule, 11> schedules{{
        {"zwdt/zwyw", Percent[0], 0, 1, 0, 3},
        {"zwdt/bmdt", Percent[1], 0, 3, 1, 4},
        {"zwdt/xzdt", Percent[2], 0, 4, 1, 5},
        {"tzgg", Percent[3], 0, 5, 2, 12},
        {"zcwj/xzfwj", Percent[4], 3, 30, 10, 40},
        {"zcwj/xzfbwj", Percent[5], 2, 25, 8, 35},
        {"zcwj/zcjd", Percent[6], 3, 30, 10, 40},
        {"rsxx", Percent[7], 5, 45, 10, 40},
        {"ghjh/fzgh", Percent[8], 30, 150, 60, 200},
        {"ghjh/ndjh", Percent[9], 10, 90, 20, 90},
        {"ghjh/zxgh", Percent[10], 20, 120, 40, 150},
    }};
    const int total = m_content.spec.articlePages;
    std::array<int, schedules.size()> counts{};
    int sum = 0;
    for (std::size_t i = 0; i < schedules.size(); ++i) {
        counts.at(i) = std::max(2, total * schedules.at(i).percent / 100);
        sum += counts.at(i);
    }
    // Rounding lands in 政务要闻, the column that can take any number of items.
    counts.at(0) += total - sum;
    for (std::size_t i = 0; i < schedules.size(); ++i)
        addColumn(schedules.at(i), counts.at(i));

    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(0x9b1);
    assignIds();
    addRelatedLinks();
    addPublicList(rng);
}

void DemoArticleBuilder::addColumn(const Schedule &schedule, int count)
{
    const QString column = key(schedule.column);
    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(DemoRandom::salt(column));
    QDate date = m_content.spec.today.addDays(-rng.range(schedule.newestMin, schedule.newestMax));
    QStringList titles;
    for (int sequence = 0; sequence < count; ++sequence) {
        DemoArticle article;
        article.column = column;
        article.urlDate = article.pubDate = article.listDate = date;
        article.pubMinutes = rng.range(8 * 60, 18 * 60);
        DemoVars vars = varsFor(date, rng);
        // A repeated title looks like a CMS glitch, so retry a few times before accepting one.
        for (int attempt = 0; attempt < 6; ++attempt) {
            article.title = titleFor(column, vars, rng);
            if (!titles.contains(article.title))
                break;
            vars = varsFor(date, rng);
        }
        titles.append(article.title);
        article.source = vars.value(QStringLiteral("dept"));
        article.paragraphs = bodyFor(article, sequence, vars, rng);
        m_content.articles.append(article);
        date = date.addDays(-rng.range(schedule.gapMin, schedule.gapMax));
    }
}

QString DemoArticleBuilder::titleFor(const QString &column, const DemoVars &vars, DemoRandom &rng) const
{
    const QString first = column.section(QLatin1Char('/'), 0, 0);
    const QString leaf = column.section(QLatin1Char('/'), 1, 1);
    QStringList templates;
    if (first == QLatin1String("zwdt"))
        templates = m_corpus.strings(QStringLiteral("newsTitles"), leaf);
    else if (first == QLatin1String("tzgg"))
        templates = m_corpus.strings(QStringLiteral("noticeTitles"));
    else if (first == QLatin1String("zcwj"))
        templates = m_corpus.strings(QStringLiteral("policyTitles"), leaf);
    else if (first == QLatin1String("rsxx"))
        templates = m_corpus.strings(QStringLiteral("personnelTitles"));
    else
        templates = m_corpus.strings(QStringLiteral("planTitles"), leaf);
    return DemoCorpus::fill(rng.pick(templates), vars);
}

QStringList DemoArticleBuilder::bodyFor(DemoArticle &article, int sequence, DemoVars vars,
                                        DemoRandom &rng) const
{
    const QString first = article.column.section(QLatin1Char('/'), 0, 0);
    const QString &county = m_content.spec.countyName;
    if (first == QLatin1String("zwdt"))
        return newsBody(article, sequence, vars, rng);

    QStringList body;
    auto fillAll = [&vars](const QStringList &sentences) {
        QStringList out;
        for (const QString &s : sentences)
            out.append(DemoCorpus::fill(s, vars));
        return out;
    };
    if (first == QLatin1String("tzgg")) {
        body = fillAll(m_corpus.strings(QStringLiteral("noticeSentences")));
        body.append(DemoCorpus::fill(QStringLiteral("联系人：{person}，联系电话：{phone}。"), vars));
        body.append(vars.value(QStringLiteral("dept")));
        if (sequence % 3 == 1) {
            const QString ext = rng.chance(50) ? QStringLiteral("doc") : QStringLiteral("pdf");
            article.attachments.append({QStringLiteral("附件：") +
                                            rng.pick(m_corpus.strings(QStringLiteral("attachmentNames"))) +
                                            QLatin1Char('.') + ext,
                                        {},
                                        false});
        }
    } else if (first == QLatin1String("zcwj")) {
        const QStringList sentences = fillAll(m_corpus.strings(QStringLiteral("policySentences")));
        if (article.column.endsWith(QLatin1String("zcjd"))) {
            body = sentences.mid(1);
        } else {
            const bool office = article.column.endsWith(QLatin1String("xzfbwj"));
            article.docNumber = county.left(1) +
                                (office ? QStringLiteral("政办发〔") : QStringLiteral("政发〔")) +
                                QString::number(article.pubDate.year()) + QStringLiteral("〕") +
                                QString::number(rng.range(1, 60)) + QStringLiteral("号");
            body = sentences;
            body.append(county + (office ? QStringLiteral("人民政府办公室") : QStringLiteral("人民政府")));
        }
        article.source = m_content.organizer;
    } else if (first == QLatin1String("rsxx")) {
        body = fillAll(m_corpus.strings(QStringLiteral("personnelSentences")));
        article.source = QStringLiteral("县人力资源和社会保障局");
    } else {
        body = fillAll(m_corpus.strings(QStringLiteral("planSentences")));
        article.source = QStringLiteral("县发展和改革局");
    }
    return body;
}

QStringList DemoArticleBuilder::newsBody(DemoArticle &article, int sequence, DemoVars &vars,
                                         DemoRandom &rng) const
{
    QStringList body;
    const QList<DemoLeader> &leaders = m_content.leaders;
    if (article.column.endsWith(QLatin1String("zwyw")) && !leaders.isEmpty()) {
        // The two newest items name the 县长 and the last 副县长, so that a misspelt name and a
        // wrong title can be planted on every seed; older items name anyone.
        const int leader = sequence == 0   ? 0
                           : sequence == 1 ? int(leaders.size() - 1)
                                           : rng.bounded(int(leaders.size()));
        article.leaderMention = leader;
        vars.insert(QStringLiteral("role"), leaders.at(leader).mention);
        vars.insert(QStringLiteral("name"), leaders.at(leader).name);
        body.append(DemoCorpus::fill(rng.pick(m_corpus.strings(QStringLiteral("leaderOpenings"))), vars));
        article.source = rng.pick(m_corpus.strings(QStringLiteral("sources")));
    } else {
        body.append(DemoCorpus::fill(rng.pick(m_corpus.strings(QStringLiteral("newsOpenings"))), vars));
        if (article.column.endsWith(QLatin1String("xzdt")))
            article.source = vars.value(QStringLiteral("town")) + QStringLiteral("人民政府");
    }
    // Every third item has a picture; the closings below rotate with another phase, so pictures
    // and the phrases a typo is planted in fall on different articles.
    article.hasImage = sequence % 3 == 0;
    for (const QString &s : pickSome(m_corpus.strings(QStringLiteral("newsSentences")), rng.range(2, 3), rng))
        body.append(DemoCorpus::fill(s, vars));
    // Closings rotate rather than being drawn, so every closing sentence (and the phrases a typo
    // is planted in) occurs once a column has a few items.
    const QStringList closings = m_corpus.strings(QStringLiteral("newsClosings"));
    body.append(DemoCorpus::fill(closings.at(sequence % closings.size()), vars));
    return body;
}

DemoVars DemoArticleBuilder::varsFor(QDate date, DemoRandom &rng) const
{
    // {date} is left in the text on purpose: the renderer fills it from the publication date, so
    // that a date the planter moves stays consistent with the text.
    DemoVars vars;
    vars.insert(QStringLiteral("county"), m_content.spec.countyName);
    vars.insert(QStringLiteral("town"), rng.pick(m_corpus.strings(QStringLiteral("towns"))));
    vars.insert(QStringLiteral("dept"), rng.pick(m_corpus.strings(QStringLiteral("departments"))));
    vars.insert(QStringLiteral("topic"), rng.pick(m_corpus.strings(QStringLiteral("topics"))));
    vars.insert(QStringLiteral("meeting"), rng.pick(m_corpus.strings(QStringLiteral("meetings"))));
    vars.insert(QStringLiteral("year"), QString::number(date.year()));
    vars.insert(QStringLiteral("year2"), QString::number(date.year() + 2));
    vars.insert(QStringLiteral("year5"), QString::number(date.year() + 4));
    static const char *const quarters[] = {"一", "二", "三", "四"};
    vars.insert(QStringLiteral("quarter"), QString::fromUtf8(quarters[(date.month() - 1) / 3]));
    vars.insert(QStringLiteral("n"), QString::number(rng.range(3, 30)));
    vars.insert(QStringLiteral("m"), QString::number(rng.range(5, 80)));
    vars.insert(QStringLiteral("person"), personName(rng));
    vars.insert(QStringLiteral("phone"),
                QStringLiteral("0599-86") + QString::number(rng.range(10000, 99999)));
    return vars;
}

QString DemoArticleBuilder::personName(DemoRandom &rng) const
{
    const QStringList given = m_corpus.strings(QStringLiteral("givenChars"));
    QString name = rng.pick(m_corpus.strings(QStringLiteral("surnames"))) + rng.pick(given);
    if (rng.chance(60))
        name += rng.pick(given);
    return name;
}

void DemoArticleBuilder::assignIds()
{
    // Ids grow with creation time as in a real CMS, with gaps for pages of other channels.
    QList<int> order;
    for (int i = 0; i < m_content.articles.size(); ++i)
        order.append(i);
    const auto &articles = m_content.articles;
    std::stable_sort(order.begin(), order.end(), [&articles](int a, int b) {
        const DemoArticle &x = articles.at(a);
        const DemoArticle &y = articles.at(b);
        return x.urlDate != y.urlDate ? x.urlDate < y.urlDate : x.pubMinutes < y.pubMinutes;
    });
    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(0x1d5);
    int id = 3000;
    for (int index : order) {
        id += rng.range(1, 7);
        DemoArticle &article = m_content.articles[index];
        article.id = id;
        const QString folder =
            QLatin1Char('/') + article.column.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/files/");
        for (int k = 0; k < article.attachments.size(); ++k) {
            DemoAttachment &a = article.attachments[k];
            a.href = folder + QString::number(id) + QLatin1Char('_') + QString::number(k + 1) +
                     QLatin1Char('.') + a.title.section(QLatin1Char('.'), -1);
        }
    }
}

void DemoArticleBuilder::addRelatedLinks()
{
    for (const DemoColumn &column : std::as_const(m_content.columns)) {
        if (!column.listsArticles || !m_content.children(column.path).isEmpty())
            continue;
        const QList<int> order = m_content.articlesIn(column.path);
        for (int p = 0; p < order.size(); ++p)
            m_content.articles[order.at(p)].related = order.mid(p + 1, 2);
    }
}

void DemoArticleBuilder::addPublicList(DemoRandom &rng)
{
    const QList<int> notices = m_content.articlesIn(QStringLiteral("tzgg"));
    if (notices.size() < 3)
        return;
    // The third-newest notice: the newest ones are left free for the time-travel problem.
    DemoArticle &article = m_content.articles[notices.at(2)];
    DemoVars vars = varsFor(article.pubDate, rng);
    vars.insert(QStringLiteral("dept"), QStringLiteral("县民政局"));
    article.title = DemoCorpus::fill(m_corpus.text(QStringLiteral("publicListTitle")), vars);
    article.paragraphs.clear();
    for (const QString &s : m_corpus.strings(QStringLiteral("publicListSentences")))
        article.paragraphs.append(DemoCorpus::fill(s, vars));
    article.source = vars.value(QStringLiteral("dept"));
    article.attachments.clear();
    const QString region = m_content.spec.siteCode.left(6);
    for (int i = 0; i < 6; ++i) {
        DemoPublicList::Row row;
        row.name = personName(rng);
        row.idNumber = DemoPersonalData::idNumber(rng, region, i % 2 == 1);
        row.mobile = DemoPersonalData::mobile(rng);
        row.amount = QString::number(rng.range(5, 30) * 100) + QStringLiteral("元");
        if (i == 1)
            row.bankCard = DemoPersonalData::bankCard(rng);
        article.publicList.rows.append(row);
    }
}

} // namespace xj
