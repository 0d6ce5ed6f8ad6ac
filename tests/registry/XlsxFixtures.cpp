// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <minizip/zip.h>

bool writeFixtureWorkbooks(const QString &dir)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedChannels);
    writer.start(QStringLiteral(XLSX_FIXTURE_WRITER), {dir});
    if (!writer.waitForFinished(60000) || writer.exitStatus() != QProcess::NormalExit ||
        writer.exitCode() != 0)
        return false;
    for (const char *name : {"shared.xlsx", "inline.xlsx", "two.xlsx", "hidden.xlsx", "registry.xlsx"}) {
        if (!QDir(dir).exists(QString::fromLatin1(name)))
            return false;
    }
    return true;
}

bool writeZip(const QString &path, const ZipEntries &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1) != ZIP_OK) {
            ok = false;
            break;
        }
        // Written in slices so that a large test part is never doubled in memory by the deflater.
        for (qsizetype at = 0; ok && at < data.size(); at += 1 << 20) {
            const unsigned len = unsigned(std::min<qsizetype>(1 << 20, data.size() - at));
            ok = zipWriteInFileInZip(zip, data.constData() + at, len) == ZIP_OK;
        }
        ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
        if (!ok)
            break;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

ZipEntries minimalXlsxParts(const QByteArray &sheetXml, const QByteArray &sharedStringsXml)
{
    const QByteArray relsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    const QByteArray docNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ZipEntries parts = {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"), "<?xml version=\"1.0\"?><Relationships xmlns=\"" + relsNs +
                                            "\"><Relationship Id=\"rId1\" Type=\"" + docNs +
                                            "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\"?><workbook "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"" +
             docNs + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\"?><Relationships xmlns=\"" + relsNs + "\"><Relationship Id=\"rId1\" Type=\"" +
             docNs + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml},
    };
    if (!sharedStringsXml.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml});
    return parts;
}
