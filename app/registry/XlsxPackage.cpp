// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/XlsxPackage.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

namespace xj {

namespace {

const QString DefaultWorkbookPath = QStringLiteral("xl/workbook.xml");

/// "xl/worksheets/sheet1.xml" → "xl/worksheets"; "" for a part at the root.
QString partDirectory(const QString &partPath)
{
    const qsizetype slash = partPath.lastIndexOf(u'/');
    return slash < 0 ? QString() : partPath.left(slash);
}

QString resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const QString dir = partDirectory(sourcePart);
    return QDir::cleanPath(dir.isEmpty() ? target : dir + u'/' + target);
}

QString attribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    // Relationship ids come with a namespace prefix whose URI differs between transitional and
    // strict OOXML; the local name is the same in both.
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

} // namespace

XlsxPackage::XlsxPackage(QString path, qint64 maxPartBytes)
    : m_path(std::move(path))
    , m_maxPartBytes(maxPartBytes)
{}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

Error XlsxPackage::damaged(const QString &partPath, const QString &detail)
{
    return Error{
        tr("The Excel workbook is damaged and cannot be read. Open it in Excel or WPS, save it again "
           "as .xlsx (or as CSV) and import that file."),
        partPath.isEmpty() ? detail : partPath + QLatin1String(": ") + detail};
}

Status XlsxPackage::open()
{
    const QString fileName = QFileInfo(m_path).fileName();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be opened.").arg(fileName), file.errorString()};
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Error{
            tr("%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which cannot "
               "be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) without a "
               "password, or as CSV.")
                .arg(fileName),
            {}};
    if (!magic.startsWith("PK\x03\x04"))
        return Error{
            tr("%1 is not an Excel workbook (.xlsx). Save the registry as .xlsx or CSV and import that "
               "file.")
                .arg(fileName),
            {}};

    // minizip, not QuaZip: libxlsxwriter links the system minizip, and QuaZip exports the same
    // zip symbols, so a program with both would send libxlsxwriter's calls into QuaZip and crash.
    m_zip = unzOpen64(QFile::encodeName(m_path).constData());
    if (!m_zip)
        return damaged({}, QStringLiteral("not a readable zip archive"));

    // The package's root relationships name the workbook part; most writers use the default path.
    auto root = relationships(QString());
    if (!root)
        return root.error();
    m_workbookPath = DefaultWorkbookPath;
    for (const Relationship &r : root.value()) {
        if (r.type == QLatin1String("officeDocument"))
            m_workbookPath = r.target;
    }
    if (!contains(m_workbookPath))
        return Error{
            tr("%1 is a zip archive but not an Excel workbook: it has no worksheets. Save the registry "
               "as .xlsx or CSV and import that file.")
                .arg(fileName),
            m_workbookPath + QLatin1String(" missing")};
    return Status::success();
}

bool XlsxPackage::contains(const QString &partPath) const
{
    // Case 2 = case-insensitive names, as Office treats part names.
    return m_zip && unzLocateFile(m_zip, partPath.toUtf8().constData(), 2) == UNZ_OK;
}

Result<QByteArray> XlsxPackage::read(const QString &partPath) const
{
    if (!contains(partPath))
        return damaged(partPath, QStringLiteral("part missing"));
    unz_file_info64 info{};
    const Error tooLarge{
        tr("The workbook contains a part that unpacks to more than %1 MB. A site registry is "
           "never that large; the file is damaged or was made to exhaust memory. Save the "
           "registry again in Excel or WPS, or as CSV.")
            .arg(m_maxPartBytes / (1024 * 1024)),
        partPath};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK &&
        info.uncompressed_size > quint64(m_maxPartBytes))
        return tooLarge;

    if (const int rc = unzOpenCurrentFile(m_zip); rc != UNZ_OK)
        return damaged(partPath, QStringLiteral("cannot unpack (zip error %1)").arg(rc));
    // The size in the zip directory can lie, so the read itself stops at the limit as well.
    QByteArray data;
    char chunk[64 * 1024];
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip, chunk, sizeof chunk)) > 0) {
        if (data.size() + n > m_maxPartBytes) {
            unzCloseCurrentFile(m_zip);
            return tooLarge;
        }
        data.append(chunk, n);
    }
    // unzCloseCurrentFile reports a CRC mismatch of a part read to its end.
    const int closed = unzCloseCurrentFile(m_zip);
    if (n < 0 || closed != UNZ_OK)
        return damaged(partPath, QStringLiteral("zip error %1").arg(n < 0 ? n : closed));
    return data;
}

Result<QHash<QString, XlsxPackage::Relationship>> XlsxPackage::relationships(const QString &partPath) const
{
    const QString dir = partDirectory(partPath);
    const QString name = partPath.mid(dir.isEmpty() ? 0 : dir.size() + 1);
    const QString relsPath =
        (dir.isEmpty() ? QString() : dir + u'/') + QLatin1String("_rels/") + name + QLatin1String(".rels");
    QHash<QString, Relationship> out;
    if (!contains(relsPath))
        return out;
    auto bytes = read(relsPath);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        if (attribute(xml, QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString type = attribute(xml, QLatin1String("Type"));
        out.insert(attribute(xml, QLatin1String("Id")),
                   Relationship{type.mid(type.lastIndexOf(u'/') + 1),
                                resolveTarget(partPath, attribute(xml, QLatin1String("Target")))});
    }
    if (xml.hasError())
        return damaged(relsPath, xml.errorString());
    return out;
}

Result<QList<XlsxPackage::Sheet>> XlsxPackage::sheets() const
{
    auto rels = relationships(m_workbookPath);
    if (!rels)
        return rels.error();
    auto bytes = read(m_workbookPath);
    if (!bytes)
        return bytes.error();

    QList<Sheet> sheets;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("sheet"))
            continue;
        const auto rel = rels.value().constFind(attribute(xml, QLatin1String("id")));
        if (rel == rels.value().cend() || rel->type != QLatin1String("worksheet"))
            continue; // a chart sheet or a dangling entry: nothing to import from it
        const QString state = attribute(xml, QLatin1String("state"));
        sheets.append(Sheet{attribute(xml, QLatin1String("name")), rel->target,
                            state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
    }
    if (xml.hasError())
        return damaged(m_workbookPath, xml.errorString());
    if (sheets.isEmpty())
        return damaged(m_workbookPath, QStringLiteral("no worksheet"));
    qCDebug(lcRegistry) << "workbook" << m_workbookPath << "has" << sheets.size() << "worksheet(s)";
    return sheets;
}

QString XlsxPackage::sharedStringsPath() const
{
    auto rels = relationships(m_workbookPath);
    if (rels) {
        for (const Relationship &r : rels.value()) {
            if (r.type == QLatin1String("sharedStrings"))
                return r.target;
        }
    }
    const QString fallback = partDirectory(m_workbookPath) + QLatin1String("/sharedStrings.xml");
    return contains(fallback) ? fallback : QString();
}

} // namespace xj
