// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/privacy/PersonalDataCheck.h"

#include "checks/PageSnapshot.h"
#include "checks/privacy/PersonalNumbers.h"

#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace {

// A number is a whole token: no digit, Latin letter or character that glues it into an address,
// an id, a file name, a query or a masked form may stand right before or after it.
#define XJ_TOKEN_EDGE "[0-9A-Za-z_/=.%#*\\-]"

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<!" XJ_TOKEN_EDGE ")\\d{17}[\\dXx](?!" XJ_TOKEN_EDGE ")"));
    return re;
}

// Cards: one run of 16–19 digits, or groups of four separated by single spaces (the last group
// of a 17–19 digit card has 1–3 digits). A group that continues ("… 1234 5") is a longer number,
// and so is one that follows a digit and a space.
const QRegularExpression &cardPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<!" XJ_TOKEN_EDGE ")(?:\\d{16,19}|(?<!\\d )\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?(?! \\d))"
        "(?!" XJ_TOKEN_EDGE ")"));
    return re;
}

// Mobiles: 11 digits, or 3-4-4 with the same separator (space or '-') twice, with an optional +86.
const QRegularExpression &mobilePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<!" XJ_TOKEN_EDGE
        ")(?:\\+86[ -]?|(?:0086|86)[ -])?(1[3-9]\\d(?:\\d{8}|([ -])\\d{4}\\2\\d{4}(?![ -]\\d)))"
        "(?!" XJ_TOKEN_EDGE ")"));
    return re;
}

#undef XJ_TOKEN_EDGE

/// Whether the match sits in a word that looks like an address ("http://…/13812345678.html").
bool inUrlLikeWord(const QString &folded, qsizetype start, qsizetype end)
{
    const auto isWordChar = [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7F;
    };
    while (start > 0 && isWordChar(folded.at(start - 1)))
        --start;
    while (end < folded.size() && isWordChar(folded.at(end)))
        ++end;
    const QString word = folded.mid(start, end - start).toLower();
    return word.contains(QLatin1String("http")) || word.contains(QLatin1String("www.")) ||
           word.contains(QLatin1String(".htm")) || word.contains(QLatin1String("://"));
}

/// Whether the few characters before a number call it a contact number (联系电话：, 咨询热线 …):
/// offices publish those on purpose, so the number is more likely an office's than a person's.
bool labelledAsContact(const QString &folded, qsizetype start)
{
    const qsizetype from = qMax<qsizetype>(0, start - 12);
    const QStringView before = QStringView(folded).mid(from, start - from);
    for (const QStringView word : {u"电话", u"热线", u"咨询", u"联系"}) {
        if (before.contains(word))
            return true;
    }
    return false;
}

bool overlaps(const QList<QPair<qsizetype, qsizetype>> &taken, qsizetype start, qsizetype end)
{
    for (const auto &[s, e] : taken) {
        if (start < e && s < end)
            return true;
    }
    return false;
}

} // namespace

QStringList PersonalDataCheck::checkIds() const
{
    return {IdNumberId, MobileId, BankCardId};
}

void PersonalDataCheck::run(const PageSnapshot &page, const CheckContext &, Candidates &out) const
{
    // The shortest number looked for (a mobile) has 11 digits: blocks with fewer are skipped
    // before any regular expression runs, which keeps long pages fast.
    const auto digits = [](const QString &text) {
        int n = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            n += (u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19);
        }
        return n;
    };
    for (int i = 0; i < page.blocks.size(); ++i) {
        if (page.blocks.at(i).isVisible() && digits(page.blocks.at(i).text) >= 11)
            scanBlock(page, i, out);
    }
}

void PersonalDataCheck::scanBlock(const PageSnapshot &page, int index, Candidates &out)
{
    const QString &text = page.blocks.at(index).text;
    const QString folded = PersonalNumbers::foldWidth(text);
    QList<QPair<qsizetype, qsizetype>> taken; // one candidate per number
    Candidates found;

    const auto add = [&](const QString &checkId, qsizetype start, qsizetype end, const QString &message,
                         const QString &suggestion, double confidence) {
        Candidate c;
        c.checkId = checkId;
        c.message = message;
        c.text = text.mid(start, end - start);
        c.suggestion = suggestion;
        c.block = index;
        c.offset = start;
        c.length = end - start;
        c.confidence = confidence;
        found.append(c);
        taken.append({start, end});
    };

    const QDate today = page.inspectionDate;
    for (auto it = idPattern().globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        if (inUrlLikeWord(folded, m.capturedStart(), m.capturedEnd()) ||
            !PersonalNumbers::isIdNumber(m.capturedView(), today))
            continue;
        add(IdNumberId, m.capturedStart(), m.capturedEnd(),
            tr("A complete resident ID number is published; it should be masked (去标识化)."),
            PersonalNumbers::maskedId(m.capturedView()), 0.95);
    }
    for (auto it = cardPattern().globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QString digits = PersonalNumbers::digitsOf(m.capturedView());
        if (overlaps(taken, m.capturedStart(), m.capturedEnd()) ||
            inUrlLikeWord(folded, m.capturedStart(), m.capturedEnd()) ||
            !PersonalNumbers::isBankCardNumber(digits))
            continue;
        add(BankCardId, m.capturedStart(), m.capturedEnd(),
            tr("A complete bank card number is published; it should be masked (去标识化)."),
            PersonalNumbers::maskedBankCard(digits), 0.8);
    }
    for (auto it = mobilePattern().globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QString digits = PersonalNumbers::digitsOf(m.capturedView(1));
        if (overlaps(taken, m.capturedStart(), m.capturedEnd()) ||
            inUrlLikeWord(folded, m.capturedStart(), m.capturedEnd()) ||
            !PersonalNumbers::isMobileNumber(digits))
            continue;
        const QString prefix = text.mid(m.capturedStart(), m.capturedStart(1) - m.capturedStart());
        const QString masked = prefix + PersonalNumbers::maskedMobile(digits);
        if (labelledAsContact(folded, m.capturedStart())) {
            add(MobileId, m.capturedStart(), m.capturedEnd(),
                tr("A mobile number is published as a contact number. Offices publish their own "
                   "contact numbers on purpose; if it is a person's own number it should be masked "
                   "(去标识化)."),
                masked, 0.5);
        } else {
            add(MobileId, m.capturedStart(), m.capturedEnd(),
                tr("A complete mobile phone number is published; it should be masked (去标识化)."), masked,
                0.85);
        }
    }
    // In text order, as a reader meets them.
    std::sort(found.begin(), found.end(),
              [](const Candidate &a, const Candidate &b) { return a.offset < b.offset; });
    out.append(found);
}

} // namespace xj
