// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace xj {

/// Everything that decides what the demo site looks like. Two equal specs give byte-identical
/// sites: `today` is an input (the CLI fills in the current date), never read from the clock.
struct DemoSiteSpec
{
    static constexpr int MinimumArticlePages = 30;
    static constexpr int MaximumArticlePages = 20000;

    quint64 seed = 1;
    /// Article pages across all columns (list, leader, message and guide pages come on top).
    int articlePages = 120;
    /// true: the same site without any planted problem and with an empty answer key.
    bool clean = false;
    /// The problem categories to plant, P01…; empty: all. Ignored for a clean site.
    QStringList categories;
    /// The inspection date every date on the site is measured against.
    QDate today;
    QString countyName = QStringLiteral("青禾县");
    QString siteCode = QStringLiteral("3399990001");
    /// Shown in the SiteDomain meta tag only; the site is served from 127.0.0.1.
    QString domain = QStringLiteral("www.qhx-demo.gov.cn");
    QString icpNumber = QStringLiteral("浙ICP备12345678号");
    /// The 14 digits of the 公安机关备案号.
    QString policeRecordCode = QStringLiteral("33999902000101");
    int listPageSize = 15;

    /// Whether problems of `category` are to be planted (always, when no categories are chosen).
    bool plants(const QString &category) const
    {
        return categories.isEmpty() || categories.contains(category);
    }
};

} // namespace xj
