// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/IntegrityChecker.h"

#include "evidence/EvidenceStore.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace xj {

int IntegrityReport::count(IntegrityProblemKind kind) const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [kind](const IntegrityProblem &p) { return p.kind == kind; }));
}

IntegrityChecker::IntegrityChecker(const Database &database, const QString &dataDirectory)
    : m_db(database)
    , m_dataDirectory(dataDirectory)
{}

QStringList IntegrityChecker::filesInStore() const
{
    const EvidenceStore store(m_dataDirectory);
    const QDir dataDir(m_dataDirectory);
    QStringList files;
    QDirIterator it(store.rootPath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(dataDir.relativeFilePath(it.next()));
    files.sort(); // a stable order, so two runs over the same folder report the same way
    return files;
}

Result<IntegrityReport> IntegrityChecker::run(const std::function<bool(int, int)> &progress) const
{
    auto rows = EvidenceRepository(m_db).all();
    if (!rows)
        return rows.error();
    const EvidenceStore store(m_dataDirectory);
    const QDir dataDir(m_dataDirectory);

    IntegrityReport report;
    const QStringList files = filesInStore();
    report.filesScanned = int(files.size());
    QSet<QString> referenced;
    for (const Evidence &e : rows.value())
        referenced.insert(store.relativePathFor(e.sha256, e.fileSuffix));
    // Files a unit sent with its feedback and a team's imported peer-audit evidence share the
    // store; they belong to their feedback or import, not to nobody.
    auto attachments =
        m_db.selectAll(QStringLiteral("SELECT sha256, file_suffix FROM feedback_attachments "
                                      "UNION SELECT sha256, file_suffix FROM audit_evidence"),
                       {}, [&store](const QSqlQuery &q) {
                           return store.relativePathFor(q.value(0).toString(), q.value(1).toString());
                       });
    if (!attachments)
        return attachments.error();
    for (const QString &path : attachments.value())
        referenced.insert(path);
    QStringList orphans;
    for (const QString &file : files) {
        if (!referenced.contains(file))
            orphans.append(file);
    }

    const int total = int(rows.value().size() + orphans.size());
    int done = 0;
    const auto advance = [&]() {
        return !progress || progress(++done, total);
    };
    const Error stopped{tr("The integrity check was stopped before it finished. Nothing was changed; "
                           "run it again to check every file."),
                        {}};

    // Identical bytes are stored once, so several rows may share a file: hash it once.
    QHash<QString, std::optional<EvidenceStore::FileDigest>> digests;
    const auto digestOf = [&](const QString &relativePath) {
        auto found = digests.constFind(relativePath);
        if (found != digests.constEnd())
            return *found;
        std::optional<EvidenceStore::FileDigest> digest;
        if (auto d = EvidenceStore::digestOfFile(dataDir.filePath(relativePath)))
            digest = d.value();
        digests.insert(relativePath, digest);
        return digest;
    };

    for (const Evidence &e : rows.value()) {
        IntegrityProblem p;
        p.evidenceId = e.id;
        p.findingId = e.findingId;
        p.accountRecordId = e.accountRecordId;
        p.evidenceKind = e.kind;
        p.relativePath = store.relativePathFor(e.sha256, e.fileSuffix);
        p.expectedSha256 = e.sha256;
        p.expectedSize = e.size;
        // A row whose hash or suffix is not a valid file name names no file we could look at.
        const bool validName =
            EvidenceStore::isValidSha256(e.sha256) && EvidenceStore::isValidSuffix(e.fileSuffix);
        const QFileInfo info(dataDir.filePath(p.relativePath));
        if (!validName || !info.exists() || !info.isFile()) {
            p.kind = IntegrityProblemKind::Missing;
            report.problems.append(p);
        } else {
            const auto digest = digestOf(p.relativePath);
            p.actualSha256 = digest ? digest->sha256 : QString();
            p.actualSize = digest ? digest->size : info.size();
            if (!digest || p.actualSha256 != e.sha256 || p.actualSize != e.size) {
                p.kind = IntegrityProblemKind::Altered;
                report.problems.append(p);
            }
        }
        ++report.rowsChecked;
        if (!advance())
            return stopped;
    }

    for (const QString &file : orphans) {
        IntegrityProblem p;
        p.kind = IntegrityProblemKind::Orphaned;
        p.relativePath = file;
        const auto digest = digestOf(file);
        p.actualSha256 = digest ? digest->sha256 : QString();
        p.actualSize = digest ? digest->size : QFileInfo(dataDir.filePath(file)).size();
        report.problems.append(p);
        if (!advance())
            return stopped;
    }
    return report;
}

} // namespace xj
