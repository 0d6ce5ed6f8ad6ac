// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditPackage.h"

#include "evidence/EvidenceStore.h"
#include "model/Evidence.h"
#include "model/Finding.h"
#include "model/Round.h"
#include "model/Site.h"
#include "model/Verdict.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

// Layout of the data files (compact JSON, keys sorted):
//   round.json     {"id","name","kind","period","periodStart","periodEnd","inspectionDate","team",
//                   "websiteChecklist","newMediaChecklist","itemCodes":[…],"sites":[{"id","kind",…}]}
//   findings.json  [{"id","siteId","itemCode",…,"elementBox":{"x","y","w","h"},"evidence":[{…}]}]
//   verdicts.json  [{"siteId","itemCode","value","points","note","inspector"}]
// Ids are decimal strings (as in the manifest: JSON numbers lose precision past 2^53), dates are
// "yyyy-MM-dd" and times ISO 8601 UTC with milliseconds; an empty string stands for "none". The
// element box is an object of four numbers in CSS pixels (all zero for no box), so no text format
// has to be parsed. Every field is always written and every field is required when reading.

namespace xj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditPackage)
};

/// Reads typed fields of one JSON object and remembers the first one that is missing or of the
/// wrong type, so a parse function reads every field and checks once.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString *firstProblem)
        : m_object(object)
        , m_problem(firstProblem)
    {}

    QString text(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            fail(key);
        return v.toString();
    }
    qint64 id(const QString &key) const
    {
        bool ok = false;
        const qint64 value = text(key).toLongLong(&ok);
        if (!ok || value <= 0)
            fail(key);
        return value;
    }
    double number(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble())
            fail(key);
        return v.toDouble();
    }
    int integer(const QString &key) const
    {
        const double value = number(key);
        if (value != double(int(value)))
            fail(key);
        return int(value);
    }
    QDate date(const QString &key) const
    {
        const QString s = text(key);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && !d.isValid())
            fail(key);
        return d;
    }
    QDateTime time(const QString &key) const
    {
        const QString s = text(key);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!s.isEmpty() && !t.isValid())
            fail(key);
        return t;
    }
    QJsonArray array(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }
    QJsonObject object(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(key);
        return v.toObject();
    }
    /// A code of `table`; anything the table does not know counts as a bad field.
    template<typename Table>
    QString code(const QString &key, const Table &table) const
    {
        const QString c = text(key);
        if (!table.fromCode(c))
            fail(key);
        return c;
    }
    void fail(const QString &key) const
    {
        if (m_problem->isEmpty())
            *m_problem = key;
    }

private:
    QJsonObject m_object;
    QString *m_problem;
};

QString idText(qint64 id)
{
    return QString::number(id);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

Error damagedFile(const QString &file, const QString &field)
{
    return Error{Tr::tr("The audit package's %1 is damaged: the field “%2” is missing or has a value "
                        "Xunjian does not know. Ask the sender for a new package.")
                     .arg(file, field),
                 {}};
}

Result<QJsonDocument> parseDocument(const QByteArray &bytes, const QString &file)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull())
        return Error{
            Tr::tr("The audit package's %1 cannot be read as JSON. Ask the sender for a new package.")
                .arg(file),
            error.errorString()};
    return doc;
}

QJsonObject siteJson(const AuditSite &s)
{
    return {{QStringLiteral("id"), idText(s.originId)}, {QStringLiteral("kind"), s.kind},
            {QStringLiteral("name"), s.name},           {QStringLiteral("url"), s.url},
            {QStringLiteral("platform"), s.platform},   {QStringLiteral("accountId"), s.accountId},
            {QStringLiteral("siteCode"), s.siteCode},   {QStringLiteral("unitName"), s.unitName}};
}

AuditSite siteFrom(const FieldReader &f)
{
    AuditSite s;
    s.originId = f.id(QStringLiteral("id"));
    s.kind = f.code(QStringLiteral("kind"), SiteKinds);
    s.name = f.text(QStringLiteral("name"));
    s.url = f.text(QStringLiteral("url"));
    s.platform = f.text(QStringLiteral("platform"));
    s.accountId = f.text(QStringLiteral("accountId"));
    s.siteCode = f.text(QStringLiteral("siteCode"));
    s.unitName = f.text(QStringLiteral("unitName"));
    return s;
}

QJsonObject evidenceJson(const AuditEvidence &e)
{
    return {{QStringLiteral("kind"), e.kind},
            {QStringLiteral("captureMode"), e.captureMode},
            {QStringLiteral("sha256"), e.sha256},
            {QStringLiteral("size"), idText(e.size)},
            {QStringLiteral("mediaType"), e.mediaType},
            {QStringLiteral("suffix"), e.suffix},
            {QStringLiteral("width"), e.width},
            {QStringLiteral("height"), e.height},
            {QStringLiteral("devicePixelRatio"), e.devicePixelRatio},
            {QStringLiteral("pageUrl"), e.pageUrl},
            {QStringLiteral("finalUrl"), e.finalUrl},
            {QStringLiteral("httpStatus"), e.httpStatus},
            {QStringLiteral("capturedAt"), timeText(e.capturedAt)},
            {QStringLiteral("caption"), e.caption},
            {QStringLiteral("originalSha256"), e.originalSha256}};
}

AuditEvidence evidenceFrom(const FieldReader &f)
{
    AuditEvidence e;
    e.kind = f.code(QStringLiteral("kind"), EvidenceKinds);
    e.captureMode = f.code(QStringLiteral("captureMode"), CaptureModes);
    e.sha256 = f.text(QStringLiteral("sha256"));
    if (!EvidenceStore::isValidSha256(e.sha256))
        f.fail(QStringLiteral("sha256"));
    bool sizeOk = false;
    e.size = f.text(QStringLiteral("size")).toLongLong(&sizeOk);
    if (!sizeOk || e.size < 0)
        f.fail(QStringLiteral("size"));
    e.mediaType = f.text(QStringLiteral("mediaType"));
    e.suffix = f.text(QStringLiteral("suffix"));
    if (!EvidenceStore::isValidSuffix(e.suffix))
        f.fail(QStringLiteral("suffix"));
    e.width = f.integer(QStringLiteral("width"));
    e.height = f.integer(QStringLiteral("height"));
    e.devicePixelRatio = f.number(QStringLiteral("devicePixelRatio"));
    e.pageUrl = f.text(QStringLiteral("pageUrl"));
    e.finalUrl = f.text(QStringLiteral("finalUrl"));
    e.httpStatus = f.integer(QStringLiteral("httpStatus"));
    e.capturedAt = f.time(QStringLiteral("capturedAt"));
    e.caption = f.text(QStringLiteral("caption"));
    e.originalSha256 = f.text(QStringLiteral("originalSha256"));
    if (!e.originalSha256.isEmpty() && !EvidenceStore::isValidSha256(e.originalSha256))
        f.fail(QStringLiteral("originalSha256"));
    return e;
}

QJsonObject findingJson(const AuditFinding &f)
{
    QJsonArray evidence;
    for (const AuditEvidence &e : f.evidence)
        evidence.append(evidenceJson(e));
    const QJsonObject box{{QStringLiteral("x"), f.elementBox.x()},
                          {QStringLiteral("y"), f.elementBox.y()},
                          {QStringLiteral("w"), f.elementBox.width()},
                          {QStringLiteral("h"), f.elementBox.height()}};
    return {{QStringLiteral("id"), idText(f.originId)},
            {QStringLiteral("siteId"), idText(f.siteOriginId)},
            {QStringLiteral("itemCode"), f.itemCode},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("pageTitle"), f.pageTitle},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("severity"), f.severity},
            {QStringLiteral("state"), f.state},
            {QStringLiteral("inspector"), f.inspector},
            {QStringLiteral("foundAt"), timeText(f.foundAt)},
            {QStringLiteral("elementSelector"), f.elementSelector},
            {QStringLiteral("elementText"), f.elementText},
            {QStringLiteral("elementBox"), box},
            {QStringLiteral("checkId"), f.checkId},
            {QStringLiteral("evidence"), evidence}};
}

AuditFinding findingFrom(const FieldReader &f, QString *problem)
{
    AuditFinding out;
    out.originId = f.id(QStringLiteral("id"));
    out.siteOriginId = f.id(QStringLiteral("siteId"));
    out.itemCode = f.text(QStringLiteral("itemCode"));
    out.url = f.text(QStringLiteral("url"));
    out.pageTitle = f.text(QStringLiteral("pageTitle"));
    out.description = f.text(QStringLiteral("description"));
    if (out.description.trimmed().isEmpty())
        f.fail(QStringLiteral("description"));
    out.severity = f.code(QStringLiteral("severity"), FindingSeverities);
    out.state = f.code(QStringLiteral("state"), FindingStates);
    out.inspector = f.text(QStringLiteral("inspector"));
    out.foundAt = f.time(QStringLiteral("foundAt"));
    out.elementSelector = f.text(QStringLiteral("elementSelector"));
    out.elementText = f.text(QStringLiteral("elementText"));
    const FieldReader box(f.object(QStringLiteral("elementBox")), problem);
    out.elementBox = QRectF(box.number(QStringLiteral("x")), box.number(QStringLiteral("y")),
                            box.number(QStringLiteral("w")), box.number(QStringLiteral("h")));
    out.checkId = f.text(QStringLiteral("checkId"));
    for (const QJsonValue &v : f.array(QStringLiteral("evidence"))) {
        if (!v.isObject())
            f.fail(QStringLiteral("evidence"));
        out.evidence.append(evidenceFrom(FieldReader(v.toObject(), problem)));
    }
    return out;
}

QJsonObject verdictJson(const AuditVerdict &v)
{
    return {{QStringLiteral("siteId"), idText(v.siteOriginId)},
            {QStringLiteral("itemCode"), v.itemCode},
            {QStringLiteral("value"), v.value},
            {QStringLiteral("points"), v.points},
            {QStringLiteral("note"), v.note},
            {QStringLiteral("inspector"), v.inspector}};
}

AuditVerdict verdictFrom(const FieldReader &f)
{
    AuditVerdict v;
    v.siteOriginId = f.id(QStringLiteral("siteId"));
    v.itemCode = f.text(QStringLiteral("itemCode"));
    if (v.itemCode.trimmed().isEmpty())
        f.fail(QStringLiteral("itemCode"));
    v.value = f.code(QStringLiteral("value"), VerdictValues);
    v.points = f.number(QStringLiteral("points"));
    if (v.points < 0)
        f.fail(QStringLiteral("points"));
    v.note = f.text(QStringLiteral("note"));
    v.inspector = f.text(QStringLiteral("inspector"));
    return v;
}

} // namespace

QByteArray AuditPackage::roundBytes() const
{
    QJsonArray sites;
    for (const AuditSite &s : round.sites)
        sites.append(siteJson(s));
    return compact(QJsonObject{{QStringLiteral("id"), idText(round.originId)},
                               {QStringLiteral("name"), round.name},
                               {QStringLiteral("kind"), round.kind},
                               {QStringLiteral("period"), round.period},
                               {QStringLiteral("periodStart"), dateText(round.periodStart)},
                               {QStringLiteral("periodEnd"), dateText(round.periodEnd)},
                               {QStringLiteral("inspectionDate"), dateText(round.inspectionDate)},
                               {QStringLiteral("team"), round.team},
                               {QStringLiteral("websiteChecklist"), round.websiteChecklist},
                               {QStringLiteral("newMediaChecklist"), round.newMediaChecklist},
                               {QStringLiteral("itemCodes"), QJsonArray::fromStringList(round.itemCodes)},
                               {QStringLiteral("sites"), sites}});
}

QByteArray AuditPackage::findingsBytes() const
{
    QJsonArray list;
    for (const AuditFinding &f : findings)
        list.append(findingJson(f));
    return compact(list);
}

QByteArray AuditPackage::verdictsBytes() const
{
    QJsonArray list;
    for (const AuditVerdict &v : verdicts)
        list.append(verdictJson(v));
    return compact(list);
}

Result<AuditRound> AuditPackage::parseRound(const QByteArray &bytes)
{
    const QString file = AuditPackageFiles::Round;
    const auto doc = parseDocument(bytes, file);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject())
        return damagedFile(file, QStringLiteral("round"));
    QString problem;
    const FieldReader f(doc.value().object(), &problem);
    AuditRound r;
    r.originId = f.id(QStringLiteral("id"));
    r.name = f.text(QStringLiteral("name"));
    if (r.name.trimmed().isEmpty())
        f.fail(QStringLiteral("name"));
    r.kind = f.code(QStringLiteral("kind"), RoundKinds);
    r.period = f.text(QStringLiteral("period"));
    r.periodStart = f.date(QStringLiteral("periodStart"));
    r.periodEnd = f.date(QStringLiteral("periodEnd"));
    r.inspectionDate = f.date(QStringLiteral("inspectionDate"));
    if (!r.inspectionDate.isValid())
        f.fail(QStringLiteral("inspectionDate"));
    r.team = f.text(QStringLiteral("team"));
    r.websiteChecklist = f.text(QStringLiteral("websiteChecklist"));
    r.newMediaChecklist = f.text(QStringLiteral("newMediaChecklist"));
    for (const QJsonValue &v : f.array(QStringLiteral("itemCodes"))) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            f.fail(QStringLiteral("itemCodes"));
        r.itemCodes.append(v.toString());
    }
    for (const QJsonValue &v : f.array(QStringLiteral("sites"))) {
        if (!v.isObject())
            f.fail(QStringLiteral("sites"));
        r.sites.append(siteFrom(FieldReader(v.toObject(), &problem)));
    }
    if (!problem.isEmpty())
        return damagedFile(file, problem);
    return r;
}

Result<QList<AuditFinding>> AuditPackage::parseFindings(const QByteArray &bytes)
{
    const QString file = AuditPackageFiles::Findings;
    const auto doc = parseDocument(bytes, file);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return damagedFile(file, QStringLiteral("findings"));
    QString problem;
    QList<AuditFinding> out;
    for (const QJsonValue &v : doc.value().array()) {
        if (!v.isObject())
            return damagedFile(file, QStringLiteral("findings"));
        out.append(findingFrom(FieldReader(v.toObject(), &problem), &problem));
        if (!problem.isEmpty())
            return damagedFile(file, problem);
    }
    return out;
}

Result<QList<AuditVerdict>> AuditPackage::parseVerdicts(const QByteArray &bytes)
{
    const QString file = AuditPackageFiles::Verdicts;
    const auto doc = parseDocument(bytes, file);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray())
        return damagedFile(file, QStringLiteral("verdicts"));
    QString problem;
    QList<AuditVerdict> out;
    for (const QJsonValue &v : doc.value().array()) {
        if (!v.isObject())
            return damagedFile(file, QStringLiteral("verdicts"));
        out.append(verdictFrom(FieldReader(v.toObject(), &problem)));
        if (!problem.isEmpty())
            return damagedFile(file, problem);
    }
    return out;
}

Status AuditPackage::checkConsistency() const
{
    const QString askAgain = Tr::tr("Ask the sender for a new package.");
    const auto refuse = [&](const QString &what, const QString &detail = {}) {
        return Status(Error{QString(what + u' ' + askAgain), detail});
    };

    QHash<QString, AuditManifest::File> files;
    for (const AuditManifest::File &f : manifest.files)
        files.insert(f.path, f);
    QStringList required{AuditPackageFiles::Round};
    if (manifest.kind == AuditPackageKind::Result)
        required << AuditPackageFiles::Findings << AuditPackageFiles::Verdicts;
    for (const QString &path : std::as_const(required))
        if (!files.contains(path))
            return refuse(Tr::tr("The audit package's manifest does not list its %1.").arg(path));

    QSet<qint64> siteIds;
    for (const AuditSite &s : round.sites) {
        if (siteIds.contains(s.originId))
            return refuse(Tr::tr("The audit package lists the site “%1” twice.").arg(s.name),
                          idText(s.originId));
        siteIds.insert(s.originId);
    }
    if (manifest.roundId != round.originId)
        return refuse(Tr::tr("The audit package's manifest and round.json name different rounds."),
                      QStringLiteral("%1 / %2").arg(manifest.roundId).arg(round.originId));
    QSet<qint64> manifestSites;
    for (const AuditManifest::Site &s : manifest.sites)
        manifestSites.insert(s.id);
    if (manifestSites != siteIds || manifest.sites.size() != round.sites.size())
        return refuse(Tr::tr("The audit package's manifest and round.json list different sites."));

    if (manifest.kind == AuditPackageKind::Assignment) {
        if (!findings.isEmpty() || !verdicts.isEmpty() || files.contains(AuditPackageFiles::Findings) ||
            files.contains(AuditPackageFiles::Verdicts))
            return refuse(Tr::tr("The audit package is an assignment but carries findings or verdicts."));
        return {};
    }

    for (const AuditFinding &f : findings) {
        if (!siteIds.contains(f.siteOriginId))
            return refuse(Tr::tr("The audit package has a finding (“%1”) on a site that is not part of "
                                 "its round.")
                              .arg(f.description),
                          idText(f.siteOriginId));
        for (const AuditEvidence &e : f.evidence) {
            const QString path = QString(AuditPackageFiles::EvidenceFolder + e.sha256 + u'.' + e.suffix);
            const auto it = files.constFind(path);
            if (it == files.constEnd() || it->sha256 != e.sha256 || it->size != e.size)
                return refuse(Tr::tr("The evidence file %1 of the finding “%2” is not listed in the "
                                     "audit package's manifest.")
                                  .arg(path, f.description),
                              {});
        }
    }
    QSet<QPair<qint64, QString>> judged;
    for (const AuditVerdict &v : verdicts) {
        if (!siteIds.contains(v.siteOriginId))
            return refuse(Tr::tr("The audit package has a verdict on item %1 for a site that is not part "
                                 "of its round.")
                              .arg(v.itemCode),
                          idText(v.siteOriginId));
        if (judged.contains({v.siteOriginId, v.itemCode}))
            return refuse(Tr::tr("The audit package judges item %1 of one site twice.").arg(v.itemCode),
                          idText(v.siteOriginId));
        judged.insert({v.siteOriginId, v.itemCode});
    }
    return {};
}

} // namespace xj
