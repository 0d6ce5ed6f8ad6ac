// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/RobotsRules.h"

#include <QStringList>

#include <cctype>

namespace xj {

namespace {

/// A rule's path in the form request paths take (QUrl::FullyEncoded): non-ASCII bytes and spaces
/// percent-encoded, existing escapes kept with upper-case hex digits (RFC 9309 §2.2.2). The
/// special characters `*` and `$` stay as they are.
QString encodePattern(const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '%' && i + 2 < bytes.size() && std::isxdigit(static_cast<unsigned char>(bytes.at(i + 1))) &&
            std::isxdigit(static_cast<unsigned char>(bytes.at(i + 2)))) {
            out += '%';
            out += bytes.mid(i + 1, 2).toUpper();
            i += 2;
        } else if (c >= 0x80 || c <= 0x20) {
            out += '%';
            out += QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
        } else {
            out += char(c);
        }
    }
    return QString::fromLatin1(out);
}

} // namespace

RobotsRules RobotsRules::parse(const QByteArray &text, const QString &agentToken)
{
    // Groups: consecutive User-agent lines followed by rules. Collect the rules of the group that
    // names us and of the "*" group; use ours when it exists.
    QList<Rule> mine, star;
    double mineDelay = 0, starDelay = 0;
    bool inMine = false, inStar = false, lastWasAgent = false, sawMine = false;
    const QList<QByteArray> lines = text.left(512 * 1024).split('\n');
    for (QByteArray line : lines) {
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line.truncate(hash);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray field = line.left(colon).trimmed().toLower();
        const QString value = QString::fromUtf8(line.mid(colon + 1).trimmed());
        if (field == "user-agent") {
            if (!lastWasAgent)
                inMine = inStar = false;
            const QString agent = value.toLower();
            if (agent == QLatin1String("*"))
                inStar = true;
            else if (!agent.isEmpty() &&
                     (agentToken.toLower().contains(agent) || agent.contains(agentToken.toLower()))) {
                inMine = true;
                sawMine = true;
            }
            lastWasAgent = true;
            continue;
        }
        lastWasAgent = false;
        if (field == "allow" || field == "disallow") {
            if (value.isEmpty())
                continue; // "Disallow:" with nothing allows everything
            // Compare in percent-encoded form, as request paths are.
            const Rule rule{encodePattern(value), field == "allow"};
            if (inMine)
                mine.append(rule);
            if (inStar)
                star.append(rule);
        } else if (field == "crawl-delay") {
            bool ok = false;
            const double d = value.toDouble(&ok);
            if (ok && d >= 0) {
                if (inMine)
                    mineDelay = d;
                if (inStar)
                    starDelay = d;
            }
        }
    }
    RobotsRules rules;
    rules.m_rules = sawMine ? mine : star;
    rules.m_crawlDelay = qMin(sawMine ? mineDelay : starDelay, 60.0);
    return rules;
}

bool RobotsRules::matches(const QString &pattern, const QString &path)
{
    // Iterative wildcard match: `*` any run, `$` at the end anchors.
    const bool anchored = pattern.endsWith(QLatin1Char('$'));
    const QStringView p = anchored ? QStringView(pattern).chopped(1) : QStringView(pattern);
    qsizetype pi = 0, si = 0, starP = -1, starS = 0;
    while (si < path.size()) {
        if (pi < p.size() && p[pi] == QLatin1Char('*')) {
            starP = pi++;
            starS = si;
        } else if (pi < p.size() && p[pi] == path[si]) {
            ++pi;
            ++si;
        } else if (pi == p.size() && !anchored) {
            return true; // a prefix match
        } else if (starP >= 0) {
            pi = starP + 1;
            si = ++starS;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == QLatin1Char('*'))
        ++pi;
    return pi == p.size();
}

bool RobotsRules::allows(const QString &pathAndQuery) const
{
    qsizetype best = -1;
    bool allowed = true;
    for (const Rule &r : m_rules) {
        if (!matches(r.pattern, pathAndQuery))
            continue;
        const qsizetype length = r.pattern.size();
        if (length > best || (length == best && r.allow)) {
            best = length;
            allowed = r.allow;
        }
    }
    return allowed;
}

} // namespace xj
