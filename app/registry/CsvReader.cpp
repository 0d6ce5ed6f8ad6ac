// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/CsvReader.h"

#include "core/Logging.h"
#include "registry/TextDecoder.h"

#include <QFile>
#include <QFileInfo>

namespace xj {

namespace {

/// How many lines the separator guess looks at: enough to get past a title row.
constexpr int SeparatorSampleLines = 5;

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/// Excel writes ="0123" so that a code keeps its leading zeros when the file is opened again.
QString unwrapExcelText(QString cell)
{
    if (cell.size() >= 3 && cell.startsWith(QLatin1String("=\"")) && cell.endsWith(u'"'))
        return cell.mid(2, cell.size() - 3).replace(QLatin1String("\"\""), QLatin1String("\""));
    return cell;
}

/// Reads Excel's optional first line "sep=;" and returns the separator it names.
std::optional<QChar> excelSeparatorHint(QStringView text, qsizetype *lineLength)
{
    if (!text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) || text.size() < 5)
        return std::nullopt;
    qsizetype end = 5;
    while (end < text.size() && !isLineEnd(text.at(end)))
        ++end;
    if (end != 5)
        return std::nullopt;
    if (end < text.size() && text.at(end) == u'\r')
        ++end;
    if (end < text.size() && text.at(end) == u'\n')
        ++end;
    *lineLength = end;
    return text.at(4);
}

} // namespace

Result<SheetTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be opened.").arg(QFileInfo(path).fileName()), file.errorString()};
    if (file.size() > MaxFileBytes)
        return Error{tr("The file %1 is too large for a site registry (more than %2 MB).")
                         .arg(QFileInfo(path).fileName(), QString::number(MaxFileBytes / (1024 * 1024))),
                     {}};
    return read(file.readAll());
}

Result<SheetTable> CsvReader::read(const QByteArray &bytes)
{
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return decoded.error();
    QStringView text = decoded.value().text;
    qsizetype hintLength = 0;
    const std::optional<QChar> hint = excelSeparatorHint(text, &hintLength);
    text = text.sliced(hintLength);
    const QChar separator = hint.value_or(detectSeparator(text));
    qCDebug(lcRegistry) << "CSV read as" << decoded.value().encoding << "separated by" << separator;

    auto rows = parse(text, separator);
    if (!rows)
        return rows.error();
    return SheetTable{std::move(rows).value(), decoded.value().encoding};
}

QChar CsvReader::detectSeparator(QStringView text)
{
    int commas = 0, tabs = 0, semicolons = 0, lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines < SeparatorSampleLines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice, which is what it should do
        else if (quoted)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\n')
            ++lines;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas && semicolons > tabs)
        return u';';
    return u',';
}

Result<QList<SheetRow>> CsvReader::parse(QStringView text, QChar separator)
{
    QList<SheetRow> rows;
    SheetRow row{1, {}};
    QString cell;
    bool quoted = false;        // inside a quoted cell
    bool cellWasQuoted = false; // the cell began with a quote (then ="…" is not Excel's trick)
    int quoteStartRow = 0;

    auto endCell = [&] {
        row.cells.append(cellWasQuoted ? cell : unwrapExcelText(cell));
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        if (!row.isBlank())
            rows.append(row);
        row = SheetRow{row.number + 1, {}};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (c == u'"' && next == u'"') {
                cell.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else if (c != u'\r' || next != u'\n') {
                cell.append(c); // of a CRLF inside a cell only the LF is kept, as Excel's Alt+Enter makes it
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            quoteStartRow = row.number;
        } else if (c == separator) {
            endCell();
        } else if (isLineEnd(c)) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            // A quote inside an unquoted cell, or text after a closing quote, is kept as written:
            // that is what spreadsheet programs do with such files.
            cell.append(c);
        }
    }
    if (quoted)
        return Error{
            tr("Row %1: a cell starts with a quotation mark (\") that is never closed, so the rest of "
               "the file would end up in that cell. Check the quotation marks in that row.")
                .arg(quoteStartRow),
            {}};
    if (!cell.isEmpty() || !row.cells.isEmpty() || cellWasQuoted)
        endRow();
    return rows;
}

} // namespace xj
