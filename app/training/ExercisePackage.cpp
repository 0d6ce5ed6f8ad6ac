// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ExercisePackage.h"

#include "core/ZipReader.h"
#include "core/ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>
#include <utility>

namespace xj {

namespace {

Q_LOGGING_CATEGORY(lcExercisePackage, "xunjian.training.package", QtWarningMsg)

/// One file of the package as checksums.json lists it.
struct ListedFile
{
    QString path;
    QByteArray sha256; ///< lowercase hex
    qint64 size = 0;
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// Only these travel: the description, the pages and the key's pictures.
bool inPackageArea(const QString &path)
{
    return path == Exercise::FileName || path.startsWith(Exercise::SiteFolder + u'/') ||
           path.startsWith(Exercise::KeyFolder + u'/');
}

bool alreadyCompressed(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("png"),   QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                      QStringLiteral("gif"),   QStringLiteral("webp"), QStringLiteral("zip"),
                                      QStringLiteral("woff2"), QStringLiteral("mp4"),  QStringLiteral("pdf")};
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

Error damaged(const QString &path, const QString &detail)
{
    return Error{
        ExercisePackage::tr("The exercise file is damaged or was changed after it was exported (%1). "
                            "Ask the instructor for a new copy.")
            .arg(path),
        detail};
}

Error refusedEntry(const QString &name, const QString &why)
{
    return Error{
        ExercisePackage::tr("The exercise file contains an entry that could write outside the exercise "
                            "folder or point elsewhere (%1), so it was not imported. Ask the instructor "
                            "for a new copy.")
            .arg(name),
        why};
}

Error tooLarge(const QString &name, qint64 limit)
{
    return Error{
        ExercisePackage::tr("The exercise file contains a file that unpacks to more than %1 (%2), more "
                            "than any exercise needs, so it was not imported. Ask the instructor for a "
                            "new copy.")
            .arg(sizeText(limit), name),
        {}};
}

Error cannotUnpack(const QString &folder, const QString &detail)
{
    return Error{
        ExercisePackage::tr("The exercise cannot be unpacked into %1. Check the free disk space and that "
                            "you may write to the folder.")
            .arg(QDir::toNativeSeparators(folder)),
        detail};
}

/// Where the site-relative start page can be in the package: as written ("/新闻/a.html" →
/// "site/新闻/a.html"), or read as an address ("/a%20b.html?x#y" → "site/a b.html").
QStringList startPageFiles(const QString &startPage)
{
    QStringList out;
    for (QString path :
         {startPage, QUrl::fromPercentEncoding(startPage.section(u'?', 0, 0).section(u'#', 0, 0).toUtf8())}) {
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        if (path.isEmpty() || path.endsWith(u'/'))
            path += QStringLiteral("index.html");
        out.append(Exercise::SiteFolder + u'/' + path);
    }
    return out;
}

/// The first file the exercise refers to (its start page, a key picture) that `files` lacks, with
/// the reason it is needed.
std::optional<std::pair<QString, QString>> missingFile(const Exercise &exercise, const QSet<QString> &files)
{
    for (const ExerciseKeyEntry &e : exercise.key) {
        if (!e.evidenceFile.isEmpty() && !files.contains(e.evidenceFile))
            return std::pair{e.evidenceFile,
                             QStringLiteral("picture of answer key entry %1 missing").arg(e.id)};
    }
    const QStringList starts = startPageFiles(exercise.startPage);
    if (std::none_of(starts.cbegin(), starts.cend(),
                     [&files](const QString &f) { return files.contains(f); }))
        return std::pair{starts.first(), QStringLiteral("start page %1 missing").arg(exercise.startPage)};
    return std::nullopt;
}

/// The exercise folder's files that travel, relative to it with "/", sorted.
Result<QStringList> collectFiles(const QDir &folder)
{
    QStringList files{Exercise::FileName};
    for (const QString &area : {Exercise::SiteFolder, Exercise::KeyFolder}) {
        QDirIterator it(folder.filePath(area),
                        QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const QString relative = folder.relativeFilePath(info.filePath());
            // A link could pull in a file from outside the exercise, and import refuses links.
            if (info.isSymLink() || !info.isFile())
                return Error{
                    ExercisePackage::tr("The exercise cannot be exported: %1 is a link or a special file. "
                                        "Replace it with an ordinary file and export again.")
                        .arg(relative),
                    {}};
            if (!ZipReader::safeEntryName(relative))
                return Error{
                    ExercisePackage::tr("The exercise cannot be exported: the file name %1 cannot be "
                                        "carried in an exercise file. Rename the file and export again.")
                        .arg(relative),
                    {}};
            files.append(relative);
        }
    }
    files.sort();
    return files;
}

} // namespace

Status ExercisePackage::exportTo(const QString &exerciseFolder, const QString &zipPath,
                                 const Progress &progress)
{
    // Loading checks that the folder holds a valid exercise before anything is packed.
    const auto exercise = Exercise::load(exerciseFolder);
    if (!exercise)
        return exercise.error();
    const QDir folder(exerciseFolder);
    const auto files = collectFiles(folder);
    if (!files)
        return files.error();
    if (const auto missing =
            missingFile(exercise.value(), QSet<QString>(files.value().cbegin(), files.value().cend())))
        return Error{
            tr("The exercise cannot be exported: %1 is missing from its folder. Make the exercise again.")
                .arg(missing->first),
            missing->second};
    if (files.value().size() + 1 > MaxEntries)
        return Error{tr("The exercise has more than %1 files, more than an exercise file may carry. Remove "
                        "pages from the site and export again.")
                         .arg(MaxEntries),
                     {}};

    // The zip is written under a temporary name beside the target and renamed at the end, so a
    // failed export leaves neither a half file nor a damaged earlier copy.
    QTemporaryFile temp(zipPath + QStringLiteral(".XXXXXX.part"));
    if (!temp.open())
        return Error{
            tr("The file %1 cannot be created. Check that the folder exists and you may write to it.")
                .arg(QDir::toNativeSeparators(zipPath)),
            temp.errorString()};
    temp.close();
    ZipWriter zip;
    if (auto opened = zip.open(temp.fileName()); !opened)
        return opened;

    qint64 toPack = 0;
    for (const QString &relative : files.value())
        toPack += QFileInfo(folder.filePath(relative)).size();
    QJsonArray listed;
    qint64 total = 0;
    for (const QString &relative : files.value()) {
        QFile file(folder.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("The file %1 of the exercise cannot be read.")
                             .arg(QDir::toNativeSeparators(file.fileName())),
                         file.errorString()};
        if (file.size() > MaxEntryBytes)
            return Error{
                tr("The exercise cannot be exported: %1 is larger than %2. Remove it or make it smaller "
                   "and export again.")
                    .arg(relative, sizeText(MaxEntryBytes)),
                {}};
        const QByteArray data = file.readAll();
        total += data.size();
        if (total > MaxTotalBytes)
            return Error{
                tr("The exercise cannot be exported: its files add up to more than %1. Remove pages or "
                   "pictures and export again.")
                    .arg(sizeText(MaxTotalBytes)),
                {}};
        listed.append(QJsonObject{{QStringLiteral("path"), relative},
                                  {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(data))},
                                  {QStringLiteral("size"), data.size()}});
        const auto compression =
            alreadyCompressed(relative) ? ZipWriter::Compression::Store : ZipWriter::Compression::Deflate;
        if (auto added = zip.add(relative, data, compression, QFileInfo(file).lastModified()); !added)
            return added;
        if (progress)
            progress(total, toPack);
    }
    const QJsonObject checksums{{QStringLiteral("format"), ChecksumsFormatVersion},
                                {QStringLiteral("files"), listed}};
    if (auto added = zip.add(ChecksumsFileName, QJsonDocument(checksums).toJson(QJsonDocument::Indented));
        !added)
        return added;
    if (auto closed = zip.close(); !closed)
        return closed;

    // QTemporaryFile made it private to the user; an exercise file is meant to be handed on.
    QFile::setPermissions(temp.fileName(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // std::filesystem::rename replaces an existing file in one step, which QFile::rename refuses.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temp.fileName().toStdU16String()),
                            std::filesystem::path(zipPath.toStdU16String()), error);
    if (error)
        return Error{
            tr("The exercise file %1 cannot be written. Check that it is not open in another program "
               "and that you may write to the folder.")
                .arg(QDir::toNativeSeparators(zipPath)),
            QString::fromStdString(error.message())};
    qCInfo(lcExercisePackage) << "exported exercise" << exercise.value().uuid << "with"
                              << files.value().size() << "files to" << zipPath;
    return {};
}

namespace {

/// The checks of one import, in the order they run; nothing here writes to disk but extract().
class Importer
{
public:
    Importer(const QString &zipPath, const ExercisePackage::Limits &limits,
             const ExercisePackage::Progress &progress)
        : m_zipPath(zipPath)
        , m_limits(limits)
        , m_progress(progress)
    {}

    Status open();
    Status checkEntries();
    Status readChecksums();
    Result<Exercise> verifyFiles();
    /// Unpacks into a temporary folder in `root` and renames it to `uuid`.
    Status install(const QDir &root, const QString &uuid, const Error &alreadyThere);

private:
    Result<QByteArray> readListed(const ListedFile &file);
    Status extract(const QString &folder);

    QString m_zipPath;
    ExercisePackage::Limits m_limits;
    ExercisePackage::Progress m_progress;
    qint64 m_done = 0;
    qint64 m_toDo = 0; ///< every listed file is read twice: to check it, then to unpack it
    ZipReader m_zip;
    QSet<QString> m_files; ///< every file entry's name but checksums.json
    QList<ListedFile> m_listed;
};

Status Importer::open()
{
    const QString fileName = QFileInfo(m_zipPath).fileName();
    if (auto opened = m_zip.open(m_zipPath); !opened) {
        if (!QFileInfo::exists(m_zipPath))
            return opened;
        return Error{
            ExercisePackage::tr("%1 is not an exercise file (.%2), or it is damaged. Choose the file "
                                "the instructor gave you.")
                .arg(fileName, ExercisePackage::FileSuffix),
            opened.error().fullText()};
    }
    return {};
}

Status Importer::checkEntries()
{
    const auto entries = m_zip.entries(m_limits.maxEntries);
    if (!entries) {
        if (m_zip.lastFailure() == ZipReader::Failure::TooMany)
            return Error{
                ExercisePackage::tr("The exercise file holds more than %1 files, more than any exercise "
                                    "has, so it was not imported. Ask the instructor for a new copy.")
                    .arg(m_limits.maxEntries),
                entries.error().fullText()};
        return damaged(QFileInfo(m_zipPath).fileName(), entries.error().fullText());
    }
    QSet<QString> folded; // names that differ only in case are one file on Windows and macOS
    qint64 total = 0;
    for (const ZipReader::Entry &e : entries.value()) {
        if (!ZipReader::safeEntryName(e.name))
            return refusedEntry(e.name, QStringLiteral("unsafe entry name"));
        if (e.isSymlink)
            return refusedEntry(e.name, QStringLiteral("symbolic link"));
        if (e.isEncrypted)
            return damaged(e.name, QStringLiteral("encrypted entry"));
        if (e.isDirectory)
            continue;
        if (e.uncompressedSize > quint64(m_limits.maxEntryBytes))
            return tooLarge(e.name, m_limits.maxEntryBytes);
        total += qint64(e.uncompressedSize);
        if (total > m_limits.maxTotalBytes)
            return Error{
                ExercisePackage::tr("The exercise file unpacks to more than %1, more than any exercise "
                                    "needs, so it was not imported. Ask the instructor for a new copy.")
                    .arg(sizeText(m_limits.maxTotalBytes)),
                {}};
        const QString key = e.name.toCaseFolded();
        if (folded.contains(key))
            return damaged(e.name, QStringLiteral("entry appears twice"));
        folded.insert(key);
        if (e.name != ExercisePackage::ChecksumsFileName)
            m_files.insert(e.name);
    }
    return {};
}

Status Importer::readChecksums()
{
    const QString &name = ExercisePackage::ChecksumsFileName;
    const auto bytes = m_zip.read(name, m_limits.maxEntryBytes);
    if (!bytes && m_zip.lastFailure() == ZipReader::Failure::NotFound)
        return Error{
            ExercisePackage::tr("The file is not an exercise exported by Xunjian, or it is damaged: its "
                                "list of files (%1) is missing. Ask the instructor for a new copy.")
                .arg(name),
            {}};
    if (!bytes)
        return m_zip.lastFailure() == ZipReader::Failure::TooLarge ? tooLarge(name, m_limits.maxEntryBytes)
                                                                   : damaged(name, bytes.error().fullText());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (!doc.isObject())
        return damaged(name, parseError.errorString());
    const QJsonObject json = doc.object();
    const int format = json.value(QStringLiteral("format")).toInt();
    if (format > ExercisePackage::ChecksumsFormatVersion)
        return Error{ExercisePackage::tr("The exercise file was made by a newer Xunjian: update Xunjian to "
                                         "import it."),
                     QStringLiteral("%1 format %2").arg(name).arg(format)};
    if (format < 1)
        return damaged(name, QStringLiteral("format missing"));

    QSet<QString> seen;
    for (const QJsonValue &v : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        ListedFile file{o.value(QStringLiteral("path")).toString(),
                        o.value(QStringLiteral("sha256")).toString().toLower().toLatin1(),
                        qint64(o.value(QStringLiteral("size")).toDouble(-1))};
        if (!ZipReader::safeEntryName(file.path) || !inPackageArea(file.path) || seen.contains(file.path) ||
            file.sha256.size() != 64 || file.size < 0)
            return damaged(name, QStringLiteral("bad entry \"%1\"").arg(file.path));
        if (!m_files.contains(file.path))
            return damaged(file.path, QStringLiteral("listed in %1 but not in the archive").arg(name));
        seen.insert(file.path);
        m_listed.append(file);
        m_toDo += 2 * file.size;
    }
    for (const QString &path : std::as_const(m_files)) {
        if (!seen.contains(path))
            return Error{
                ExercisePackage::tr("The exercise file contains a file that was not in it when it was "
                                    "exported (%1), so it was not imported. Ask the instructor for a new "
                                    "copy.")
                    .arg(path),
                QStringLiteral("not listed in %1").arg(name)};
    }
    return {};
}

Result<QByteArray> Importer::readListed(const ListedFile &file)
{
    auto bytes = m_zip.read(file.path, m_limits.maxEntryBytes);
    if (!bytes) {
        if (m_zip.lastFailure() == ZipReader::Failure::TooLarge)
            return tooLarge(file.path, m_limits.maxEntryBytes);
        return damaged(file.path, bytes.error().fullText());
    }
    if (bytes.value().size() != file.size)
        return damaged(file.path,
                       QStringLiteral("%1 bytes, listed as %2").arg(bytes.value().size()).arg(file.size));
    if (sha256Hex(bytes.value()) != file.sha256)
        return damaged(file.path, QStringLiteral("SHA-256 differs from checksums.json"));
    m_done += file.size;
    if (m_progress)
        m_progress(m_done, m_toDo);
    return bytes;
}

Result<Exercise> Importer::verifyFiles()
{
    QByteArray description;
    qint64 total = 0;
    for (const ListedFile &file : std::as_const(m_listed)) {
        const auto bytes = readListed(file);
        if (!bytes)
            return bytes.error();
        total += bytes.value().size();
        if (total > m_limits.maxTotalBytes)
            return Error{
                ExercisePackage::tr("The exercise file unpacks to more than %1, more than any exercise "
                                    "needs, so it was not imported. Ask the instructor for a new copy.")
                    .arg(sizeText(m_limits.maxTotalBytes)),
                {}};
        if (file.path == Exercise::FileName)
            description = bytes.value();
    }
    if (!m_files.contains(Exercise::FileName))
        return damaged(Exercise::FileName, QStringLiteral("missing"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(description, &parseError);
    if (!doc.isObject())
        return damaged(Exercise::FileName, parseError.errorString());
    auto exercise = Exercise::fromJson(doc.object());
    if (!exercise)
        return exercise.error();
    // The uuid names the folder the exercise is unpacked into, so it must be a plain uuid.
    const QString &uuid = exercise.value().uuid;
    const QUuid parsed = QUuid::fromString(uuid);
    if (parsed.isNull() || parsed.toString(QUuid::WithoutBraces) != uuid.toLower())
        return damaged(Exercise::FileName, QStringLiteral("uuid \"%1\" is not a uuid").arg(uuid));
    if (const auto missing = missingFile(exercise.value(), m_files))
        return damaged(missing->first, missing->second);
    return exercise;
}

Status Importer::install(const QDir &root, const QString &uuid, const Error &alreadyThere)
{
    // Unpacked beside the target and renamed at the end, so a half-unpacked exercise is never seen
    // and a failure leaves nothing: QTemporaryDir removes what was written.
    QTemporaryDir temp(root.filePath(QStringLiteral(".import-XXXXXX")));
    if (!temp.isValid())
        return cannotUnpack(root.path(), temp.errorString());
    if (auto extracted = extract(temp.path()); !extracted)
        return extracted;
    // Qt renames without replacing, so an exercise imported meanwhile is never overwritten.
    if (!QDir(root).rename(QFileInfo(temp.path()).fileName(), uuid))
        return QFileInfo::exists(root.filePath(uuid))
                   ? alreadyThere
                   : cannotUnpack(root.path(), QStringLiteral("rename failed"));
    temp.setAutoRemove(false);
    return {};
}

Status Importer::extract(const QString &folder)
{
    const QDir target(folder);
    for (const ListedFile &file : std::as_const(m_listed)) {
        // Read and checked again: the archive on disk may have changed since verifyFiles().
        const auto bytes = readListed(file);
        if (!bytes)
            return bytes.error();
        const QString root = QFileInfo(folder).path();
        if (!target.mkpath(QFileInfo(file.path).path()))
            return cannotUnpack(root, QStringLiteral("%1: cannot create its folder").arg(file.path));
        QFile out(target.filePath(file.path));
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            out.write(bytes.value()) != bytes.value().size() || !out.flush())
            return cannotUnpack(root, QStringLiteral("%1: %2").arg(file.path, out.errorString()));
    }
    return {};
}

} // namespace

Result<Exercise> ExercisePackage::importFrom(const QString &zipPath, const QString &exercisesRoot)
{
    return importFrom(zipPath, exercisesRoot, defaultLimits());
}

Result<Exercise> ExercisePackage::importFrom(const QString &zipPath, const QString &exercisesRoot,
                                             const Limits &limits, const Progress &progress)
{
    const auto refuse = [&zipPath](const Error &error) -> Result<Exercise> {
        qCWarning(lcExercisePackage) << "refused" << zipPath << ":" << error.fullText();
        return error;
    };
    Importer importer(zipPath, limits, progress);
    for (auto step : {&Importer::open, &Importer::checkEntries, &Importer::readChecksums}) {
        if (auto done = (importer.*step)(); !done)
            return refuse(done.error());
    }
    auto exercise = importer.verifyFiles();
    if (!exercise)
        return refuse(exercise.error());

    const QDir root(exercisesRoot);
    const QString uuid = exercise.value().uuid;
    const Error alreadyThere{
        tr("The exercise \"%1\" is already imported. To import it again, delete it from the "
           "list of exercises first.")
            .arg(exercise.value().title),
        root.filePath(uuid)};
    if (QFileInfo::exists(root.filePath(uuid)))
        return refuse(alreadyThere);

    // Folders made for this import are removed again if it fails.
    QString firstCreated;
    for (QString dir = QDir::cleanPath(root.absolutePath()); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).path())
        firstCreated = dir;
    if (!QDir().mkpath(exercisesRoot))
        return refuse(cannotUnpack(exercisesRoot, QStringLiteral("mkpath failed")));
    if (auto installed = importer.install(root, uuid, alreadyThere); !installed) {
        // Innermost first; rmdir fails on a folder that is not empty, which stops the walk.
        QString dir = QDir::cleanPath(root.absolutePath());
        while (!firstCreated.isEmpty() && QDir().rmdir(dir) && dir != firstCreated)
            dir = QFileInfo(dir).path();
        return refuse(installed.error());
    }
    qCInfo(lcExercisePackage) << "imported exercise" << uuid << "from" << zipPath;
    return exercise;
}

} // namespace xj
