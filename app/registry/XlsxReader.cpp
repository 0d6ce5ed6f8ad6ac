// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/XlsxReader.h"

#include "core/Logging.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace xj {

namespace {

/// Excel escapes characters XML cannot carry (a carriage return, say) as _x000D_.
QString unescapeOoxml(QString text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += QChar(char16_t(m.capturedView(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    return out + QStringView(text).sliced(last);
}

/// The text of a shared or inline string: plain <t>, or the <t> of every rich-text run <r>. The
/// phonetic guide (<rPh>) repeats the reading of East Asian text and is not part of the value.
QString readStringItem(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("rPh") || xml.name() == QLatin1String("phoneticPr"))
                xml.skipCurrentElement();
        } else if (xml.isEndElement() && xml.name() == end) {
            break;
        }
    }
    return unescapeOoxml(text);
}

Result<QStringList> readSharedStrings(const XlsxPackage &package)
{
    const QString path = package.sharedStringsPath();
    QStringList strings;
    if (path.isEmpty())
        return strings;
    auto bytes = package.read(path);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(readStringItem(xml));
    }
    if (xml.hasError())
        return XlsxPackage::damaged(path, xml.errorString());
    return strings;
}

struct Cell
{
    int column = -1;
    QString type;
    QString value;
    QString inlineText;
};

/// Reads one <c> element up to its end; the reader stands on its start.
Cell readCell(QXmlStreamReader &xml, int previousColumn)
{
    Cell cell;
    const QString reference = xml.attributes().value(QLatin1String("r")).toString();
    cell.column = reference.isEmpty() ? previousColumn + 1 : XlsxReader::columnOfReference(reference);
    cell.type = xml.attributes().value(QLatin1String("t")).toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("v"))
                cell.value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("is"))
                cell.inlineText = readStringItem(xml);
            else
                xml.skipCurrentElement(); // <f>: the formula; its cached result is in <v>
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            break;
        }
    }
    return cell;
}

/// The text a cell shows, or nullopt when a shared-string index points nowhere.
std::optional<QString> cellText(const Cell &cell, const QStringList &sharedStrings)
{
    if (cell.type == QLatin1String("s")) {
        bool ok = false;
        const int index = cell.value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= sharedStrings.size())
            return std::nullopt;
        return sharedStrings.at(index);
    }
    if (cell.type == QLatin1String("inlineStr"))
        return cell.inlineText;
    if (cell.type == QLatin1String("b"))
        return cell.value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (cell.type == QLatin1String("str") || cell.type == QLatin1String("e") ||
        cell.type == QLatin1String("d"))
        return unescapeOoxml(cell.value);
    return cell.value.isEmpty() ? QString() : XlsxReader::formatNumber(cell.value);
}

Result<QList<SheetRow>> readRows(const XlsxPackage &package, const QString &partPath,
                                 const QStringList &sharedStrings)
{
    auto bytes = package.read(partPath);
    if (!bytes)
        return bytes.error();
    QList<SheetRow> rows;
    SheetRow row;
    int previousColumn = -1;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const int number = xml.attributes().value(QLatin1String("r")).toInt();
            row = SheetRow{number > 0 ? number : row.number + 1, {}};
            previousColumn = -1;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const Cell cell = readCell(xml, previousColumn);
            previousColumn = cell.column;
            const std::optional<QString> text = cellText(cell, sharedStrings);
            if (!text)
                return XlsxPackage::damaged(partPath,
                                            QStringLiteral("shared string %1 missing").arg(cell.value));
            if (cell.column < 0 || cell.column >= XlsxReader::MaxColumns || text->isEmpty())
                continue;
            if (row.cells.size() <= cell.column)
                row.cells.resize(cell.column + 1);
            row.cells[cell.column] = *text;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            if (!row.isBlank())
                rows.append(row);
        }
    }
    if (xml.hasError())
        return XlsxPackage::damaged(partPath, xml.errorString());
    return rows;
}

} // namespace

QString XlsxReader::formatNumber(QStringView raw)
{
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw.trimmed().toString();
    // Below 1e15 a double holds every whole number exactly, which covers every code we import.
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

int XlsxReader::columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const QChar c = reference.at(i).toUpper();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    XlsxPackage package(path);
    if (Status s = package.open(); !s)
        return s.error();
    auto sheets = package.sheets();
    if (!sheets)
        return sheets.error();
    QStringList names;
    for (const auto &sheet : sheets.value())
        names.append(sheet.name);
    return names;
}

Result<SheetTable> XlsxReader::readFile(const QString &path, const QString &sheetName, qint64 maxPartBytes)
{
    XlsxPackage package(path, maxPartBytes);
    if (Status s = package.open(); !s)
        return s.error();
    auto sheets = package.sheets();
    if (!sheets)
        return sheets.error();

    const XlsxPackage::Sheet *chosen = nullptr;
    QStringList names;
    for (const auto &sheet : sheets.value()) {
        names.append(sheet.name);
        const bool wanted = sheetName.isEmpty()
                                ? !sheet.hidden
                                : sheet.name.trimmed().compare(sheetName.trimmed(), Qt::CaseInsensitive) == 0;
        if (wanted && !chosen)
            chosen = &sheet;
    }
    if (!chosen && sheetName.isEmpty())
        chosen = &sheets.value().first(); // every sheet is hidden: take the first as Excel would
    if (!chosen)
        return Error{tr("The workbook has no worksheet named \"%1\". Its worksheets are: %2.")
                         .arg(sheetName, names.join(QStringLiteral(", "))),
                     {}};

    auto sharedStrings = readSharedStrings(package);
    if (!sharedStrings)
        return sharedStrings.error();
    auto rows = readRows(package, chosen->partPath, sharedStrings.value());
    if (!rows)
        return rows.error();
    qCDebug(lcRegistry) << "read" << rows.value().size() << "rows from worksheet" << chosen->name;
    return SheetTable{std::move(rows).value(), tr("worksheet \"%1\"").arg(chosen->name)};
}

} // namespace xj
