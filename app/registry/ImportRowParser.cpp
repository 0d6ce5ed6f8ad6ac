// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/ImportRowParser.h"

#include "registry/RegistryFieldRules.h"
#include "registry/SiteTypeText.h"

namespace xj {

namespace {

void addProblem(ImportRow &row, ImportIssue issue, const QString &message)
{
    row.problems.append(ImportProblem{issue, message});
}

} // namespace

ImportRowParser::ImportRowParser(QRegularExpression siteCodePattern, QString siteCodeFormat)
    : m_siteCodePattern(std::move(siteCodePattern))
    , m_siteCodeFormat(std::move(siteCodeFormat))
{}

ImportRow ImportRowParser::parse(const SheetRow &row, const ColumnMapping &mapping) const
{
    ImportRow out;
    out.rowNumber = row.number;
    Site &site = out.site;
    // Names keep their full-width punctuation (（）are right in Chinese names); codes and
    // addresses are folded to half-width, which is how they are compared and searched.
    site.name = mapping.value(row, ImportField::Name);
    out.unitName = mapping.value(row, ImportField::Unit).simplified();
    site.accountId = RegistryFieldRules::foldWidth(mapping.value(row, ImportField::AccountId));
    site.siteCode = RegistryFieldRules::foldWidth(mapping.value(row, ImportField::SiteCode));
    site.icpNumber = RegistryFieldRules::foldWidth(mapping.value(row, ImportField::Icp));
    site.policeNumber = RegistryFieldRules::foldWidth(mapping.value(row, ImportField::Police));
    site.phone = RegistryFieldRules::foldWidth(mapping.value(row, ImportField::Phone));
    site.personInCharge = mapping.value(row, ImportField::Person);
    site.notes = mapping.value(row, ImportField::Notes);
    out.parentRef = mapping.value(row, ImportField::Parent).simplified();

    if (site.name.isEmpty())
        addProblem(out, ImportIssue::MissingName,
                   tr("Row %1: the name of the site or account is missing.").arg(row.number));
    if (out.unitName.isEmpty())
        addProblem(out, ImportIssue::MissingUnit,
                   tr("Row %1: the host unit (主办单位) is missing.").arg(row.number));
    applyType(out, row, mapping);
    checkAddress(out, mapping.value(row, ImportField::Url));
    checkCodes(out);
    return out;
}

void ImportRowParser::applyType(ImportRow &out, const SheetRow &row, const ColumnMapping &mapping) const
{
    Site &site = out.site;
    const SiteTypeText::Parsed type = SiteTypeText::parse(mapping.values(row, ImportField::Kind));
    if (type.kind) {
        site.kind = *type.kind;
        site.platform = type.platform;
        site.portal = type.portal;
    } else {
        // No type given: an account without an address is new media, everything else a website.
        const bool account = !site.accountId.isEmpty() && mapping.value(row, ImportField::Url).isEmpty();
        site.kind = account ? SiteKind::NewMedia : SiteKind::Website;
    }
    if (!type.unrecognised.isEmpty()) {
        addProblem(out, ImportIssue::UnknownKind,
                   tr("Row %1: the type \"%2\" is not known. Write %3 for a website, or the platform of a "
                      "new-media account (%4).")
                       .arg(QString::number(row.number), type.unrecognised, SiteTypeText::websiteWord(),
                            SiteTypeText::knownPlatforms().join(QStringLiteral("、"))));
        return;
    }
    if (site.kind == SiteKind::NewMedia && site.platform.isEmpty())
        addProblem(
            out, ImportIssue::MissingPlatform,
            tr("Row %1: the platform of the new-media account is missing. Give it in the type column "
               "(%2).")
                .arg(QString::number(row.number), SiteTypeText::knownPlatforms().join(QStringLiteral("、"))));
}

void ImportRowParser::checkAddress(ImportRow &out, const QString &address) const
{
    Site &site = out.site;
    if (!address.isEmpty()) {
        if (const auto url = RegistryFieldRules::websiteUrl(address)) {
            site.url = *url;
        } else {
            site.url = address;
            addProblem(out, ImportIssue::BadUrl,
                       tr("Row %1: \"%2\" is not a website address. Write it like www.example.gov.cn or "
                          "https://www.example.gov.cn.")
                           .arg(QString::number(out.rowNumber), address));
        }
        return;
    }
    if (out.has(ImportIssue::UnknownKind))
        return; // what is missing depends on the type, which is itself wrong
    if (site.kind == SiteKind::Website)
        addProblem(out, ImportIssue::MissingUrl,
                   tr("Row %1: the website address (网址) is missing.").arg(out.rowNumber));
    else if (site.accountId.isEmpty())
        addProblem(out, ImportIssue::MissingAccount,
                   tr("Row %1: the new-media account has neither an account ID nor a link. Give at least one "
                      "of them.")
                       .arg(out.rowNumber));
}

template<typename Check>
void ImportRowParser::checkCode(ImportRow &out, ImportField field, const QString &value, Check valid,
                                ImportIssue issue, const QString &message) const
{
    if (value.isEmpty())
        return;
    if (RegistryFieldRules::isScientificNotation(value)) {
        addProblem(out, ImportIssue::MangledNumber,
                   tr("Row %1: the %2 \"%3\" was saved by Excel as a rounded number, so digits are lost. "
                      "Format the column as text, type the number again and save the file.")
                       .arg(QString::number(out.rowNumber), HeaderMatcher::fieldLabel(field), value));
        return;
    }
    if (!valid(value))
        addProblem(out, issue, message);
}

void ImportRowParser::checkCodes(ImportRow &out) const
{
    const Site &site = out.site;
    const QString row = QString::number(out.rowNumber);
    checkCode(
        out, ImportField::SiteCode, site.siteCode,
        [this](const QString &v) { return RegistryFieldRules::isSiteCode(v, m_siteCodePattern); },
        ImportIssue::BadSiteCode,
        tr("Row %1: the site identifier code (网站标识码) \"%2\" has the wrong format; it should be %3.")
            .arg(row, site.siteCode, m_siteCodeFormat));
    checkCode(out, ImportField::Phone, site.phone, &RegistryFieldRules::isPlausiblePhone,
              ImportIssue::BadPhone,
              tr("Row %1: \"%2\" does not look like a phone number (a landline such as 0571-87654321 or an "
                 "11-digit mobile number).")
                  .arg(row, site.phone));
    checkCode(out, ImportField::Icp, site.icpNumber, &RegistryFieldRules::isIcpNumber, ImportIssue::BadIcp,
              tr("Row %1: the ICP record number \"%2\" should look like 京ICP备12345678号.")
                  .arg(row, site.icpNumber));
    checkCode(out, ImportField::Police, site.policeNumber, &RegistryFieldRules::isPoliceNumber,
              ImportIssue::BadPolice,
              tr("Row %1: the public security record number \"%2\" should contain its 14-digit number, like "
                 "京公网安备 11010502030143号.")
                  .arg(row, site.policeNumber));
    checkCode(
        out, ImportField::AccountId, site.accountId, [](const QString &) { return true; },
        ImportIssue::MangledNumber, QString());
}

} // namespace xj
