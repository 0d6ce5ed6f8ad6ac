// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSiteGenerator.h"

#include "core/Logging.h"
#include "demo/DemoArticlePages.h"
#include "demo/DemoAssets.h"
#include "demo/DemoContentBuilder.h"
#include "demo/DemoHomePages.h"
#include "demo/DemoPageFrame.h"
#include "demo/DemoProblemPlanter.h"
#include "demo/DemoServicePages.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace xj {

namespace {

QList<DemoColumnSummary> summarize(const DemoSiteContent &content)
{
    QList<DemoColumnSummary> out;
    for (const DemoColumn &c : content.columns) {
        DemoColumnSummary s{c.path, c.name, c.parent, c.url(), 0, {}};
        if (c.listsArticles) {
            const QList<int> order = content.articlesIn(c.path);
            s.items = int(order.size());
            if (!order.isEmpty())
                s.newest = content.articles.at(order.first()).pubDate;
        } else if (c.kind == DemoColumnKind::Messages) {
            const QList<int> order = content.messageOrder();
            s.items = int(order.size());
            if (!order.isEmpty())
                s.newest = content.messages.at(order.first()).asked;
        } else if (c.kind == DemoColumnKind::Leaders) {
            s.items = int(content.leaders.size());
        } else {
            s.items = int(content.guides.size());
        }
        out.append(s);
    }
    return out;
}

// A manifest from an earlier run names the files to remove; a damaged or hostile one must not
// be able to name anything outside the folder.
bool isSafeRelativePath(const QString &path)
{
    return !path.isEmpty() && !QDir::isAbsolutePath(path) && !path.startsWith(QLatin1Char('/')) &&
           !path.contains(QLatin1Char('\\')) && !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

} // namespace

Status DemoSiteGenerator::validate(const DemoSiteSpec &spec)
{
    if (!spec.today.isValid())
        return Error{tr("The demo site needs an inspection date (today)."), {}};
    if (spec.articlePages < DemoSiteSpec::MinimumArticlePages ||
        spec.articlePages > DemoSiteSpec::MaximumArticlePages)
        return Error{tr("The number of article pages must be between %1 and %2.")
                         .arg(DemoSiteSpec::MinimumArticlePages)
                         .arg(DemoSiteSpec::MaximumArticlePages),
                     {}};
    if (spec.countyName.isEmpty() || spec.listPageSize < 5 || spec.listPageSize > 100)
        return Error{tr("The demo site needs a county name and a list page size between 5 and 100."), {}};
    static const QRegularExpression siteCode(QStringLiteral("^(\\d{10}|bm\\d{8})$"));
    static const QRegularExpression policeCode(QStringLiteral("^\\d{14}$"));
    if (!siteCode.match(spec.siteCode).hasMatch() || !policeCode.match(spec.policeRecordCode).hasMatch())
        return Error{tr("The site identifier code must have 10 digits (or bm and 8 digits) and the "
                        "public security record number 14 digits."),
                     {}};
    const QStringList plantable = DemoProblemPlanter::plantableCategories();
    for (const QString &category : spec.categories) {
        if (!plantable.contains(category))
            return Error{tr("The demo site cannot plant problems of the category \"%1\". Choose among: %2.")
                             .arg(category, plantable.join(QStringLiteral(", "))),
                         {}};
    }
    return Status::success();
}

Result<DemoSite> DemoSiteGenerator::build(const DemoSiteSpec &spec)
{
    if (Status s = validate(spec); !s)
        return s.error();
    Result<DemoCorpus> corpus = DemoCorpus::loadBundled();
    if (!corpus)
        return corpus.error();

    DemoSiteContent content = DemoContentBuilder(spec, corpus.value()).build();
    DemoSite site;
    if (!spec.clean)
        site.answerKey.problems = DemoProblemPlanter(content).plant();
    site.answerKey.seed = spec.seed;
    site.answerKey.today = spec.today;
    site.answerKey.clean = spec.clean;

    const DemoPageFrame frame(content);
    DemoHomePages(content, frame).render(site.files);
    DemoArticlePages(content, frame).render(site.files);
    DemoServicePages(content, frame).render(site.files);
    DemoAssets(content).render(site.files);
    if (!site.files.errors().isEmpty())
        return Error{tr("The demo site could not be rendered."), site.files.errors().join(QLatin1Char('\n'))};

    site.files.addBinary(AnswerKeyFileName,
                         QJsonDocument(site.answerKey.toJson()).toJson(QJsonDocument::Indented));
    DemoSiteManifest &m = site.manifest;
    m.seed = spec.seed;
    m.today = spec.today;
    m.clean = spec.clean;
    m.siteName = content.siteName;
    m.siteCode = spec.siteCode;
    m.pageCount = site.files.pageCount();
    m.problemCount = int(site.answerKey.problems.size());
    m.columns = summarize(content);
    for (const DemoLeader &leader : std::as_const(content.leaders))
        m.leaders.append({leader.name, leader.title});
    m.files = site.files.files().keys();
    m.files.append(ManifestFileName);
    m.files.sort();
    return site;
}

Result<DemoSiteManifest> DemoSiteGenerator::generate(const DemoSiteSpec &spec, const QString &outDir)
{
    Result<DemoSite> site = build(spec);
    if (!site)
        return site.error();
    if (Status s = prepareFolder(outDir); !s)
        return s.error();

    // The manifest goes first: if writing stops half-way, the folder is still recognised as a
    // demo site and the next run may replace it.
    const DemoSiteManifest &manifest = site.value().manifest;
    if (Status s = writeFile(outDir, ManifestFileName,
                             QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented));
        !s)
        return s.error();
    const QMap<QString, QByteArray> &files = site.value().files.files();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (Status s = writeFile(outDir, it.key(), it.value()); !s)
            return s.error();
    }
    qCDebug(lcDemo) << "wrote demo site" << outDir << manifest.pageCount << "pages" << manifest.problemCount
                    << "problems";
    return manifest;
}

bool DemoSiteGenerator::isDemoSiteFolder(const QString &dir)
{
    return DemoSiteManifest::load(QDir(dir).filePath(ManifestFileName)).ok();
}

Status DemoSiteGenerator::prepareFolder(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists()) {
        if (!QDir().mkpath(dir))
            return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)), {}};
        return Status::success();
    }
    if (folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Status::success();
    if (!isDemoSiteFolder(dir))
        return Error{
            tr("The folder %1 is not empty and does not hold a demo site. Choose an empty or a new folder.")
                .arg(QDir::toNativeSeparators(dir)),
            {}};
    return removePreviousSite(dir);
}

Status DemoSiteGenerator::removePreviousSite(const QString &dir)
{
    Result<DemoSiteManifest> previous = DemoSiteManifest::load(QDir(dir).filePath(ManifestFileName));
    if (!previous)
        return previous.error();
    const QDir root(dir);
    QStringList folders;
    for (const QString &relative : previous.value().files) {
        if (!isSafeRelativePath(relative))
            continue;
        if (QFile::exists(root.filePath(relative)) && !QFile::remove(root.filePath(relative)))
            return Error{tr("Cannot replace the earlier demo site in %1.").arg(QDir::toNativeSeparators(dir)),
                         relative};
        for (QString parent = relative.section(QLatin1Char('/'), 0, -2); !parent.isEmpty();
             parent = parent.section(QLatin1Char('/'), 0, -2)) {
            if (!folders.contains(parent))
                folders.append(parent);
        }
    }
    // Deepest first; rmdir only removes folders left empty, so files of others survive.
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) != b.count(QLatin1Char('/'))
                   ? a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'))
                   : a > b;
    });
    for (const QString &folder : std::as_const(folders))
        root.rmdir(folder);
    return Status::success();
}

Status DemoSiteGenerator::writeFile(const QString &dir, const QString &relativePath, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(relativePath);
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush()) {
        return Error{tr("Cannot write the demo site file %1. Check that the disk is not full.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    }
    return Status::success();
}

} // namespace xj
