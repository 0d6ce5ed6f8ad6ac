// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/sheet/XlsxWorkbookFile.h"

#include "report/ReportLogging.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <filesystem>

namespace xj {

namespace {

/// How libxlsxwriter wants a file name: in the system's 8-bit encoding, except on Windows, where it
/// converts UTF-8 to a wide name itself.
QByteArray nativeName(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

std::filesystem::path filesystemPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

Status XlsxWorkbookFile::write(const QString &path, const QString &title, const XlsxDocumentWords &words,
                               const Fill &fill)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QString partPath = path + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8) +
                             QStringLiteral(".part");
    const QByteArray partName = nativeName(partPath);
    lxw_workbook_options options{};
    lxw_workbook *workbook = workbook_new_opt(partName.constData(), &options);
    if (!workbook)
        return Error{tr("%1 cannot be written to %2: there is not enough memory. Close other programs and "
                        "try again.")
                         .arg(words.name, shownPath),
                     {}};
    const QByteArray titleBytes = title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(titleBytes.constData());
    workbook_set_properties(workbook, &properties);

    lxw_error error = fill(workbook);
    if (error != LXW_NO_ERROR) {
        lxw_workbook_free(workbook);
        qCWarning(lcReport) << "workbook not written:" << shownPath << lxw_strerror(error);
        return Error{tr("%1 could not be put together for %2. Try again; if it keeps failing, %3.")
                         .arg(words.name, shownPath, words.alternative),
                     QString::fromUtf8(lxw_strerror(error))};
    }
    error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partPath);
        qCWarning(lcReport) << "workbook not written:" << shownPath << lxw_strerror(error);
        return Error{tr("%1 could not be written to %2. Check that the folder exists, that you may write to "
                        "it and that the disk is not full.")
                         .arg(words.name, shownPath),
                     QString::fromUtf8(lxw_strerror(error))};
    }
    std::error_code renameError;
    std::filesystem::rename(filesystemPath(partPath), filesystemPath(path), renameError);
    if (renameError) {
        QFile::remove(partPath);
        qCWarning(lcReport) << "workbook not written:" << shownPath << renameError.message().c_str();
        return Error{tr("%1 could not be saved as %2. Close the file if it is open in Excel or WPS and try "
                        "again.")
                         .arg(words.name, shownPath),
                     QString::fromLocal8Bit(renameError.message().c_str())};
    }
    return Status::success();
}

} // namespace xj
