// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace xj {

/// One problem planted in a demo site, as written to answer-key.json.
struct DemoProblem
{
    QString id;            ///< stable within a format version: "P07-dead-friend-link"
    QString category;      ///< P01…P17 (indicators.md §7)
    QString checklistItem; ///< W-V1…W-V6, W-D1…W-D13
    QString page;          ///< site-relative path of the page that shows it
    /// An exact substring of the page's HTML, decoded with the page's charset (for a link: the href).
    QString text;
    QString target;      ///< links: the missing site-relative path or the unreachable URL
    QString description; ///< Chinese, for the inspector
    /// Elements the page should show but does not (a missing 收费标准, a missing 公安备案 line).
    QStringList absent;

    static DemoProblem make(const char *id, const char *category, const char *checklistItem,
                            const QString &page, const QString &text, const QString &description);
    /// A link problem: `text` is the href, `target` the href without its leading slash.
    static DemoProblem link(const char *id, const char *category, const char *checklistItem,
                            const QString &page, const QString &href, const QString &description);
};

/// The machine-readable list of what a demo site gets wrong, so that automated checks and
/// inspectors' findings can be scored against it. Problems keep the order they were planted in.
struct DemoAnswerKey
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoAnswerKey)
public:
    static constexpr int FormatVersion = 1;

    quint64 seed = 0;
    QDate today;
    bool clean = false;
    QList<DemoProblem> problems;

    QJsonObject toJson() const;
    static Result<DemoAnswerKey> fromJson(const QJsonObject &json);
    static Result<DemoAnswerKey> load(const QString &path);
};

} // namespace xj
