// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileAuditPackages.h"

#include "ZipEntries.h"
#include "audit/AuditManifest.h"
#include "audit/AuditPackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <minizip/zip.h>
#include <zlib.h>

using namespace xj;

namespace {

/// One entry as written raw with minizip, so that the names and attributes a real tool would refuse
/// to make can be made.
struct RawEntry
{
    QString name;
    QByteArray data;
    bool symlink = false;
    bool encrypted = false;
};

bool writeRawZip(const QString &path, const QList<RawEntry> &entries)
{
    QFile::remove(path);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const RawEntry &e : entries) {
        zip_fileinfo info{};
        // Unix "made by" host with the file type in the high half of the external attributes.
        constexpr uLong VersionMadeByUnix = (3u << 8) | 20u;
        info.external_fa = uLong(e.symlink ? 0120777u : 0100644u) << 16;
        const QByteArray name = e.name.toUtf8();
        const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size()));
        int rc = zipOpenNewFileInZip4_64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                         Z_DEFLATED, Z_BEST_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                         Z_DEFAULT_STRATEGY, e.encrypted ? "secret" : nullptr,
                                         e.encrypted ? crc : 0, VersionMadeByUnix, 1u << 11, 0);
        if (rc == ZIP_OK && !e.data.isEmpty())
            rc = zipWriteInFileInZip(zip, e.data.constData(), unsigned(e.data.size()));
        if (rc == ZIP_OK)
            rc = zipCloseFileInZip(zip);
        ok = ok && rc == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QList<RawEntry> toEntries(const QMap<QString, QByteArray> &map)
{
    QList<RawEntry> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// `entries` with `json` as manifest.json and a signature made with `passphrase` (a sender who
/// holds the passphrase but made a bad package).
QMap<QString, QByteArray> withManifest(QMap<QString, QByteArray> entries, const QJsonObject &json,
                                       const QString &passphrase)
{
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    entries.insert(AuditPackageFiles::Manifest, bytes);
    entries.insert(AuditPackageFiles::Signature, AuditManifest::signature(bytes, passphrase).toLatin1());
    return entries;
}

/// `entries` with `path` replaced by `bytes`, the manifest's hash and size of it updated, re-signed:
/// only the data file's content is wrong.
QMap<QString, QByteArray> withDataFile(QMap<QString, QByteArray> entries, const QString &path,
                                       const QByteArray &bytes, const QString &passphrase)
{
    QJsonObject manifest = QJsonDocument::fromJson(entries.value(AuditPackageFiles::Manifest)).object();
    QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject f = files.at(i).toObject();
        if (f.value(QStringLiteral("path")).toString() == path) {
            f.insert(QStringLiteral("sha256"), sha256Hex(bytes));
            f.insert(QStringLiteral("size"), QString::number(bytes.size()));
            files.replace(i, f);
        }
    }
    manifest.insert(QStringLiteral("files"), files);
    entries.insert(path, bytes);
    return withManifest(entries, manifest, passphrase);
}

} // namespace

QList<HostileAuditPackage> makeHostileAuditPackages(const QString &validSignedPackage,
                                                    const QString &passphrase, const QString &folder)
{
    const QMap<QString, QByteArray> valid = readZipEntries(validSignedPackage);
    QFile validFile(validSignedPackage);
    if (valid.isEmpty() || !validFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray validBytes = validFile.readAll();
    QString evidencePath;
    for (auto it = valid.cbegin(); it != valid.cend(); ++it)
        if (it.key().startsWith(AuditPackageFiles::EvidenceFolder))
            evidencePath = it.key();
    const QJsonObject manifest = QJsonDocument::fromJson(valid.value(AuditPackageFiles::Manifest)).object();

    QList<HostileAuditPackage> cases;
    const auto path = [&folder](const QString &name) {
        return QDir(folder).filePath(QString(name + QStringLiteral(".xjaudit")));
    };
    const auto add = [&](const QString &name, const QList<RawEntry> &entries, const QString &expected,
                         const QString &pass, AuditPackageReader::Limits limits = {}) {
        if (writeRawZip(path(name), entries))
            cases.append({name, path(name), pass, limits, expected});
    };
    const auto plus = [&valid](const RawEntry &extra) {
        QList<RawEntry> entries = toEntries(valid);
        entries.append(extra);
        return entries;
    };
    const QString unsafe = QStringLiteral("unsafe file name");
    add(QStringLiteral("zip_slip"), plus({QStringLiteral("../evil"), "x"}), unsafe, passphrase);
    add(QStringLiteral("absolute_path"), plus({QStringLiteral("/etc/x"), "x"}), unsafe, passphrase);
    add(QStringLiteral("windows_drive"), plus({QStringLiteral("C:\\x"), "x"}), unsafe, passphrase);
    add(QStringLiteral("windows_parent"), plus({QStringLiteral("..\\x"), "x"}), unsafe, passphrase);
    add(QStringLiteral("symlink"), plus({QStringLiteral("link"), "/etc/passwd", true}),
        QStringLiteral("a link"), passphrase);
    add(QStringLiteral("encrypted"), plus({QStringLiteral("secret.txt"), "hidden", false, true}),
        QStringLiteral("encrypted entry"), passphrase);

    AuditPackageReader::Limits few;
    few.maxEntries = 3;
    add(QStringLiteral("too_many_entries"), toEntries(valid), QStringLiteral("too many files"), passphrase,
        few);
    AuditPackageReader::Limits small;
    small.maxEntryBytes = 64;
    add(QStringLiteral("oversized_entry"), toEntries(valid), QStringLiteral("is larger than"), passphrase,
        small);
    // 8 MiB of zeros deflate to a few KiB: the archive is small, what comes out is not.
    AuditPackageReader::Limits bombLimit;
    bombLimit.maxEntryBytes = 4 * 1024 * 1024;
    add(QStringLiteral("zip_bomb"),
        plus({QStringLiteral("evidence/bomb.bin"), QByteArray(8 * 1024 * 1024, '\0')}),
        QStringLiteral("is larger than"), passphrase, bombLimit);
    qint64 validTotal = 0;
    for (const QByteArray &bytes : valid)
        validTotal += bytes.size();
    AuditPackageReader::Limits total;
    total.maxTotalBytes = validTotal / 2;
    add(QStringLiteral("too_large_in_total"), toEntries(valid), QStringLiteral("in total"), passphrase,
        total);

    QJsonObject newer = manifest;
    newer.insert(QStringLiteral("format"), 99);
    add(QStringLiteral("newer_format"), toEntries(withManifest(valid, newer, passphrase)),
        QStringLiteral("newer Xunjian"), passphrase);
    QJsonObject strange = manifest;
    strange.insert(QStringLiteral("kind"), QStringLiteral("ransom"));
    add(QStringLiteral("unknown_kind"), toEntries(withManifest(valid, strange, passphrase)),
        QStringLiteral("neither an assignment nor a result"), passphrase);

    QMap<QString, QByteArray> tampered = valid;
    QByteArray picture = tampered.value(evidencePath);
    if (!picture.isEmpty())
        picture[picture.size() / 2] = char(picture.at(picture.size() / 2) ^ 0x5a);
    tampered.insert(evidencePath, picture);
    add(QStringLiteral("tampered_evidence"), toEntries(tampered),
        QStringLiteral("was changed after the package"), passphrase);
    QMap<QString, QByteArray> renamed = valid;
    QJsonObject otherRound = manifest;
    otherRound.insert(QStringLiteral("exporter"), QStringLiteral("Someone else"));
    renamed.insert(AuditPackageFiles::Manifest, QJsonDocument(otherRound).toJson(QJsonDocument::Compact));
    add(QStringLiteral("tampered_manifest"), toEntries(renamed),
        QStringLiteral("does not match its signature"), passphrase);
    add(QStringLiteral("wrong_passphrase"), toEntries(valid), QStringLiteral("does not match its signature"),
        QString(passphrase + QStringLiteral("-wrong")));
    add(QStringLiteral("missing_passphrase"), toEntries(valid), QStringLiteral("is signed"), QString());
    QMap<QString, QByteArray> unsigned_ = valid;
    unsigned_.remove(AuditPackageFiles::Signature);
    add(QStringLiteral("passphrase_for_unsigned"), toEntries(unsigned_), QStringLiteral("is not signed"),
        passphrase);

    add(QStringLiteral("unlisted_file"), plus({QStringLiteral("notes.txt"), "hello"}),
        QStringLiteral("not named in its manifest"), passphrase);
    QMap<QString, QByteArray> missing = valid;
    missing.remove(AuditPackageFiles::Verdicts);
    add(QStringLiteral("listed_file_missing"), toEntries(missing), QStringLiteral("is missing the file"),
        passphrase);
    add(QStringLiteral("duplicate_name"),
        plus({AuditPackageFiles::Round, valid.value(AuditPackageFiles::Round)}), QStringLiteral("twice"),
        passphrase);
    add(QStringLiteral("duplicate_name_by_case"),
        plus({QStringLiteral("ROUND.json"), valid.value(AuditPackageFiles::Round)}), QStringLiteral("twice"),
        passphrase);

    QJsonObject round = QJsonDocument::fromJson(valid.value(AuditPackageFiles::Round)).object();
    round.insert(QStringLiteral("kind"), QStringLiteral("raid"));
    add(QStringLiteral("bad_round_json"),
        toEntries(withDataFile(valid, AuditPackageFiles::Round,
                               QJsonDocument(round).toJson(QJsonDocument::Compact), passphrase)),
        QStringLiteral("round.json is damaged"), passphrase);
    QJsonArray findings = QJsonDocument::fromJson(valid.value(AuditPackageFiles::Findings)).array();
    if (!findings.isEmpty()) {
        QJsonObject first = findings.first().toObject();
        first.insert(QStringLiteral("siteId"), QStringLiteral("987654321"));
        findings.replace(0, first);
    }
    add(QStringLiteral("finding_outside_round"),
        toEntries(withDataFile(valid, AuditPackageFiles::Findings,
                               QJsonDocument(findings).toJson(QJsonDocument::Compact), passphrase)),
        QStringLiteral("not part of its round"), passphrase);

    const auto addFile = [&](const QString &name, const QByteArray &bytes, const QString &expected) {
        if (writeBytes(path(name), bytes))
            cases.append({name, path(name), passphrase, {}, expected});
    };
    addFile(QStringLiteral("not_a_zip"), "This is a letter, not a package.\n",
            QStringLiteral("not a readable zip archive"));
    addFile(QStringLiteral("empty_file"), {}, QStringLiteral("is empty"));
    addFile(QStringLiteral("truncated"), validBytes.left(validBytes.size() / 2),
            QStringLiteral("not a readable zip archive"));
    return cases;
}
