// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanReportExport.h"

#include "checks/CandidateExport.h"
#include "checks/CheckCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

QByteArray ScanReportExport::json(const ScanRecord &scan, const ScanCandidates &candidates)
{
    QJsonArray list;
    for (const ScanCandidate &c : candidates) {
        QJsonObject o{{QStringLiteral("check"), c.checkId},     {QStringLiteral("item"), c.itemCode},
                      {QStringLiteral("category"), c.category}, {QStringLiteral("url"), c.url},
                      {QStringLiteral("source"), c.sourceUrl},  {QStringLiteral("message"), c.message},
                      {QStringLiteral("text"), c.text},         {QStringLiteral("detail"), c.detail}};
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("url"), scan.startUrl},
                           {QStringLiteral("inspection_date"), scan.inspectionDate.toString(Qt::ISODate)},
                           {QStringLiteral("state"), ScanRecord::stateKey(scan.state)},
                           {QStringLiteral("elapsed_ms"), double(scan.elapsedMs)},
                           {QStringLiteral("settings"), scan.settings.toJson()},
                           {QStringLiteral("rules"), scan.rules.toJson()},
                           {QStringLiteral("summary"), scan.summary},
                           {QStringLiteral("count"), int(candidates.size())},
                           {QStringLiteral("candidates"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ScanReportExport::csv(const ScanCandidates &candidates)
{
    QString out = QStringLiteral("check,item,category,name,url,source,message,text,status,error,pages\r\n");
    for (const ScanCandidate &c : candidates) {
        const int pages = c.detail.contains(QLatin1String("sourceCount"))
                              ? c.detail.value(QLatin1String("sourceCount")).toInt()
                              : c.detail.value(QLatin1String("pageCount")).toInt();
        const QStringList cells{c.checkId,
                                c.itemCode,
                                c.category,
                                CheckCatalogue::name(c.checkId),
                                c.url,
                                c.sourceUrl,
                                c.message,
                                c.text,
                                c.detail.contains(QLatin1String("status"))
                                    ? QString::number(c.detail.value(QLatin1String("status")).toInt())
                                    : QString(),
                                c.detail.value(QLatin1String("error")).toString(),
                                pages > 0 ? QString::number(pages) : QString()};
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(CandidateExport::csvCell(cell));
        out += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray ScanReportExport::forFile(const QString &fileName, const ScanRecord &scan,
                                     const ScanCandidates &candidates)
{
    return fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? csv(candidates)
                                                                         : json(scan, candidates);
}

} // namespace xj
