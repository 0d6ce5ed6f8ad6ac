// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanEvidence.h"

#include "checks/CheckCatalogue.h"

#include <QJsonArray>

#include <algorithm>

namespace xj {

namespace {

/// Source pages listed in a finding's description; the count covers the rest.
constexpr int PagesDescribed = 10;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

bool isLink(const ScanCandidate &c)
{
    return c.checkId.startsWith(QLatin1String("link."));
}

} // namespace

QString ScanEvidence::brief(const ScanCandidate &c)
{
    const QJsonObject &d = c.detail;
    if (isLink(c)) {
        const int status = num(d, "status");
        const QString answer = status > 0 ? QStringLiteral("HTTP %1").arg(status) : str(d, "error");
        const int sources =
            qMax(num(d, "sourceCount"), int(d.value(QLatin1String("sources")).toArray().size()));
        return tr("%1 · %n source page(s)", nullptr, sources).arg(answer);
    }
    if (c.checkId == QLatin1String("column.blank"))
        return tr("says “%1”").arg(str(d, "blankText"));
    if (c.checkId == QLatin1String("column.stale") || c.checkId == QLatin1String("home.stale")) {
        const QString newest = str(d, "newest");
        return newest.isEmpty() ? tr("no dated item")
                                : tr("newest %1 · %n item(s)", nullptr, num(d, "itemCount")).arg(newest);
    }
    if (c.checkId.startsWith(QLatin1String("message."))) {
        const QString answered = str(d, "answered");
        return answered.isEmpty() ? tr("asked %1, no reply").arg(str(d, "asked"))
                                  : tr("asked %1, answered %2").arg(str(d, "asked"), answered);
    }
    if (d.contains(QLatin1String("pageCount")))
        return tr("on %n page(s)", nullptr, num(d, "pageCount"));
    return c.text;
}

QUrl ScanEvidence::pageOf(const ScanCandidate &c)
{
    if (!isLink(c))
        return QUrl(c.url);
    if (!c.sourceUrl.isEmpty())
        return QUrl(c.sourceUrl);
    const auto list = pages(c);
    // A start page that cannot be opened has no source: it is opened itself.
    return list.isEmpty() ? QUrl(c.url) : QUrl(list.first().first);
}

QList<QPair<QString, QString>> ScanEvidence::pages(const ScanCandidate &c)
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue &v : c.detail.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({str(o, "page"), str(o, "anchor")});
    }
    for (const QJsonValue &v : c.detail.value(QLatin1String("pages")).toArray())
        out.append({v.toString(), QString()});
    return out;
}

QString ScanEvidence::selectorOf(const ScanCandidate &c)
{
    if (!isLink(c))
        return str(c.detail, "selector");
    // The page may write the address relatively; its path is what every spelling ends with.
    const QUrl url(c.url);
    QString tail = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        tail += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    if (tail.isEmpty() || tail == QLatin1String("/"))
        return {};
    tail.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[href$=\"%1\"], [src$=\"%1\"]").arg(tail);
}

QString ScanEvidence::description(const ScanCandidate &c)
{
    const QJsonObject &d = c.detail;
    QStringList lines{c.message};
    if (isLink(c)) {
        lines.append(tr("Address: %1").arg(c.url));
        const int status = num(d, "status");
        if (status > 0)
            lines.append(tr("Server answer: HTTP %1").arg(status));
        if (!str(d, "errorDetail").isEmpty())
            lines.append(tr("Error: %1").arg(str(d, "errorDetail")));
        const QJsonArray redirects = d.value(QLatin1String("redirects")).toArray();
        if (!redirects.isEmpty()) {
            QStringList chain;
            for (const QJsonValue &v : redirects)
                chain.append(v.toString());
            lines.append(tr("Redirects: %1").arg(chain.join(QStringLiteral(" → "))));
        }
    } else if (c.checkId.startsWith(QLatin1String("column.")) || c.checkId == QLatin1String("home.stale")) {
        if (!str(d, "name").isEmpty())
            lines.append(tr("Column: %1 (%2)").arg(str(d, "name"), str(d, "listUrl")));
        if (!str(d, "newest").isEmpty())
            lines.append(tr("Newest item: %1 %2").arg(str(d, "newest"), str(d, "newestTitle")));
        if (!str(d, "windowStart").isEmpty())
            lines.append(tr("Counted from: %1").arg(str(d, "windowStart")));
    } else if (c.checkId.startsWith(QLatin1String("message."))) {
        lines.append(
            tr("Message: %1 (asked %2, status %3)").arg(str(d, "title"), str(d, "asked"), str(d, "status")));
        if (!str(d, "answered").isEmpty())
            lines.append(tr("Answered: %1").arg(str(d, "answered")));
    } else if (!str(d, "suggestion").isEmpty()) {
        lines.append(tr("Should be: %1").arg(str(d, "suggestion")));
    }
    const auto list = pages(c);
    if (!list.isEmpty()) {
        const int total = std::max({int(list.size()), num(d, "sourceCount"), num(d, "pageCount")});
        lines.append(isLink(c) ? tr("Linked from %n page(s):", nullptr, total)
                               : tr("Seen on %n page(s):", nullptr, total));
        for (int i = 0; i < list.size() && i < PagesDescribed; ++i) {
            const auto &[page, anchor] = list.at(i);
            lines.append(anchor.isEmpty() ? QStringLiteral("- %1").arg(page)
                                          : QStringLiteral("- %1 (“%2”)").arg(page, anchor));
        }
        if (total > PagesDescribed)
            lines.append(tr("… and %n more", nullptr, total - PagesDescribed));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<ScanEvidence::Verdict> ScanEvidence::verdicts(const QJsonObject &summary)
{
    const QJsonObject veto = summary.value(QLatin1String("veto")).toObject();
    QList<Verdict> out;
    if (const QJsonObject v = veto.value(QLatin1String("W-V2")).toObject(); !v.isEmpty()) {
        out.append({QStringLiteral("W-V2"),
                    tr("%1 of %2 probes failed (%3 %; veto from %4 %)")
                            .arg(num(v, "failures"))
                            .arg(num(v, "attempts"))
                            .arg(v.value(QLatin1String("ratio")).toDouble() * 100, 0, 'f', 1)
                            .arg(v.value(QLatin1String("threshold")).toDouble() * 100, 0, 'f', 0) +
                        (v.value(QLatin1String("sufficient")).toBool()
                             ? QString()
                             : tr(" — too few probes to decide; keep Xunjian open or run xunjian-cli probe")),
                    v.value(QLatin1String("vetoed")).toBool()});
    }
    if (const QJsonObject v = veto.value(QLatin1String("W-V3")).toObject(); !v.isEmpty()) {
        const QString newest = str(v, "newest");
        out.append({QStringLiteral("W-V3"),
                    newest.isEmpty() ? tr("no dated item on the home page")
                                     : tr("home page newest item %1 (must be within %n day(s))", nullptr,
                                          num(v, "windowDays"))
                                           .arg(newest),
                    v.value(QLatin1String("veto")).toBool()});
    }
    if (const QJsonObject v = veto.value(QLatin1String("W-V4")).toObject(); !v.isEmpty()) {
        out.append({QStringLiteral("W-V4"),
                    tr("stale news/notice columns %1 (veto from %2), other stale columns %3 (from %4), "
                       "blank columns %5 (from %6)")
                        .arg(num(v, "stale"))
                        .arg(num(v, "staleVetoCount"))
                        .arg(num(v, "updatingStale"))
                        .arg(num(v, "updatingVetoCount"))
                        .arg(num(v, "blank"))
                        .arg(num(v, "blankVetoCount")),
                    v.value(QLatin1String("veto")).toBool()});
    }
    if (const QJsonObject v = veto.value(QLatin1String("W-V5")).toObject(); !v.isEmpty()) {
        out.append({QStringLiteral("W-V5"),
                    tr("%n message(s) unanswered for over %1 month(s)", nullptr, num(v, "count"))
                        .arg(num(v, "unansweredMonths")),
                    str(v, "verdict") == QLatin1String("veto")});
    }
    return out;
}

} // namespace xj
