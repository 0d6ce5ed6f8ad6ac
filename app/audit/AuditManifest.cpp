// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditManifest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace xj {

QJsonObject AuditManifest::toJson() const
{
    QJsonArray siteList;
    for (const Site &s : sites)
        siteList.append(QJsonObject{{QStringLiteral("id"), QString::number(s.id)},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("url"), s.url}});
    QJsonArray fileList;
    for (const File &f : files)
        fileList.append(QJsonObject{{QStringLiteral("path"), f.path},
                                    {QStringLiteral("sha256"), f.sha256},
                                    {QStringLiteral("size"), QString::number(f.size)}});
    return {{QStringLiteral("format"), FormatVersion},
            {QStringLiteral("kind"), AuditPackageKinds.code(kind)},
            {QStringLiteral("exporter"), exporter},
            {QStringLiteral("round"), QJsonObject{{QStringLiteral("id"), QString::number(roundId)},
                                                  {QStringLiteral("name"), roundName}}},
            {QStringLiteral("checklist"), checklistKey},
            {QStringLiteral("sites"), siteList},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("files"), fileList}};
}

QByteArray AuditManifest::bytes() const
{
    // QJsonObject keeps its keys sorted, so equal manifests give equal bytes.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<AuditManifest> AuditManifest::fromJson(const QJsonObject &json)
{
    const int format = json.value(QStringLiteral("format")).toInt(0);
    if (format < 1)
        return Error{tr("This is not a Xunjian audit package: its manifest has no format version."), {}};
    if (format > FormatVersion)
        return Error{
            tr("The audit package was made by a newer Xunjian (format %1). Update Xunjian to open it.")
                .arg(format),
            {}};
    AuditManifest m;
    const auto kind = AuditPackageKinds.fromCode(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error{
            tr("The audit package is neither an assignment nor a result. Ask its sender for a new copy."),
            json.value(QStringLiteral("kind")).toString()};
    m.kind = *kind;
    m.exporter = json.value(QStringLiteral("exporter")).toString();
    const QJsonObject round = json.value(QStringLiteral("round")).toObject();
    m.roundId = round.value(QStringLiteral("id")).toString().toLongLong();
    m.roundName = round.value(QStringLiteral("name")).toString();
    m.checklistKey = json.value(QStringLiteral("checklist")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject s = v.toObject();
        m.sites.append({s.value(QStringLiteral("id")).toString().toLongLong(),
                        s.value(QStringLiteral("name")).toString(),
                        s.value(QStringLiteral("url")).toString()});
    }
    m.createdAt =
        QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &v : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        File file{f.value(QStringLiteral("path")).toString(), f.value(QStringLiteral("sha256")).toString(),
                  f.value(QStringLiteral("size")).toString().toLongLong()};
        if (file.path.isEmpty() || !hex.match(file.sha256).hasMatch() || file.size < 0)
            return Error{tr("The audit package's list of files is damaged. Ask its sender for a new copy."),
                         file.path};
        m.files.append(file);
    }
    return m;
}

Result<AuditManifest> AuditManifest::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return Error{tr("The audit package's manifest cannot be read. Ask its sender for a new copy."),
                     error.errorString()};
    return fromJson(doc.object());
}

QString AuditManifest::signature(const QByteArray &manifestBytes, const QString &passphrase)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(manifestBytes, passphrase.toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

bool AuditManifest::verify(const QByteArray &manifestBytes, const QString &passphrase,
                           const QString &signatureHex)
{
    const QByteArray expected = signature(manifestBytes, passphrase).toLatin1();
    const QByteArray given = signatureHex.trimmed().toLower().toLatin1();
    if (expected.size() != given.size())
        return false;
    // Every byte is compared, so the time taken does not tell how much of a forged signature was right.
    char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= char(expected.at(i) ^ given.at(i));
    return difference == 0;
}

} // namespace xj
