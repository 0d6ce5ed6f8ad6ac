// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace xj {

/// The rules of a robots.txt (RFC 9309) for our user agent: the group naming "xunjian" if any,
/// else the "*" group. The longest matching Allow or Disallow wins, Allow on a tie; `*` and a
/// trailing `$` work as in the RFC. Crawl-delay is read (not in the RFC, but widely used).
class RobotsRules
{
public:
    /// No robots.txt (404, or the file could not be read): everything is allowed.
    RobotsRules() = default;
    static RobotsRules parse(const QByteArray &text, const QString &agentToken = QStringLiteral("xunjian"));

    /// `pathAndQuery` as sent in the request line: "/a/b.html?x=1".
    bool allows(const QString &pathAndQuery) const;
    double crawlDelaySeconds() const { return m_crawlDelay; }
    int ruleCount() const { return int(m_rules.size()); }

private:
    struct Rule
    {
        QString pattern;
        bool allow = false;
    };
    static bool matches(const QString &pattern, const QString &path);
    QList<Rule> m_rules;
    double m_crawlDelay = 0;
};

} // namespace xj
