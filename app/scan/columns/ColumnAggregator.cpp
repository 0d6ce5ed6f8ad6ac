// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/columns/ColumnAggregator.h"

#include "scan/ScanRules.h"
#include "scan/columns/ColumnClassifier.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace xj {

namespace {

// A list of one address on many list pages is evidence enough with a few of them.
constexpr int maximumListPages = 10;

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString sightingKey(const QDate &date, const QString &url)
{
    return QString::number(date.toJulianDay()) + QLatin1Char(' ') + url;
}

struct Window
{
    QDate start; ///< invalid: the column is not judged
    int days = 0;
    int months = 0;
};

Window windowFor(ColumnClass cls, int level, const QDate &day, const ScanRules &rules)
{
    switch (cls) {
    case ColumnClass::News:
        return {day.addDays(-rules.newsWindowDays), rules.newsWindowDays, 0};
    case ColumnClass::NoticePolicy:
        // The 2019 rule covers first-level 通知公告/政策文件 columns only; an unknown level (0) is
        // judged, so that a site without breadcrumbs is not let off.
        if (level > 1)
            return {};
        return {day.addMonths(-rules.noticePolicyWindowMonths), 0, rules.noticePolicyWindowMonths};
    case ColumnClass::PersonnelPlan:
        return {day.addMonths(-rules.personnelPlanWindowMonths), 0, rules.personnelPlanWindowMonths};
    case ColumnClass::Updating:
        return {day.addMonths(-rules.updatingWindowMonths), 0, rules.updatingWindowMonths};
    case ColumnClass::Static:
    case ColumnClass::Unclassified:
        break;
    }
    return {};
}

} // namespace

void ColumnAggregator::keepNewest(QList<Entry> &newest, const Entry &entry)
{
    if (!entry.date.isValid())
        return;
    for (const Entry &e : std::as_const(newest)) {
        if (e.url == entry.url && e.date == entry.date)
            return;
    }
    if (newest.size() >= NewestKept && entry.date <= newest.last().date)
        return;
    const auto at =
        std::find_if(newest.begin(), newest.end(), [&entry](const Entry &e) { return e.date < entry.date; });
    newest.insert(at, entry);
    if (newest.size() > NewestKept)
        newest.removeLast();
}

ColumnAggregator::Entry ColumnAggregator::newestUpTo(const QList<Entry> &newest, const QDate &day)
{
    for (const Entry &e : newest) {
        if (e.date <= day)
            return e;
    }
    return {};
}

void ColumnAggregator::addSighting(const Entry &entry, const QString &page, bool isHome, bool isArticle)
{
    if (!entry.date.isValid() || entry.url.isEmpty())
        return;
    const QString key = sightingKey(entry.date, entry.url);
    auto it = m_sightings.find(key);
    if (it == m_sightings.end()) {
        // Only the newest addresses are kept: dates later than the inspection date are the newest.
        if (int(m_sightings.size()) >= RecentKept) {
            const auto oldest = m_sightingAge.begin();
            if (entry.date <= oldest->first)
                return;
            m_sightings.remove(oldest->second);
            m_sightingAge.erase(oldest);
        }
        it = m_sightings.insert(key, Sighting{entry, {}, false, {}});
        m_sightingAge.emplace(entry.date, key);
    }
    if (isArticle)
        it->articlePage = page;
    else if (isHome)
        it->onHome = true;
    else if (it->listPages.size() < maximumListPages && !it->listPages.contains(page))
        it->listPages.append(page);
    if (it->entry.title.isEmpty())
        it->entry.title = entry.title;
}

void ColumnAggregator::addPage(const QString &url, const ColumnPageFacts &facts, bool isHomePage)
{
    if (facts.articleDate.isValid())
        addSighting({facts.articleDate, {}, url}, url, false, true);
    if (isHomePage) {
        m_homeSeen = true;
        m_homeUrl = url;
        for (const DatedItem &item : facts.items) {
            ++m_homeItems;
            keepNewest(m_homeNewest, {item.date, item.title, item.url});
            addSighting({item.date, item.title, item.url}, url, true, false);
        }
        return;
    }
    if (!facts.isListPage || facts.columnKey.isEmpty())
        return;
    Column &column = m_columns[facts.columnKey];
    const QString page = QUrl(url).adjusted(QUrl::RemoveFragment).toString();
    if (column.pages.contains(page))
        return; // the same list page reached twice
    column.pages.insert(page);
    // The shortest address is the first page of the pagination: /zwdt/index.html, not index_1.
    if (column.url.isEmpty() || page.size() < column.url.size()) {
        column.url = page;
        if (!facts.columnName.isEmpty())
            column.name = facts.columnName;
        if (facts.level > 0)
            column.level = facts.level;
    }
    if (column.name.isEmpty())
        column.name = facts.columnName;
    if (column.level == 0)
        column.level = facts.level;
    for (const DatedItem &item : facts.items) {
        ++column.itemCount;
        keepNewest(column.newest, {item.date, item.title, item.url});
        addSighting({item.date, item.title, item.url}, page, false, false);
    }
    if (facts.blank && !column.blankSeen) {
        column.blankSeen = true;
        column.blankText = facts.blankText;
    }
}

ColumnAggregator::Evaluation
ColumnAggregator::evaluate(const QDate &inspectionDate, const ScanRules &rules,
                           const QHash<QString, ColumnClass> &inspectorClasses) const
{
    return evaluate(inspectionDate, rules, inspectorClasses, ColumnClassifier::bundled());
}

ColumnAggregator::Evaluation ColumnAggregator::evaluate(const QDate &inspectionDate, const ScanRules &rules,
                                                        const QHash<QString, ColumnClass> &inspectorClasses,
                                                        const ColumnClassifier &classifier) const
{
    Evaluation out;
    QStringList keys = m_columns.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Column &c = *m_columns.constFind(key);
        ColumnSummary s;
        s.key = key;
        s.name = c.name;
        s.url = c.url;
        s.level = c.level;
        if (const auto it = inspectorClasses.constFind(key); it != inspectorClasses.cend()) {
            s.cls = *it;
            s.classFromInspector = true;
        } else {
            s.cls = classifier.classify(c.name);
        }
        s.itemCount = c.itemCount;
        const Entry newest = newestUpTo(c.newest, inspectionDate);
        s.newest = newest.date;
        s.newestTitle = newest.title;
        s.newestUrl = newest.url;
        s.blank = c.blankSeen && c.itemCount == 0;
        s.blankText = c.blankText;
        const Window window = windowFor(s.cls, s.level, inspectionDate, rules);
        s.windowStart = window.start;
        s.stale = !s.blank && s.itemCount > 0 && window.start.isValid() &&
                  (!s.newest.isValid() || s.newest < window.start);

        const QString name = s.name.isEmpty() ? s.key : s.name;
        QJsonObject detail{{QStringLiteral("column"), s.key},
                           {QStringLiteral("name"), s.name},
                           {QStringLiteral("class"), columnClassKey(s.cls)},
                           {QStringLiteral("classFromInspector"), s.classFromInspector},
                           {QStringLiteral("level"), s.level},
                           {QStringLiteral("itemCount"), s.itemCount},
                           {QStringLiteral("listUrl"), s.url}};
        if (s.newest.isValid()) {
            detail.insert(QStringLiteral("newest"), iso(s.newest));
            detail.insert(QStringLiteral("newestTitle"), s.newestTitle);
            detail.insert(QStringLiteral("newestUrl"), s.newestUrl);
        }
        if (window.start.isValid()) {
            detail.insert(QStringLiteral("windowStart"), iso(window.start));
            if (window.days > 0)
                detail.insert(QStringLiteral("windowDays"), window.days);
            else
                detail.insert(QStringLiteral("windowMonths"), window.months);
        }

        if (s.blank) {
            ++out.blankCount;
            detail.insert(QStringLiteral("blankText"), s.blankText);
            ScanCandidate cand = ScanCandidate::make(
                QStringLiteral("column.blank"), s.url,
                s.blankText.isEmpty()
                    ? tr("The column “%1” is blank: its list has no entries.").arg(name)
                    : tr("The column “%1” is blank: its page says “%2”.").arg(name, s.blankText));
            cand.sourceUrl = s.url;
            cand.text = s.blankText;
            cand.detail = detail;
            out.candidates.append(cand);
        }
        if (s.stale) {
            if (s.cls == ColumnClass::News || s.cls == ColumnClass::NoticePolicy)
                ++out.staleCount;
            else
                ++out.updatingStaleCount;
            const QString span = window.days > 0 ? tr("%n day(s)", nullptr, window.days)
                                                 : tr("%n month(s)", nullptr, window.months);
            const QString message =
                s.newest.isValid()
                    ? tr("The column “%1” (%2) was last updated on %3: nothing new within %4 before %5.")
                          .arg(name, columnClassLabel(s.cls), iso(s.newest), span, iso(inspectionDate))
                    : tr("No entry of the column “%1” (%2) is dated on or before %3.")
                          .arg(name, columnClassLabel(s.cls), iso(inspectionDate));
            ScanCandidate cand = ScanCandidate::make(QStringLiteral("column.stale"), s.url, message);
            cand.sourceUrl = s.url;
            cand.text = iso(s.newest);
            cand.detail = detail;
            out.candidates.append(cand);
        }
        out.columns.append(s);
    }

    // W-V3: the home page's newest entry; a home page that only links to columns is judged by
    // its first-level columns.
    const QDate homeStart = inspectionDate.addDays(-rules.homeWindowDays);
    QJsonObject home{{QStringLiteral("judged"), m_homeSeen},
                     {QStringLiteral("windowDays"), rules.homeWindowDays},
                     {QStringLiteral("windowStart"), iso(homeStart)}};
    if (m_homeSeen) {
        const bool navigationOnly = m_homeItems == 0;
        Entry newest = newestUpTo(m_homeNewest, inspectionDate);
        if (navigationOnly) {
            const bool anyFirstLevel = std::any_of(out.columns.cbegin(), out.columns.cend(),
                                                   [](const ColumnSummary &s) { return s.level == 1; });
            for (const ColumnSummary &s : std::as_const(out.columns)) {
                if ((!anyFirstLevel || s.level == 1) && s.newest.isValid() &&
                    (!newest.date.isValid() || s.newest > newest.date))
                    newest = {s.newest, s.newestTitle, s.newestUrl};
            }
        }
        out.homeNewest = newest.date;
        out.homeStale = !newest.date.isValid() || newest.date < homeStart;
        home.insert(QStringLiteral("homeUrl"), m_homeUrl);
        home.insert(QStringLiteral("navigationOnly"), navigationOnly);
        home.insert(QStringLiteral("itemCount"), m_homeItems);
        if (newest.date.isValid()) {
            home.insert(QStringLiteral("newest"), iso(newest.date));
            home.insert(QStringLiteral("newestTitle"), newest.title);
            home.insert(QStringLiteral("newestUrl"), newest.url);
        }
        if (out.homeStale) {
            const QString span = tr("%n day(s)", nullptr, rules.homeWindowDays);
            QString message;
            if (navigationOnly)
                message =
                    tr("The home page only links to columns, and no first-level column has an entry dated "
                       "within %1 before %2.")
                        .arg(span, iso(inspectionDate));
            else if (newest.date.isValid())
                message = tr("The home page has no entry dated within %1 before %2; its newest is from %3.")
                              .arg(span, iso(inspectionDate), iso(newest.date));
            else
                message = tr("The home page has no dated entry on or before %1; undated entries count as not "
                             "updated.")
                              .arg(iso(inspectionDate));
            ScanCandidate cand = ScanCandidate::make(QStringLiteral("home.stale"), m_homeUrl, message);
            cand.sourceUrl = m_homeUrl;
            cand.text = iso(newest.date);
            cand.detail = home;
            out.candidates.append(cand);
        }
    }
    home.insert(QStringLiteral("veto"), out.homeStale);

    // Time travel: every address listed or published with a date later than T, once.
    QHash<QString, QList<const Sighting *>> future;
    QStringList futureOrder;
    for (const Sighting &s : m_sightings) {
        if (s.entry.date <= inspectionDate)
            continue;
        if (!future.contains(s.entry.url))
            futureOrder.append(s.entry.url);
        future[s.entry.url].append(&s);
    }
    futureOrder.sort();
    for (const QString &url : std::as_const(futureOrder)) {
        // One candidate per address, at its latest date, with every page that shows a future date.
        QDate date;
        QString title, articlePage;
        bool onHome = false;
        QStringList listPages;
        for (const Sighting *s : future.value(url)) {
            date = std::max(date, s->entry.date);
            if (title.isEmpty())
                title = s->entry.title;
            if (!s->articlePage.isEmpty())
                articlePage = s->articlePage;
            onHome = onHome || s->onHome;
            for (const QString &p : s->listPages) {
                if (!listPages.contains(p))
                    listPages.append(p);
            }
        }
        listPages.sort();
        const QString where = !listPages.isEmpty() ? listPages.first() : onHome ? m_homeUrl : articlePage;
        QJsonArray lists;
        if (onHome)
            lists.append(m_homeUrl);
        for (const QString &p : std::as_const(listPages))
            lists.append(p);
        ScanCandidate cand =
            ScanCandidate::make(QStringLiteral("date.future"), where,
                                tr("“%1” is dated %2, later than the inspection date %3.")
                                    .arg(title.isEmpty() ? url : title, iso(date), iso(inspectionDate)));
        cand.sourceUrl = where;
        cand.text = iso(date);
        cand.detail = {{QStringLiteral("date"), iso(date)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("itemUrl"), url},
                       {QStringLiteral("listPages"), lists},
                       {QStringLiteral("articlePage"), articlePage},
                       {QStringLiteral("inspectionDate"), iso(inspectionDate)}};
        out.candidates.append(cand);
    }

    const bool columnVeto = out.staleCount >= rules.staleVetoCount ||
                            out.updatingStaleCount >= rules.updatingVetoCount ||
                            out.blankCount >= rules.blankVetoCount;
    out.veto = {
        {QStringLiteral("W-V3"), home},
        {QStringLiteral("W-V4"), QJsonObject{{QStringLiteral("columns"), int(out.columns.size())},
                                             {QStringLiteral("stale"), out.staleCount},
                                             {QStringLiteral("staleVetoCount"), rules.staleVetoCount},
                                             {QStringLiteral("updatingStale"), out.updatingStaleCount},
                                             {QStringLiteral("updatingVetoCount"), rules.updatingVetoCount},
                                             {QStringLiteral("blank"), out.blankCount},
                                             {QStringLiteral("blankVetoCount"), rules.blankVetoCount},
                                             {QStringLiteral("veto"), columnVeto}}}};
    return out;
}

} // namespace xj
