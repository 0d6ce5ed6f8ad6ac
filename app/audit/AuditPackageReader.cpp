// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditPackageReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

#include <functional>

namespace xj {

static_assert(AuditPackageLimits{}.maxEntries == AuditPackageReader::MaxEntries &&
                  AuditPackageLimits{}.maxEntryBytes == AuditPackageReader::MaxEntryBytes &&
                  AuditPackageLimits{}.maxTotalBytes == AuditPackageReader::MaxTotalBytes,
              "the default limits are the documented ones");

namespace {

Q_LOGGING_CATEGORY(lcAuditReader, "xunjian.audit.reader", QtWarningMsg)

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// SHA-256 of a file read in pieces (packages with evidence can be large).
Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            AuditPackageReader::tr("The audit package cannot be read. Check that the file is there and "
                                   "that you may read it."),
            file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{
            AuditPackageReader::tr("The audit package cannot be read. Check that the file is there and "
                                   "that you may read it."),
            file.errorString()};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

namespace {

/// The message of a refused package: what is wrong, then what to do.
Error refused(const QString &what, const QString &detail = {})
{
    return Error{QString(what + u' ' + AuditPackageReader::tr("Ask the sender for a new package.")), detail};
}

/// Checks every entry of the central directory before anything is read: names, links, encryption,
/// duplicates (also those differing only in case, which collide on Windows and macOS) and the sizes
/// the archive claims. Returns the names of the file entries.
Result<QSet<QString>> checkEntries(const QList<ZipReader::Entry> &entries, const AuditPackageLimits &limits)
{
    QSet<QString> names;
    QSet<QString> folded;
    for (const ZipReader::Entry &e : entries) {
        if (!ZipReader::safeEntryName(e.name))
            return refused(
                AuditPackageReader::tr("The audit package contains an unsafe file name (“%1”) that "
                                       "could write outside its folder, so it was not opened.")
                    .arg(e.name));
        if (e.isSymlink)
            return refused(AuditPackageReader::tr("The audit package contains a link (“%1”) instead of a "
                                                  "file, so it was not opened.")
                               .arg(e.name));
        if (e.isEncrypted)
            return refused(
                AuditPackageReader::tr("The audit package contains an encrypted entry (“%1”) Xunjian cannot "
                                       "check.")
                    .arg(e.name));
        if (e.isDirectory)
            continue; // zip tools add folder entries; they hold nothing
        const QString key = e.name.toCaseFolded();
        if (folded.contains(key))
            return refused(
                AuditPackageReader::tr("The audit package contains the file “%1” twice.").arg(e.name));
        folded.insert(key);
        names.insert(e.name);
        if (e.uncompressedSize > quint64(limits.maxEntryBytes))
            return refused(
                AuditPackageReader::tr("The file “%1” in the audit package is larger than %2, more "
                                       "than a package may hold.")
                    .arg(e.name, sizeText(limits.maxEntryBytes)),
                QString::number(e.uncompressedSize));
    }
    return names;
}

} // namespace

namespace {

using ReadEntry = std::function<Result<QByteArray>(const QString &name, qint64 maxBytes)>;

/// A signed package needs the passphrase that signed it; an unsigned one must not be given one (the
/// receiver expected a signed package, and accepting it unsigned would let anyone send one).
Status checkSignature(const QSet<QString> &names, const QByteArray &manifestBytes, const QString &passphrase,
                      const ReadEntry &readEntry)
{
    const bool isSigned = names.contains(AuditPackageFiles::Signature);
    if (!isSigned && !passphrase.isEmpty())
        return Error{
            AuditPackageReader::tr("The audit package is not signed, but you entered a passphrase. Ask "
                                   "the sender to sign it with the agreed passphrase, or open it "
                                   "without one if you trust where it came from."),
            {}};
    if (!isSigned)
        return {};
    if (passphrase.isEmpty())
        return Error{
            AuditPackageReader::tr("The audit package is signed. Enter the passphrase agreed with its "
                                   "sender to open it."),
            {}};
    constexpr qint64 MaxSignatureBytes = 1024;
    auto signature = readEntry(AuditPackageFiles::Signature, MaxSignatureBytes);
    if (!signature)
        return signature.error();
    if (!AuditManifest::verify(manifestBytes, passphrase, QString::fromLatin1(signature.value())))
        return Error{
            AuditPackageReader::tr("The audit package does not match its signature: the passphrase is "
                                   "wrong, or the package was changed after it was signed. Check the "
                                   "passphrase, or ask the sender for a new package."),
            {}};
    return {};
}

/// The entries must be exactly the manifest's files plus manifest.json and manifest.sig.
Status checkListing(const QSet<QString> &names, const AuditManifest &manifest)
{
    QSet<QString> listed;
    for (const AuditManifest::File &f : manifest.files) {
        if (listed.contains(f.path) || f.path == AuditPackageFiles::Manifest ||
            f.path == AuditPackageFiles::Signature)
            return refused(AuditPackageReader::tr("The audit package's manifest lists the file “%1” twice.")
                               .arg(f.path));
        listed.insert(f.path);
    }
    for (const QString &name : names)
        if (!listed.contains(name) && name != AuditPackageFiles::Manifest &&
            name != AuditPackageFiles::Signature)
            return refused(
                AuditPackageReader::tr("The audit package contains a file (“%1”) that is not named "
                                       "in its manifest.")
                    .arg(name));
    for (const AuditManifest::File &f : manifest.files)
        if (!names.contains(f.path))
            return refused(AuditPackageReader::tr("The audit package is missing the file “%1” that its "
                                                  "manifest lists.")
                               .arg(f.path));
    return {};
}

/// Reads every listed file and checks its size and hash; returns the data files (the evidence
/// bytes are dropped once checked: evidenceBytes() reads them again when they are needed).
Result<QHash<QString, QByteArray>> readListed(const AuditManifest &manifest, qint64 maxEntryBytes,
                                              const ReadEntry &readEntry,
                                              const AuditPackageReader::Progress &progress)
{
    qint64 total = 0;
    for (const AuditManifest::File &f : manifest.files)
        total += f.size;
    qint64 done = 0;
    QHash<QString, QByteArray> data;
    for (const AuditManifest::File &f : manifest.files) {
        auto bytes = readEntry(f.path, maxEntryBytes);
        if (!bytes)
            return bytes.error();
        if (bytes.value().size() != f.size)
            return refused(
                AuditPackageReader::tr("The file “%1” in the audit package has a different size than "
                                       "its manifest says: it was changed or damaged.")
                    .arg(f.path),
                QStringLiteral("%1 / %2").arg(bytes.value().size()).arg(f.size));
        if (sha256Hex(bytes.value()) != f.sha256)
            return refused(
                AuditPackageReader::tr("The file “%1” in the audit package was changed after the "
                                       "package was made (its SHA-256 does not match the manifest).")
                    .arg(f.path));
        if (!f.path.startsWith(AuditPackageFiles::EvidenceFolder))
            data.insert(f.path, bytes.value());
        done += f.size;
        if (progress)
            progress(done, total);
    }
    return data;
}

Status parseData(const QHash<QString, QByteArray> &data, AuditPackage &package)
{
    if (data.contains(AuditPackageFiles::Round)) {
        auto round = AuditPackage::parseRound(data.value(AuditPackageFiles::Round));
        if (!round)
            return round.error();
        package.round = round.value();
    }
    if (data.contains(AuditPackageFiles::Findings)) {
        auto findings = AuditPackage::parseFindings(data.value(AuditPackageFiles::Findings));
        if (!findings)
            return findings.error();
        package.findings = findings.value();
    }
    if (data.contains(AuditPackageFiles::Verdicts)) {
        auto verdicts = AuditPackage::parseVerdicts(data.value(AuditPackageFiles::Verdicts));
        if (!verdicts)
            return verdicts.error();
        package.verdicts = verdicts.value();
    }
    return package.checkConsistency();
}

} // namespace

Status AuditPackageReader::open(const QString &path, const QString &passphrase, const Limits &limits,
                                const Progress &progress)
{
    m_zip.close();
    m_package = {};
    m_packageSha256.clear();
    m_limits = limits;
    const Status opened = [&]() -> Status {
        const QFileInfo info(path);
        if (!info.isFile())
            return Error{tr("The audit package %1 cannot be found. Check the file name and folder.")
                             .arg(info.fileName()),
                         path};
        if (info.size() == 0)
            return refused(tr("The file %1 is empty: it is not an audit package.").arg(info.fileName()));
        if (Status s = m_zip.open(path); !s)
            return refused(
                tr("The file %1 is not an audit package or it is damaged: it is not a readable zip "
                   "archive.")
                    .arg(info.fileName()),
                s.error().fullText());
        auto entries = m_zip.entries(limits.maxEntries);
        if (!entries)
            return m_zip.lastFailure() == ZipReader::Failure::TooMany
                       ? refused(tr("The audit package holds too many files (more than %1), so it was not "
                                    "opened.")
                                     .arg(limits.maxEntries))
                       : refused(tr("The audit package is damaged: its list of files cannot be read."),
                                 entries.error().fullText());
        auto names = checkEntries(entries.value(), limits);
        if (!names)
            return names.error();
        if (!names.value().contains(AuditPackageFiles::Manifest))
            return refused(tr("The file %1 has no manifest.json: it is not a Xunjian audit package.")
                               .arg(info.fileName()));

        qint64 total = 0;
        const auto readEntry = [&](const QString &name, qint64 maxBytes) -> Result<QByteArray> {
            auto bytes = m_zip.read(name, maxBytes);
            if (!bytes)
                return m_zip.lastFailure() == ZipReader::Failure::TooLarge
                           ? refused(tr("The file “%1” in the audit package is larger than %2, more than a "
                                        "package may hold.")
                                         .arg(name, sizeText(maxBytes)))
                           : refused(tr("The file “%1” in the audit package is damaged.").arg(name),
                                     bytes.error().fullText());
            total += bytes.value().size();
            if (total > limits.maxTotalBytes)
                return refused(tr("The files of the audit package are larger than %1 in total, more than a "
                                  "package may hold.")
                                   .arg(sizeText(limits.maxTotalBytes)));
            return bytes;
        };

        auto manifestBytes = readEntry(AuditPackageFiles::Manifest, limits.maxEntryBytes);
        if (!manifestBytes)
            return manifestBytes.error();
        auto manifest = AuditManifest::parse(manifestBytes.value());
        if (!manifest)
            return manifest.error();
        m_package.manifest = manifest.value();
        if (Status s = checkSignature(names.value(), manifestBytes.value(), passphrase, readEntry); !s)
            return s;
        if (Status s = checkListing(names.value(), m_package.manifest); !s)
            return s;
        auto data = readListed(m_package.manifest, limits.maxEntryBytes, readEntry, progress);
        if (!data)
            return data.error();
        if (Status s = parseData(data.value(), m_package); !s)
            return s;
        m_package.signatureChecked = names.value().contains(AuditPackageFiles::Signature);
        auto sha = fileSha256(path);
        if (!sha)
            return sha.error();
        m_packageSha256 = sha.value();
        return {};
    }();
    if (!opened) {
        qCInfo(lcAuditReader) << "audit package refused:" << path << opened.error().fullText();
        m_zip.close();
        m_package = {};
        m_packageSha256.clear();
    }
    return opened;
}

Result<QByteArray> AuditPackageReader::evidenceBytes(const AuditEvidence &evidence)
{
    const QString path =
        QString(AuditPackageFiles::EvidenceFolder + evidence.sha256 + u'.' + evidence.suffix);
    bool listed = false;
    for (const AuditManifest::File &f : m_package.manifest.files)
        listed = listed || (f.path == path && f.sha256 == evidence.sha256);
    if (!listed)
        return refused(tr("The audit package has no evidence file %1.").arg(path));
    auto bytes = m_zip.read(path, m_limits.maxEntryBytes);
    if (!bytes)
        return refused(tr("The evidence file %1 in the audit package cannot be read again.").arg(path),
                       bytes.error().fullText());
    // Read again after open() checked it: the file on disk may have been replaced since.
    if (sha256Hex(bytes.value()) != evidence.sha256)
        return refused(
            tr("The evidence file %1 in the audit package was changed after it was checked.").arg(path));
    return bytes;
}

} // namespace xj
