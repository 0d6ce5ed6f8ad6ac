// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/hijack/ForeignScriptCheck.h"

#include "checks/CheckContext.h"
#include "checks/PageSnapshot.h"
#include "checks/hijack/HiddenLinkCheck.h"

#include <QRegularExpression>

namespace xj {

namespace {

const QString checkId = QStringLiteral("hijack.foreign_script");

/// Obfuscation alone proves nothing (some analytics snippets are packed too), so it is a hint.
constexpr double obfuscationConfidence = 0.6;

/// One key per address, so a redirect the facts collector found and the same one read from the
/// inline script are one candidate.
QString urlKey(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash | QUrl::RemoveFragment)
        .toString();
}

bool isForeign(const QUrl &url, const PageSnapshot &page, const CheckContext &context)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return !url.host().isEmpty() && !context.isHostAllowed(url.host(), page);
}

/// The start of the script from `from`, on one line, as written.
QString excerpt(const QString &script, qsizetype from)
{
    QString text = script.mid(from, ForeignScriptCheck::excerptLength);
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]"));
    const qsizetype lineEnd = text.indexOf(lineBreak);
    if (lineEnd > 0)
        text.truncate(lineEnd);
    return text;
}

} // namespace

QStringList ForeignScriptCheck::checkIds() const
{
    return {checkId};
}

void ForeignScriptCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    QSet<QString> seen;
    for (const LinkFact &link : page.links) {
        const QString &tag = link.tag;
        const QString host = link.url.host();
        Candidate c;
        c.confidence = 0.8;
        if (tag == QLatin1String("script")) {
            c.message = tr("A script from %1, which is not on this site's allow-list, is loaded.").arg(host);
            c.confidence = 0.85;
        } else if (tag == QLatin1String("iframe") || tag == QLatin1String("frame")) {
            if (link.concealed != Concealment::None) {
                c.message = tr("A hidden frame (%1) shows a page from %2, which is not on this site's "
                               "allow-list.")
                                .arg(HiddenLinkCheck::describe(link.concealed), host);
                c.confidence = 0.95;
            } else {
                c.message =
                    tr("A frame shows a page from %1, which is not on this site's allow-list.").arg(host);
            }
        } else if (tag == QLatin1String("embed") || tag == QLatin1String("object")) {
            c.message = tr("A plug-in object from %1, which is not on this site's allow-list, is embedded.")
                            .arg(host);
        } else if (tag == QLatin1String("meta")) {
            c.message = tr("The page redirects to %1 (meta refresh), which is not on this site's allow-list.")
                            .arg(host);
            c.confidence = 0.9;
        } else if (tag == QLatin1String("js")) {
            c.message =
                tr("A script sends the reader to %1, which is not on this site's allow-list.").arg(host);
            c.confidence = 0.9;
        } else {
            continue;
        }
        if (!isForeign(link.url, page, context))
            continue;
        const QString key = urlKey(link.url);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        c.checkId = checkId;
        c.text = link.rawUrl;
        c.selector = link.selector;
        c.box = link.box;
        out.append(c);
    }
    checkRedirects(page, context, seen, out);
    for (const QString &script : page.inlineScripts)
        checkInlineScript(script, page, context, seen, out);
}

void ForeignScriptCheck::checkRedirects(const PageSnapshot &page, const CheckContext &context,
                                        QSet<QString> &seen, Candidates &out) const
{
    // "5; url=http://x/", "0;URL='http://x/'", and the lax "0;http://x/" browsers accept too.
    static const QRegularExpression refresh(
        QStringLiteral("^\\s*[\\d.]*\\s*[;,]?\\s*(?:url\\s*=\\s*)?([\"']?)(.*?)\\1\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &content : page.metas.values(QStringLiteral("http-equiv:refresh"))) {
        const QString raw = refresh.match(content).captured(2).trimmed();
        if (raw.isEmpty())
            continue;
        const QUrl url = page.url.resolved(QUrl(raw));
        if (!isForeign(url, page, context) || seen.contains(urlKey(url)))
            continue;
        seen.insert(urlKey(url));
        Candidate c;
        c.checkId = checkId;
        c.text = raw;
        c.selector = QStringLiteral("meta[http-equiv=\"refresh\"]");
        c.confidence = 0.9;
        c.message = tr("The page redirects to %1 (meta refresh), which is not on this site's allow-list.")
                        .arg(url.host());
        out.append(c);
    }
}

void ForeignScriptCheck::checkInlineScript(const QString &script, const PageSnapshot &page,
                                           const CheckContext &context, QSet<QString> &seen,
                                           Candidates &out) const
{
    auto report = [&](const QString &text, const QString &message, double confidence) {
        Candidate c;
        c.checkId = checkId;
        c.text = text;
        c.message = message;
        c.confidence = confidence;
        out.append(c);
    };

    // Redirects with a literal address: location = "…", location.href = "…", top.location = "…",
    // location.replace("…"), location.assign("…"), and pop-ups with window.open("…").
    static const QRegularExpression redirect(QStringLiteral(
        "\\b(?:location(?:\\s*\\.\\s*href)?\\s*=(?!=)|location\\s*\\.\\s*(?:replace|assign)\\s*\\(|"
        "(window\\s*\\.\\s*open)\\s*\\()\\s*([\"'`])([^\"'`\\s]+)\\2"));
    for (auto it = redirect.globalMatch(script); it.hasNext();) {
        const auto m = it.next();
        const QString raw = m.captured(3);
        const QUrl url = page.url.resolved(QUrl(raw));
        if (!isForeign(url, page, context) || seen.contains(urlKey(url)))
            continue;
        seen.insert(urlKey(url));
        const bool popUp = m.hasCaptured(1);
        report(raw,
               popUp
                   ? tr("An inline script opens %1, which is not on this site's allow-list, in a new window.")
                         .arg(url.host())
                   : tr("An inline script sends the reader to %1, which is not on this site's allow-list.")
                         .arg(url.host()),
               popUp ? 0.7 : 0.9);
    }

    // document.write of a script or frame from elsewhere; "<scr" + "ipt" split to fool filters is
    // joined again before looking.
    static const QRegularExpression write(QStringLiteral("document\\s*\\.\\s*write(?:ln)?\\s*\\("));
    static const QRegularExpression joins(QStringLiteral("[\"'`]\\s*\\+\\s*[\"'`]"));
    static const QRegularExpression writtenSource(
        QStringLiteral("<\\s*(script|iframe)\\b[^>]*?\\bsrc\\s*=\\s*\\\\?[\"']?([^\"'\\s>\\\\]+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = write.globalMatch(script); it.hasNext();) {
        const qsizetype at = it.next().capturedStart();
        QString written = script.mid(at, 600);
        written.remove(joins);
        const auto m = writtenSource.match(written);
        if (!m.hasMatch())
            continue;
        const QUrl url = page.url.resolved(QUrl(m.captured(2)));
        if (!isForeign(url, page, context) || seen.contains(urlKey(url)))
            continue;
        seen.insert(urlKey(url));
        const bool frame = m.captured(1).compare(QLatin1String("iframe"), Qt::CaseInsensitive) == 0;
        report(excerpt(script, at),
               frame ? tr("An inline script writes a frame from %1, which is not on this site's allow-list, "
                          "into the page.")
                           .arg(url.host())
                     : tr("An inline script writes a script from %1, which is not on this site's allow-list, "
                          "into the page.")
                           .arg(url.host()),
               obfuscationConfidence);
    }

    // Code that is decoded and run: eval(atob(…)), eval(unescape(…)), eval(String.fromCharCode(…))
    // and the p,a,c,k,e,d packer.
    static const QRegularExpression evalDecoded(
        QStringLiteral("\\beval\\s*\\((?:[^;]{0,80}?)\\b(atob|unescape|String\\s*\\.\\s*fromCharCode|"
                       "function\\s*\\(\\s*p\\s*,"
                       "\\s*a\\s*,\\s*c\\s*,\\s*k\\s*,\\s*e)\\b"));
    if (const auto m = evalDecoded.match(script); m.hasMatch()) {
        QString how = m.captured(1).simplified().remove(u' ');
        if (how.startsWith(QLatin1String("function")))
            how = QStringLiteral("p,a,c,k,e,d");
        report(excerpt(script, m.capturedStart()),
               tr("An inline script runs decoded code (eval with %1), a common disguise for injected code.")
                   .arg(how),
               obfuscationConfidence);
    }

    // 20 \xNN or 10 %uNNNN in a row spell out whole addresses or tags; ordinary code has a few.
    static const QRegularExpression escapes(
        QStringLiteral("(?:\\\\x[0-9a-fA-F]{2}){20,}|(?:%u[0-9a-fA-F]{4}){10,}"));
    if (const auto m = escapes.match(script); m.hasMatch()) {
        report(excerpt(script, m.capturedStart()),
               tr("An inline script hides text in a long run of escape codes, a common disguise for injected "
                  "code."),
               obfuscationConfidence);
    }
}

} // namespace xj
