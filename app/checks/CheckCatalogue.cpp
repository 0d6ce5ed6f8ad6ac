// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckCatalogue.h"

namespace xj {

// Items: W-V1 covers 严重表述错误, 伪造发稿日期, 泄密/隐私 and 挂马/暗链 (indicators.md §2); the
// identifiers and the domain are W-D12 (标识/规范), mixed content the technical item W-D13.
const QList<CheckCatalogue::Entry> &CheckCatalogue::entries()
{
    static const QList<Entry> all{
        {"typo.confusion", "W-V1", "P01", "typo", QT_TR_NOOP("Commonly miswritten word")},
        {"typo.protected_name", "W-V1", "P01", "typo", QT_TR_NOOP("Misspelt name, title or fixed term")},
        {"typo.english", "W-V1", "P01", "typo", QT_TR_NOOP("English spelling")},
        {"date.future", "W-V1", "P02", "date", QT_TR_NOOP("Publish date in the future")},
        {"date.inconsistent", "W-V1", "P02", "date", QT_TR_NOOP("Dates that disagree")},
        {"privacy.id_number", "W-V1", "P09", "privacy", QT_TR_NOOP("Resident ID number")},
        {"privacy.mobile", "W-V1", "P09", "privacy", QT_TR_NOOP("Mobile phone number")},
        {"privacy.bank_card", "W-V1", "P09", "privacy", QT_TR_NOOP("Bank card number")},
        {"identifier.site_code", "W-D12", "P14", "identifier",
         QT_TR_NOOP("Website identifier code (网站标识码)")},
        {"identifier.icp", "W-D12", "P14", "identifier", QT_TR_NOOP("ICP record number")},
        {"identifier.police", "W-D12", "P14", "identifier", QT_TR_NOOP("Public security record number")},
        {"identifier.conac", "W-D12", "P14", "identifier", QT_TR_NOOP("Party and government website mark")},
        {"identifier.domain", "W-D12", "P14", "identifier", QT_TR_NOOP("Domain name rules")},
        {"hijack.hidden_link", "W-V1", "P08", "hijack", QT_TR_NOOP("Hidden link to another site")},
        {"hijack.spam_keyword", "W-V1", "P08", "hijack", QT_TR_NOOP("Gambling, porn or spam words")},
        {"hijack.foreign_script", "W-V1", "P08", "hijack",
         QT_TR_NOOP("Script, frame or redirect to an unknown site")},
        {"security.mixed_content", "W-D13", "P08", "security",
         QT_TR_NOOP("Insecure content on an HTTPS page")},
        // Site-wide findings of the scanner (whole crawl, not one page): indicators.md §2 and §4.
        {"link.broken", "W-D11", "P07", "link", QT_TR_NOOP("Dead link")},
        {"link.soft404", "W-D11", "P07", "link", QT_TR_NOOP("Link to a page that says it does not exist")},
        {"link.redirect_loop", "W-D11", "P07", "link", QT_TR_NOOP("Redirect loop")},
        {"column.blank", "W-V4", "P03", "column", QT_TR_NOOP("Blank column")},
        {"column.stale", "W-V4", "P04", "column", QT_TR_NOOP("Column not updated")},
        {"home.stale", "W-V3", "P04", "column", QT_TR_NOOP("Home page not updated")},
        {"message.unanswered", "W-V5", "P10", "message", QT_TR_NOOP("Message unanswered for over 3 months")},
        {"message.late", "W-D8", "P10", "message", QT_TR_NOOP("Reply later than 5 working days")},
        {"message.boilerplate", "W-D8", "P10", "message", QT_TR_NOOP("Stock or repeated reply")},
        {"site.unavailable", "W-V2", "P04", "availability", QT_TR_NOOP("Site unavailable")},
    };
    return all;
}

const CheckCatalogue::Entry *CheckCatalogue::find(const QString &id)
{
    for (const Entry &e : entries()) {
        if (id == QLatin1String(e.id))
            return &e;
    }
    return nullptr;
}

QString CheckCatalogue::name(const QString &id)
{
    const Entry *e = find(id);
    return e ? tr(e->name) : id;
}

QString CheckCatalogue::groupName(const QString &group)
{
    if (group == QLatin1String("typo"))
        return tr("Typos");
    if (group == QLatin1String("date"))
        return tr("Dates");
    if (group == QLatin1String("privacy"))
        return tr("Personal data");
    if (group == QLatin1String("identifier"))
        return tr("Site identifiers");
    if (group == QLatin1String("hijack"))
        return tr("Hidden links and hijack");
    if (group == QLatin1String("security"))
        return tr("Security");
    if (group == QLatin1String("link"))
        return tr("Links");
    if (group == QLatin1String("column"))
        return tr("Columns and updates");
    if (group == QLatin1String("message"))
        return tr("Messages from the public");
    if (group == QLatin1String("availability"))
        return tr("Availability");
    return group;
}

bool CheckCatalogue::isPageCheck(const Entry &entry)
{
    static const QList<QLatin1String> siteGroups{QLatin1String("link"), QLatin1String("column"),
                                                 QLatin1String("message"), QLatin1String("availability")};
    return !siteGroups.contains(QLatin1String(entry.group));
}

QStringList CheckCatalogue::ids()
{
    QStringList out;
    for (const Entry &e : entries())
        out.append(QString::fromLatin1(e.id));
    return out;
}

} // namespace xj
