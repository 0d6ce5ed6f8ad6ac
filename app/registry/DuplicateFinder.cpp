// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/DuplicateFinder.h"

#include "storage/SiteRepository.h"

namespace xj {

namespace {

const QString CodeKey = QStringLiteral("code:");
const QString UrlKey = QStringLiteral("url:");
const QString AccountKey = QStringLiteral("account:");

} // namespace

DuplicateFinder::DuplicateFinder(const QList<Site> &registered)
{
    for (const Site &site : registered) {
        for (const QString &key : keys(site))
            m_registered.insert(key, site);
    }
}

QStringList DuplicateFinder::keys(const Site &site)
{
    // The same order as SiteRepository::duplicateReason(), so both name the same reason first.
    QStringList out;
    if (!site.siteCode.trimmed().isEmpty())
        out.append(CodeKey + site.siteCode.trimmed());
    if (const QString url = normalizedSiteUrl(site.url); !url.isEmpty())
        out.append(UrlKey + url);
    if (!site.accountId.trimmed().isEmpty())
        out.append(AccountKey + site.platform.trimmed() + u'\n' + site.accountId.trimmed());
    return out;
}

QString DuplicateFinder::describeKey(const QString &key)
{
    if (key.startsWith(CodeKey))
        return tr("the same site identifier code %1").arg(key.mid(CodeKey.size()));
    if (key.startsWith(UrlKey))
        return tr("the same address %1").arg(key.mid(UrlKey.size()));
    const QStringList parts = key.mid(AccountKey.size()).split(u'\n');
    return tr("the same account %1 on %2").arg(parts.value(1), parts.value(0));
}

void DuplicateFinder::markDuplicates(QList<ImportRow> &rows) const
{
    QHash<QString, int> firstRowOf;
    for (ImportRow &row : rows) {
        const QStringList rowKeys = keys(row.site);
        for (const QString &key : rowKeys) {
            if (const auto earlier = firstRowOf.constFind(key); earlier != firstRowOf.cend()) {
                row.duplicateOfRow = *earlier;
                row.problems.append(
                    {ImportIssue::DuplicateInFile,
                     tr("Row %1 repeats row %2: both have %3. Keep only one of them.")
                         .arg(QString::number(row.rowNumber), QString::number(*earlier), describeKey(key))});
                break;
            }
        }
        for (const QString &key : rowKeys)
            firstRowOf.insert(key, firstRowOf.value(key, row.rowNumber));

        for (const QString &key : rowKeys) {
            if (const auto existing = m_registered.constFind(key); existing != m_registered.cend()) {
                row.duplicateOfSiteId = existing->id;
                row.problems.append({ImportIssue::DuplicateInDatabase,
                                     tr("Row %1: this site is already registered: it has %2.")
                                         .arg(QString::number(row.rowNumber),
                                              SiteRepository::duplicateReason(row.site, *existing))});
                break;
            }
        }
    }
}

} // namespace xj
