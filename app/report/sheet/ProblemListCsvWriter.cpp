// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/sheet/ProblemListCsvWriter.h"

#include "checks/CandidateExport.h"
#include "report/ReportLogging.h"
#include "report/sheet/ProblemListColumns.h"

#include <QDir>
#include <QSaveFile>
#include <QStringList>

namespace xj {

namespace {

const QLatin1String LineEnd("\r\n");

/// csvCell turns line feeds into spaces but leaves carriage returns alone, and a lone CR inside an
/// unquoted cell would end the record for Excel; so every kind of line break becomes a line feed
/// first.
QString cell(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return CandidateExport::csvCell(std::move(text));
}

} // namespace

QByteArray ProblemListCsvWriter::csv(const QList<ProblemListSheet> &sheets)
{
    const QStringList header = ProblemListColumns::labels(true);
    QStringList lines;
    QStringList cells;
    for (const QString &label : header)
        cells.append(cell(label));
    lines.append(cells.join(QLatin1Char(',')));

    for (const ProblemListSheet &sheet : sheets) {
        for (qsizetype i = 0; i < sheet.rows.size(); ++i) {
            const ProblemListRow &row = sheet.rows.at(i);
            const int number = ProblemListColumns::number(row, int(i + 1));
            const QString found = ProblemListColumns::found(row);
            const QString screenshot =
                row.screenshotPath.isEmpty() ? QString() : QDir::toNativeSeparators(row.screenshotPath);
            const QStringList values{QString::number(number),
                                     row.siteName.isEmpty() ? sheet.siteName : row.siteName,
                                     row.unitName,
                                     row.siteCode,
                                     ProblemListColumns::indicator(row),
                                     row.judgement,
                                     row.description,
                                     row.pageUrl,
                                     found,
                                     row.state,
                                     row.inspector,
                                     screenshot};
            cells.clear();
            for (const QString &value : values)
                cells.append(cell(value));
            lines.append(cells.join(QLatin1Char(',')));
        }
    }
    const QString text = lines.join(LineEnd) + LineEnd;
    // The byte order mark is what makes Excel and WPS read the file as UTF-8 instead of GBK.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status ProblemListCsvWriter::write(const QList<ProblemListSheet> &sheets, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The problem list cannot be saved as %1. Check that the folder exists and that "
                        "you may write to it.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    const QByteArray data = csv(sheets);
    if (file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcReport) << "problem list not written:" << QDir::toNativeSeparators(path)
                            << file.errorString();
        return Error{tr("The problem list could not be written to %1. Check that the disk is not full "
                        "and try again.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    }
    return {};
}

} // namespace xj
