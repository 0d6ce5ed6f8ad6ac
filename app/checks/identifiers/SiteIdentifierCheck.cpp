// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/identifiers/SiteIdentifierCheck.h"

#include "checks/HalfWidth.h"
#include "checks/PageSnapshot.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace xj {

namespace {

// The brief's province abbreviations plus the ones the MIIT actually prints for 四川, 贵州, 云南 and
// 甘肃 (蜀ICP备, 黔ICP备, 滇ICP备, 陇ICP备), which real footers carry.
#define XJ_PROVINCES "[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新蜀黔滇陇]"

/// Full-width letters, digits and colons and the wide spaces as their ASCII forms, one character
/// for one, so offsets stay those of PageSnapshot::text.
bool isValidSiteCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d{10}|[bB][mM]\\d{8})$"));
    return re.match(code).hasMatch();
}

QString metaText(const QString &value)
{
    return QStringLiteral("<meta name=\"SiteIDCode\" content=\"") + value + QStringLiteral("\">");
}

/// A candidate for text at [start, end) of PageSnapshot::text. A match that runs on into the next
/// block (label and value on two lines) keeps its whole text but is positioned in its first block.
Candidate textCandidate(const PageSnapshot &page, const QString &checkId, qsizetype start, qsizetype end,
                        const QString &message, double confidence)
{
    Candidate c;
    c.checkId = checkId;
    c.message = message;
    c.text = page.text.mid(start, end - start);
    c.confidence = confidence;
    c.block = page.blockAt(start);
    if (c.block >= 0) {
        const TextBlock &b = page.blocks.at(c.block);
        c.offset = start - b.start;
        c.length = qMin(end, b.start + b.text.size()) - start;
        c.selector = b.selector;
    }
    return c;
}

Candidate missingCandidate(const QString &checkId, const QString &message)
{
    Candidate c;
    c.checkId = checkId;
    c.message = message;
    c.selector = QStringLiteral("body");
    c.confidence = 0.7;
    return c;
}

/// The first run of `count` digits in `text` once spaces are removed, or an empty string.
QString digitRun(const QString &text, int count)
{
    static const QRegularExpression re(QStringLiteral("\\d+"));
    QString compact = HalfWidth::fold(text);
    compact.remove(QLatin1Char(' '));
    for (auto it = re.globalMatch(compact); it.hasNext();) {
        const QString run = it.next().captured();
        if (run.size() == count)
            return run;
    }
    return {};
}

} // namespace

QStringList SiteIdentifierCheck::checkIds() const
{
    return {SiteCodeId, IcpId, PoliceId, ConacId};
}

int SiteIdentifierCheck::provinceCode(QChar abbreviation)
{
    static const QHash<QChar, int> codes{
        {u'京', 11}, {u'津', 12}, {u'冀', 13}, {u'晋', 14}, {u'蒙', 15}, {u'辽', 21}, {u'吉', 22},
        {u'黑', 23}, {u'沪', 31}, {u'苏', 32}, {u'浙', 33}, {u'皖', 34}, {u'闽', 35}, {u'赣', 36},
        {u'鲁', 37}, {u'豫', 41}, {u'鄂', 42}, {u'湘', 43}, {u'粤', 44}, {u'桂', 45}, {u'琼', 46},
        {u'渝', 50}, {u'川', 51}, {u'蜀', 51}, {u'贵', 52}, {u'黔', 52}, {u'云', 53}, {u'滇', 53},
        {u'藏', 54}, {u'陕', 61}, {u'甘', 62}, {u'陇', 62}, {u'青', 63}, {u'宁', 64}, {u'新', 65}};
    return codes.value(abbreviation, 0);
}

void SiteIdentifierCheck::run(const PageSnapshot &page, const CheckContext &, Candidates &out) const
{
    // A new-media account's page is the platform's; its footer is not the office's to fix.
    if (page.site.kind != SiteKind::Website)
        return;
    // Only the blocks around the identifiers' labels are read — the footer lines, with their
    // neighbours for a label and value split over two lines — so a long page's body never goes
    // through the regular expressions. Block indices are mapped back at the end.
    static const QStringList keywords{
        QStringLiteral("标识码"), QStringLiteral("ICP"),    QStringLiteral("icp"), QStringLiteral("Icp"),
        QStringLiteral("ＩＣＰ"), QStringLiteral("公网安"), QStringLiteral("备案")};
    QList<bool> labelled(page.blocks.size(), false);
    for (int i = 0; i < page.blocks.size(); ++i) {
        const QString &text = page.blocks.at(i).text;
        // Every keyword has one of these characters: most blocks are ruled out in one pass.
        const bool maybe = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            const char16_t u = c.unicode();
            return u == u'标' || u == u'备' || u == u'公' || u == u'I' || u == u'i' || u == u'Ｉ';
        });
        labelled[i] = maybe && std::any_of(keywords.cbegin(), keywords.cend(),
                                           [&text](const QString &k) { return text.contains(k); });
    }
    PageSnapshot footer;
    footer.url = page.url;
    footer.metas = page.metas;
    footer.links = page.links;
    footer.site = page.site;
    footer.inspectionDate = page.inspectionDate;
    QList<int> origin;
    for (int i = 0; i < page.blocks.size(); ++i) {
        if (labelled.at(i) || (i > 0 && labelled.at(i - 1)) ||
            (i + 1 < page.blocks.size() && labelled.at(i + 1))) {
            origin.append(i);
            footer.appendBlock(page.blocks.at(i));
        }
    }
    Candidates found;
    const QString folded = HalfWidth::fold(footer.text);
    checkSiteCode(footer, folded, found);
    checkIcp(footer, folded, found);
    checkPolice(footer, folded, found);
    checkConac(footer, found);
    for (Candidate &c : found) {
        if (c.block >= 0)
            c.block = origin.at(c.block);
        out.append(c);
    }
}

void SiteIdentifierCheck::checkSiteCode(const PageSnapshot &page, const QString &folded, Candidates &out)
{
    // A label counts when a colon or a code follows it; "网站标识码的申请" in prose does not.
    static const QRegularExpression label(QStringLiteral("网站标识码\\s*(:)?\\s*([0-9A-Za-z]*)"));
    const QString registry = page.site.siteCode.trimmed();
    QString footerCode;
    bool labelSeen = false;
    for (auto it = label.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QString value = m.captured(2);
        if (m.captured(1).isEmpty() && value.isEmpty())
            continue;
        labelSeen = true;
        const qsizetype start = m.capturedStart(), end = m.capturedEnd(value.isEmpty() ? 1 : 2);
        if (value.isEmpty()) {
            out.append(textCandidate(page, SiteCodeId, start, end,
                                     tr("The 网站标识码 label has no code after it."), 0.85));
            continue;
        }
        const QString shown = page.text.mid(m.capturedStart(2), value.size());
        if (!isValidSiteCode(value)) {
            Candidate c = textCandidate(
                page, SiteCodeId, start, end,
                tr("The 网站标识码 %1 is malformed: it should be 10 digits (a 6-digit region code and "
                   "4 digits) or bm and 8 digits.")
                    .arg(shown),
                0.85);
            if (!registry.isEmpty())
                c.suggestion = page.text.mid(start, m.capturedStart(2) - start) + registry;
            out.append(c);
            continue;
        }
        if (footerCode.isEmpty())
            footerCode = value;
        if (!registry.isEmpty() && value.compare(registry, Qt::CaseInsensitive) != 0) {
            Candidate c = textCandidate(
                page, SiteCodeId, start, end,
                tr("The 网站标识码 %1 differs from the registry's %2.").arg(shown, registry), 0.9);
            c.suggestion = page.text.mid(start, m.capturedStart(2) - start) + registry;
            out.append(c);
        }
    }
    if (!labelSeen)
        out.append(missingCandidate(SiteCodeId, tr("The footer shows no 网站标识码.")));
    checkSiteCodeMeta(page, footerCode, out);
}

void SiteIdentifierCheck::checkSiteCodeMeta(const PageSnapshot &page, const QString &footerCode,
                                            Candidates &out)
{
    const auto add = [&](const QString &text, const QString &message, double confidence,
                         const QString &suggestion) {
        Candidate c;
        c.checkId = SiteCodeId;
        c.message = message;
        c.text = text;
        c.suggestion = suggestion;
        c.selector = QStringLiteral("meta[name=\"SiteIDCode\"]");
        c.confidence = confidence;
        out.append(c);
    };
    const QString registry = page.site.siteCode.trimmed();
    const QString expected = footerCode.isEmpty() ? registry : footerCode;
    if (!page.metas.contains(QStringLiteral("siteidcode"))) {
        add(QStringLiteral("<meta name=\"SiteIDCode\">"),
            tr("The page has no <meta name=\"SiteIDCode\"> tag with its 网站标识码."), 0.6,
            expected.isEmpty() ? QString() : metaText(expected));
        return;
    }
    const QString value = page.meta(QStringLiteral("SiteIDCode"));
    const QString code = value.trimmed();
    if (!isValidSiteCode(code)) {
        add(metaText(value),
            tr("The SiteIDCode meta tag \"%1\" is not a valid 网站标识码 (10 digits, or bm and 8 digits).")
                .arg(value),
            0.85, expected.isEmpty() ? QString() : metaText(expected));
    } else if (!footerCode.isEmpty() && code.compare(footerCode, Qt::CaseInsensitive) != 0) {
        add(metaText(value),
            tr("The SiteIDCode meta tag %1 differs from the 网站标识码 %2 in the footer.")
                .arg(code, footerCode),
            0.9, metaText(footerCode));
    } else if (!registry.isEmpty() && code.compare(registry, Qt::CaseInsensitive) != 0) {
        add(metaText(value),
            tr("The SiteIDCode meta tag %1 differs from the registry's %2.").arg(code, registry), 0.9,
            metaText(registry));
    }
}

void SiteIdentifierCheck::checkIcp(const PageSnapshot &page, const QString &folded, Candidates &out)
{
    static const QRegularExpression strict(
        QStringLiteral("(" XJ_PROVINCES ")\\s*ICP\\s*备\\s*(\\d{6,10})\\s*号(?:\\s*-\\s*(\\d+))?"),
        QRegularExpression::CaseInsensitiveOption);
    // Anything else that says "ICP备": a number without a known province, digits or 号, or the
    // label "ICP备案号：" with what follows it.
    static const QRegularExpression loose(
        QStringLiteral(
            "[^\\s\\p{P}]?ICP\\s*备(案(?:编?号)?)?(?:\\s*:?\\s*\\d+)?(?:\\s*号)?(?:\\s*-\\s*\\d+)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anchored(QRegularExpression::anchoredPattern(strict.pattern()),
                                             QRegularExpression::CaseInsensitiveOption);

    QList<QRegularExpressionMatch> numbers;
    for (auto it = strict.globalMatch(folded); it.hasNext();)
        numbers.append(it.next());
    const auto insideNumber = [&](qsizetype pos) {
        for (const auto &n : numbers) {
            if (pos >= n.capturedStart() && pos < n.capturedEnd())
                return true;
        }
        return false;
    };
    const QString registry = page.site.icpNumber.trimmed();
    const QString expected = registry.isEmpty() ? QStringLiteral("浙ICP备12345678号") : registry;
    bool labelSeen = false;
    for (auto it = loose.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const qsizetype icp = folded.indexOf(QLatin1String("ICP"), m.capturedStart(), Qt::CaseInsensitive);
        if (insideNumber(icp))
            continue;
        labelSeen = true;
        if (!m.captured(1).isEmpty() && !numbers.isEmpty())
            continue; // "ICP备案号：" before a well-formed number
        Candidate c =
            textCandidate(page, IcpId, m.capturedStart(), m.capturedEnd(),
                          tr("The ICP record number \"%1\" is malformed: it should look like %2 "
                             "(a province abbreviation, 6–10 digits and 号).")
                              .arg(page.text.mid(m.capturedStart(), m.capturedLength()).trimmed(), expected),
                          0.85);
        c.suggestion = registry;
        out.append(c);
    }
    if (numbers.isEmpty() && !labelSeen)
        out.append(missingCandidate(IcpId, tr("The footer shows no ICP record number (ICP备案编号).")));
    if (registry.isEmpty())
        return;

    const auto wanted = anchored.match(HalfWidth::fold(registry).remove(QLatin1Char(' ')));
    for (const auto &n : numbers) {
        bool same = false;
        if (wanted.hasMatch()) {
            same = n.captured(1) == wanted.captured(1) && n.captured(2) == wanted.captured(2) &&
                   (wanted.captured(3).isEmpty() || n.captured(3) == wanted.captured(3));
        } else {
            // A registry entry in an odd form ("某ICP备…"): only its digits can be compared.
            const QString digits = digitRun(registry, int(n.captured(2).size()));
            same = digits.isEmpty() || digits == n.captured(2);
        }
        if (same)
            continue;
        Candidate c = textCandidate(page, IcpId, n.capturedStart(), n.capturedEnd(),
                                    tr("The ICP record number %1 differs from the registry's %2.")
                                        .arg(page.text.mid(n.capturedStart(), n.capturedLength()), registry),
                                    0.9);
        c.suggestion = registry;
        out.append(c);
    }
}

void SiteIdentifierCheck::checkPolice(const PageSnapshot &page, const QString &folded, Candidates &out)
{
    static const QRegularExpression strict(
        QStringLiteral("(" XJ_PROVINCES ")\\s*公网安备\\s*(\\d{14})\\s*号"));
    static const QRegularExpression loose(
        QStringLiteral("[^\\s\\p{P}]?公网安备(?:\\s*:?\\s*\\d+)?(?:\\s*号)?"));

    QList<QRegularExpressionMatch> numbers;
    for (auto it = strict.globalMatch(folded); it.hasNext();)
        numbers.append(it.next());
    bool labelSeen = false;
    for (auto it = loose.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const qsizetype label = folded.indexOf(QStringLiteral("公网安备"), m.capturedStart());
        const bool inside = std::any_of(numbers.cbegin(), numbers.cend(), [&](const auto &n) {
            return label >= n.capturedStart() && label < n.capturedEnd();
        });
        if (inside)
            continue;
        labelSeen = true;
        out.append(
            textCandidate(page, PoliceId, m.capturedStart(), m.capturedEnd(),
                          tr("The public security record number \"%1\" is malformed: it should look "
                             "like 浙公网安备 33010002000001号 (a province abbreviation, 14 digits and 号).")
                              .arg(page.text.mid(m.capturedStart(), m.capturedLength()).trimmed()),
                          0.85));
    }
    if (numbers.isEmpty() && !labelSeen)
        out.append(
            missingCandidate(PoliceId, tr("The footer shows no public security record number (公网安备).")));

    const QString registry = digitRun(page.site.policeNumber, 14);
    for (const auto &n : numbers) {
        const QString shown = page.text.mid(n.capturedStart(), n.capturedLength());
        const QString digits = n.captured(2);
        if (!registry.isEmpty() && digits != registry) {
            Candidate c =
                textCandidate(page, PoliceId, n.capturedStart(), n.capturedEnd(),
                              tr("The public security record number %1 differs from the registry's %2.")
                                  .arg(shown, registry),
                              0.9);
            c.suggestion = page.site.policeNumber.trimmed();
            out.append(c);
        } else if (provinceCode(n.captured(1).at(0)) != digits.left(2).toInt()) {
            // Record numbers begin with the region code of the police office that issued them.
            out.append(textCandidate(page, PoliceId, n.capturedStart(), n.capturedEnd(),
                                     tr("The public security record number %1 begins with %2, the code of "
                                        "another province than %3.")
                                         .arg(shown, digits.left(2), n.captured(1)),
                                     0.5));
        }
    }

    // The record's link carries its number; it must name the same record as the footer.
    const QString shown = numbers.isEmpty() ? registry : numbers.constFirst().captured(2);
    if (shown.isEmpty())
        return;
    for (const LinkFact &link : page.links) {
        const QString host = link.url.host().toLower();
        if (host != QLatin1String("www.beian.gov.cn") && host != QLatin1String("beian.gov.cn"))
            continue;
        const QString code = QUrlQuery(link.url).queryItemValue(QStringLiteral("recordcode")).trimmed();
        if (code.isEmpty() || code == shown)
            continue;
        Candidate c;
        c.checkId = PoliceId;
        c.message =
            tr("The public security record link names record %1, but the page shows %2.").arg(code, shown);
        c.text = link.rawUrl;
        c.selector = link.selector;
        c.box = link.box;
        c.confidence = 0.85;
        out.append(c);
    }
}

void SiteIdentifierCheck::checkConac(const PageSnapshot &page, Candidates &out)
{
    for (const LinkFact &link : page.links) {
        const QString host = link.url.host().toLower();
        if (host == QLatin1String("conac.cn") || host.endsWith(QLatin1String(".conac.cn")))
            return;
        if (link.tag == QLatin1String("img") &&
            (link.rawUrl.contains(QLatin1String("dzjg"), Qt::CaseInsensitive) ||
             link.text.contains(QLatin1String("dzjg"), Qt::CaseInsensitive) ||
             link.rawUrl.contains(QStringLiteral("党政机关")) ||
             link.text.contains(QStringLiteral("党政机关"))))
            return;
    }
    out.append(missingCandidate(ConacId, tr("The page shows no 党政机关网站标识 (no link to conac.cn and no "
                                            "mark image).")));
}

#undef XJ_PROVINCES

} // namespace xj
