// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace xj {

/// The zip container of an .xlsx workbook and the Open Packaging relationships that say which part
/// is the workbook, which parts are its worksheets and where the shared strings are. Every part is
/// read with a size limit, so a "zip bomb" that unpacks to gigabytes is refused instead of
/// exhausting memory.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(xj::XlsxPackage)
public:
    static constexpr qint64 DefaultMaxPartBytes = 50 * 1024 * 1024;

    struct Sheet
    {
        QString name;
        QString partPath; ///< e.g. "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    explicit XlsxPackage(QString path, qint64 maxPartBytes = DefaultMaxPartBytes);
    ~XlsxPackage();
    Q_DISABLE_COPY_MOVE(XlsxPackage)

    /// Opens the zip and finds the workbook part; explains old .xls files and non-zip files.
    Status open();
    /// The worksheets in tab order (chart sheets left out).
    Result<QList<Sheet>> sheets() const;
    /// The shared-strings part, or empty when the workbook has none.
    QString sharedStringsPath() const;

    bool contains(const QString &partPath) const;
    Result<QByteArray> read(const QString &partPath) const;

    /// "The workbook is damaged (part, reason)": the one message for every broken-structure case.
    static Error damaged(const QString &partPath, const QString &detail);

private:
    struct Relationship
    {
        QString type;   ///< the last segment of the relationship type, e.g. "worksheet"
        QString target; ///< part path inside the zip
    };
    /// The relationships of `partPath` by id (from its _rels/NAME.rels part); empty if it has none.
    Result<QHash<QString, Relationship>> relationships(const QString &partPath) const;

    QString m_path;
    qint64 m_maxPartBytes;
    void *m_zip = nullptr; ///< minizip unzFile
    QString m_workbookPath;
};

} // namespace xj
