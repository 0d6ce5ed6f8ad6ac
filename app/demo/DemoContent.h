// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoSiteSpec.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace xj {

enum class DemoColumnKind { News, Notice, Policy, Personnel, Plan, Guides, Leaders, Messages };

/// A column of the demo site. Columns with children aggregate their children's articles.
struct DemoColumn
{
    QString path;   ///< site-relative folder: "zwdt" or "zwdt/xzdt"
    QString name;   ///< 乡镇动态
    QString parent; ///< empty for a first-level column
    DemoColumnKind kind = DemoColumnKind::News;
    bool listsArticles = true;
    bool saysNoInformation = false; ///< the page shows 暂无信息 instead of its list

    QString url() const { return QLatin1Char('/') + path + QStringLiteral("/index.html"); }
};

struct DemoLink
{
    QString text;
    QString href;
};

/// A named value: a <meta> tag, or a key element of a service guide.
struct DemoField
{
    QString name;
    QString value;
};

struct DemoAttachment
{
    QString title;        ///< link text, with the file extension
    QString href;         ///< absolute site path
    bool missing = false; ///< linked but never written
};

/// A 公示 table of people. Shown masked (去标识化) unless a problem is planted.
struct DemoPublicList
{
    struct Row
    {
        QString name, idNumber, mobile, amount, bankCard;
    };
    QList<Row> rows;
    bool masked = true;
};

struct DemoArticle
{
    int id = 0;
    QString column; ///< path of the leaf column
    QString title;
    QString docNumber; ///< 文号 of a policy document
    QDate urlDate;     ///< the date in the URL (when the CMS created the page)
    QDate pubDate;     ///< PubDate meta tag and 发布时间
    int pubMinutes = 0;
    QDate listDate; ///< the date list pages show
    QString source; ///< ContentSource
    QStringList paragraphs;
    int leaderMention = -1; ///< index into the leaders the text names, -1 for none
    bool hasImage = false;
    bool imageMissing = false;
    QList<DemoAttachment> attachments;
    /// 相关阅读: indices into DemoSiteContent::articles (paths are only known once dates settle),
    /// then any further links.
    QList<int> related;
    QList<DemoLink> relatedLinks;
    DemoPublicList publicList;
    /// Taken off the site (a column emptied on purpose): no page, no list entry, no link to it.
    bool withdrawn = false;

    QString path() const;
    QString url() const { return QLatin1Char('/') + path(); }
    QString imageUrl() const;
};

struct DemoLeader
{
    QString name, title, mention, duties, resume;
    QString misspelt; ///< the near-miss spelling a typo would use
    int number = 0;

    QString path() const;
    QString photoUrl() const;
};

struct DemoMessage
{
    int id = 0;
    QString title, asker, question, dept, reply;
    QDate asked;
    QDate replied; ///< invalid when unanswered

    bool answered() const { return replied.isValid(); }
    QString path() const;
};

struct DemoGuide
{
    int number = 0;
    QString name;
    QList<DemoField> elements; ///< in the order of the ten key elements
    DemoAttachment form;

    QString path() const;
};

/// The whole demo site as data: built clean by DemoContentBuilder, possibly broken on purpose by
/// DemoProblemPlanter, then turned into files by the renderers.
struct DemoSiteContent
{
    /// The section written in GBK, as older CMS modules often are.
    static inline const QString GbkSection = QStringLiteral("hdjl");

    DemoSiteSpec spec;
    QString siteName;
    QString organizer; ///< 主办单位
    QList<DemoColumn> columns;
    QList<DemoArticle> articles;
    QList<DemoLeader> leaders;
    QList<DemoMessage> messages;
    QList<DemoGuide> guides;
    QList<DemoLink> specialTopics; ///< 专题专栏 on the home page
    QList<DemoLink> friendLinks;
    /// Extra raw HTML at the end of a page's body, keyed by site-relative page path.
    QMap<QString, QStringList> injections;
    bool gbkShowsPoliceRecord = true;
    QString gbkSiteCodeMeta; ///< empty: the real code
    bool searchWorks = true;

    const DemoColumn *column(const QString &path) const;
    QList<const DemoColumn *> children(const QString &path) const;
    /// Indices into `articles` of a column (and of its children; an empty path: of the whole
    /// site), newest first; withdrawn articles are left out.
    QList<int> articlesIn(const QString &columnPath) const;
    /// Site-relative path of the list page that shows an article of a column.
    QString listPageOf(const QString &columnPath, int articleIndex) const;
    static QString listPagePath(const QString &folder, int page);
    /// Whether a site-relative page path lies in the GBK section.
    static bool usesGbk(const QString &path);
    /// Messages, newest first.
    QList<int> messageOrder() const;
};

} // namespace xj
