// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace xj {

/// One column of a generated demo site, as the manifest lists it.
struct DemoColumnSummary
{
    QString path;   ///< site-relative folder: "zwdt/xzdt"
    QString name;   ///< 乡镇动态
    QString parent; ///< empty for a first-level column
    QString url;    ///< absolute site path of its first page: "/zwdt/xzdt/index.html"
    int items = 0;
    QDate newest; ///< invalid for a column without dated items
};

/// What a generated demo site contains (manifest.json), for the GUI and for tests: its identity,
/// its columns with their newest dates, and every file written — which is also how a later run
/// recognises the folder as a demo site it may replace.
struct DemoSiteManifest
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoSiteManifest)
public:
    static constexpr int FormatVersion = 1;

    quint64 seed = 0;
    QDate today;
    bool clean = false;
    QString siteName;
    QString siteCode;
    int pageCount = 0; ///< HTML pages
    int problemCount = 0;
    QList<DemoColumnSummary> columns;
    /// The 领导之窗: name and title of each leader, which the demo office protects from typos.
    QList<QPair<QString, QString>> leaders;
    QStringList files; ///< every file written, site-relative, sorted

    QJsonObject toJson() const;
    static Result<DemoSiteManifest> fromJson(const QJsonObject &json);
    static Result<DemoSiteManifest> load(const QString &path);
};

} // namespace xj
