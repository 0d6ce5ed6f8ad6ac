// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceStore.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace xj {

namespace {

const QString StoreFolder = QStringLiteral("evidence");

} // namespace

EvidenceStore::EvidenceStore(const QString &dataDirectory)
    : m_dataDirectory(dataDirectory)
{}

bool EvidenceStore::isValidSuffix(const QString &suffix)
{
    // Lower-case letters and digits only, so a suffix can never smuggle in "/", ".." or a
    // second extension; the store's file names stay predictable for the integrity check.
    static const QRegularExpression pattern(QStringLiteral("\\A[a-z0-9]{1,8}\\z"));
    return pattern.match(suffix).hasMatch();
}

bool EvidenceStore::isValidSha256(const QString &sha256)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[0-9a-f]{64}\\z"));
    return pattern.match(sha256).hasMatch();
}

QString EvidenceStore::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<EvidenceStore::FileDigest> EvidenceStore::digestOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the evidence file %1. Check that the data folder is readable.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("Cannot read the evidence file %1 to the end. Check the disk for errors.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return FileDigest{QString::fromLatin1(hash.result().toHex()), file.size()};
}

QString EvidenceStore::rootPath() const
{
    return QDir(m_dataDirectory).filePath(StoreFolder);
}

QString EvidenceStore::relativePathFor(const QString &sha256, const QString &suffix) const
{
    return StoreFolder % QLatin1Char('/') % sha256.left(2) % QLatin1Char('/') % sha256 % QLatin1Char('.') %
           suffix;
}

QString EvidenceStore::absolutePathFor(const QString &sha256, const QString &suffix) const
{
    return QDir(m_dataDirectory).filePath(relativePathFor(sha256, suffix));
}

Status EvidenceStore::checkName(const QString &sha256, const QString &suffix)
{
    if (!isValidSuffix(suffix))
        return Error{tr("\"%1\" cannot be used as the file type of evidence: use 1 to 8 lower-case "
                        "letters or digits, such as png or mhtml.")
                         .arg(suffix),
                     {}};
    if (!isValidSha256(sha256))
        return Error{tr("\"%1\" is not the SHA-256 of an evidence file; the evidence record may be "
                        "damaged. Run the integrity check.")
                         .arg(sha256),
                     {}};
    return Status::success();
}

Result<StoredFile> EvidenceStore::put(const QByteArray &bytes, const QString &suffix) const
{
    StoredFile stored;
    stored.sha256 = sha256Of(bytes);
    stored.size = bytes.size();
    stored.suffix = suffix;
    if (Status s = checkName(stored.sha256, suffix); !s)
        return s.error();
    stored.relativePath = relativePathFor(stored.sha256, suffix);
    const QString path = absolutePathFor(stored.sha256, suffix);

    const bool existed = QFile::exists(path);
    if (existed) {
        // Same name means same bytes, unless someone changed the file since: then the fresh,
        // correct bytes replace it rather than a new row pointing at a damaged copy.
        auto existing = digestOfFile(path);
        if (existing && existing.value().sha256 == stored.sha256)
            return stored;
        qCWarning(lcStorage) << "replacing damaged evidence file" << path;
    }

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the evidence folder %1. Check that the data folder is writable "
                        "and the disk is not full.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the evidence file %1. Check that the data folder is writable.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot save the evidence file %1. Check that the disk is not full.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    stored.created = !existed;
    return stored;
}

Result<QByteArray> EvidenceStore::read(const QString &sha256, const QString &suffix) const
{
    if (Status s = checkName(sha256, suffix); !s)
        return s.error();
    const QString path = absolutePathFor(sha256, suffix);
    QFile file(path);
    if (!file.exists())
        return Error{tr("The evidence file %1 is missing from the data folder. Restore the data folder "
                        "from a backup, or run the integrity check to see what else is affected.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the evidence file %1. Check that the data folder is readable.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    QByteArray bytes = file.readAll();
    if (sha256Of(bytes) != sha256)
        return Error{tr("The evidence file %1 has been changed since it was recorded, so it can no "
                        "longer serve as evidence. Restore it from a backup.")
                         .arg(QDir::toNativeSeparators(path)),
                     tr("SHA-256 now %1").arg(sha256Of(bytes))};
    return bytes;
}

Status EvidenceStore::discardNew(const StoredFile &file) const
{
    if (!file.created)
        return Status::success();
    if (!QFile::remove(absolutePathFor(file.sha256, file.suffix)))
        return Error{tr("Cannot remove the unused evidence file %1.").arg(file.relativePath), {}};
    return Status::success();
}

} // namespace xj
