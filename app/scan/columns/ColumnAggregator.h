// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanCandidate.h"
#include "scan/columns/ColumnClass.h"
#include "scan/columns/ColumnPageFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <map>

namespace xj {

class ColumnClassifier;
struct ScanRules;

/// One column of a scanned site as the scan judged it.
struct ColumnSummary
{
    QString key; ///< "/zwdt/xzdt/"
    QString name;
    QString url; ///< its first list page
    int level = 0;
    ColumnClass cls = ColumnClass::Unclassified;
    bool classFromInspector = false;
    int itemCount = 0; ///< dated entries on all its list pages
    QDate newest;      ///< its newest entry dated on or before the inspection date
    QString newestTitle;
    QString newestUrl;
    bool blank = false;
    QString blankText;
    bool stale = false;
    QDate windowStart; ///< the first day that counts as updated; invalid when not judged
};

/// Collects the ColumnPageFacts of a crawl page by page, keeping per column only what the
/// judgement needs (entry count, a few newest dates, name, level, first list page, blank), so
/// 20,000 pages take a few kilobytes per column. evaluate() then judges every column by its
/// class window (W-V4), the home page's freshness (W-V3) and dates later than the inspection
/// date (time travel, W-V1), and proposes the candidates column.blank, column.stale, home.stale
/// and date.future.
class ColumnAggregator
{
    Q_DECLARE_TR_FUNCTIONS(xj::ColumnAggregator)
public:
    struct Evaluation
    {
        QList<ColumnSummary> columns; ///< by key
        ScanCandidates candidates;
        int staleCount = 0;         ///< stale 动态要闻 and first-level 通知公告/政策文件 columns
        int updatingStaleCount = 0; ///< stale 人事/规划计划 and other should-update columns
        int blankCount = 0;
        bool homeStale = false;
        QDate homeNewest;
        QJsonObject veto; ///< "W-V3" and "W-V4": counts, thresholds and verdict
    };

    /// How many of the newest entries a column keeps: enough that a few entries dated in the
    /// future do not hide its real newest one.
    static constexpr int NewestKept = 8;
    /// How many of the newest entries of the whole site are kept for the time-travel check.
    static constexpr int RecentKept = 512;

    void addPage(const QString &url, const ColumnPageFacts &facts, bool isHomePage);

    Evaluation evaluate(const QDate &inspectionDate, const ScanRules &rules,
                        const QHash<QString, ColumnClass> &inspectorClasses) const;
    /// With another keyword list than the bundled one.
    Evaluation evaluate(const QDate &inspectionDate, const ScanRules &rules,
                        const QHash<QString, ColumnClass> &inspectorClasses,
                        const ColumnClassifier &classifier) const;

    int columnCount() const { return int(m_columns.size()); }

private:
    struct Entry
    {
        QDate date;
        QString title;
        QString url;
    };
    struct Column
    {
        QString name;
        int level = 0;
        QString url;
        QSet<QString> pages;
        int itemCount = 0;
        QList<Entry> newest; ///< newest first, at most NewestKept
        bool blankSeen = false;
        QString blankText;
    };
    /// One dated mention of an address: in a list (with the list pages) or as an article's date.
    struct Sighting
    {
        Entry entry;
        QStringList listPages;
        bool onHome = false;
        QString articlePage;
    };

    static void keepNewest(QList<Entry> &newest, const Entry &entry);
    void addSighting(const Entry &entry, const QString &page, bool isHome, bool isArticle);
    static Entry newestUpTo(const QList<Entry> &newest, const QDate &day);

    QHash<QString, Column> m_columns;
    bool m_homeSeen = false;
    QString m_homeUrl;
    int m_homeItems = 0;
    QList<Entry> m_homeNewest;
    QHash<QString, Sighting> m_sightings;        ///< by date and address
    std::multimap<QDate, QString> m_sightingAge; ///< the same keys, oldest first
};

} // namespace xj
