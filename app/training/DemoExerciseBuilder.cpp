// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/DemoExerciseBuilder.h"

#include "checks/HtmlDecoder.h"
#include "demo/DemoSiteGenerator.h"
#include "evidence/HtmlVisibleText.h"
#include "training/ArchivedSiteWriter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace xj {

namespace {

// The attribute `name` of one start tag, entities decoded; empty when the tag has none.
QString attribute(const QString &tag, const QString &name)
{
    static const QRegularExpression attributes(
        QStringLiteral("\\s([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"));
    for (const QRegularExpressionMatch &m : attributes.globalMatch(tag)) {
        if (m.captured(1).compare(name, Qt::CaseInsensitive) == 0) {
            const QString value = !m.captured(2).isNull()   ? m.captured(2)
                                  : !m.captured(3).isNull() ? m.captured(3)
                                                            : m.captured(4);
            return HtmlVisibleText::decodeEntities(value);
        }
    }
    return {};
}

// The addresses a planted link may carry in the page: the key's text when it is the href, and the
// target with and without its leading slash.
QStringList hrefsOf(const DemoProblem &problem)
{
    QStringList hrefs;
    if (!problem.text.contains(QLatin1Char('<')))
        hrefs.append(problem.text);
    hrefs.append(problem.target);
    if (!problem.target.contains(QLatin1String("://")))
        hrefs.append(QLatin1Char('/') + problem.target);
    hrefs.removeAll(QString());
    return hrefs;
}

QString uniqueId(const QString &id, QSet<QString> &taken)
{
    QString unique = id;
    for (int n = 2; taken.contains(unique); ++n)
        unique = id + QLatin1Char('-') + QString::number(n);
    taken.insert(unique);
    return unique;
}

} // namespace

QString DemoExerciseBuilder::defaultTitle(const DemoExerciseRequest &request)
{
    const QString categories =
        request.categories.isEmpty() ? tr("all") : request.categories.join(QLatin1Char(' '));
    return tr("Practice site (seed %1, categories %2)").arg(request.seed).arg(categories);
}

QString DemoExerciseBuilder::linkText(const QString &html, const QStringList &hrefs)
{
    static const QRegularExpression anchor(QStringLiteral("(<a\\s[^>]*>)(.*?)</a\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &m : anchor.globalMatch(html)) {
        if (hrefs.contains(attribute(m.captured(1), QStringLiteral("href"))))
            return HtmlVisibleText::fromHtml(m.captured(2));
    }
    static const QRegularExpression image(QStringLiteral("<img\\s[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &m : image.globalMatch(html)) {
        if (hrefs.contains(attribute(m.captured(0), QStringLiteral("src"))))
            return attribute(m.captured(0), QStringLiteral("alt")).simplified();
    }
    return {};
}

Status DemoExerciseBuilder::prepareFolder(const QString &folder)
{
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error{tr("The folder %1 is not empty. Choose an empty or a new folder for the exercise.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the folder %1. Check that you may write there.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    return Status::success();
}

void DemoExerciseBuilder::discardFolder(const QString &folder)
{
    const QDir dir(folder);
    QDir(dir.filePath(Exercise::SiteFolder)).removeRecursively();
    QDir(dir.filePath(Exercise::KeyFolder)).removeRecursively();
    QFile::remove(dir.filePath(Exercise::FileName));
}

Result<Exercise> DemoExerciseBuilder::build(const DemoExerciseRequest &request, const QString &folder)
{
    DemoSiteSpec spec;
    spec.seed = request.seed;
    spec.categories = request.categories;
    spec.articlePages = request.articlePages;
    spec.today = request.asOf;
    spec.clean = false;
    // In memory first: a bad request leaves no folder behind, and the answer key never reaches
    // the served site (DemoSiteGenerator::generate would write it beside the pages).
    Result<DemoSite> site = DemoSiteGenerator::build(spec);
    if (!site)
        return site.error();
    const QList<DemoProblem> &problems = site.value().answerKey.problems;
    if (problems.isEmpty())
        return Error{tr("The chosen categories planted no problem on a site of this size. Choose other "
                        "categories or more article pages."),
                     {}};
    if (Status s = prepareFolder(folder); !s)
        return s.error();

    const QString siteFolder = QDir(folder).filePath(Exercise::SiteFolder);
    const QMap<QString, QByteArray> &files = site.value().files.files();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() == DemoSiteGenerator::AnswerKeyFileName)
            continue;
        if (Status s = ArchivedSiteWriter::writeFile(siteFolder, QLatin1Char('/') + it.key(), it.value());
            !s) {
            discardFolder(folder);
            return s.error();
        }
    }

    Exercise exercise;
    exercise.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    exercise.title = request.title.trimmed().isEmpty() ? defaultTitle(request) : request.title.trimmed();
    exercise.source = ExerciseSource::Demo;
    exercise.seed = request.seed;
    exercise.categories = request.categories;
    exercise.asOf = request.asOf;
    exercise.startPage = QStringLiteral("/index.html");
    exercise.siteName = spec.countyName + QStringLiteral("人民政府网站（练习）");
    exercise.checklistCode = ChecklistCode;
    exercise.createdAt = QDateTime::currentDateTimeUtc();
    exercise.createdBy = request.createdBy;

    QSet<QString> ids;
    QHash<QString, QString> decoded; // page → its text, each page decoded once
    for (const DemoProblem &p : problems) {
        ExerciseKeyEntry e;
        e.id = uniqueId(p.id, ids);
        e.itemCode = p.checklistItem;
        e.category = p.category;
        e.page = QLatin1Char('/') + p.page;
        // A missing element is a problem of the whole page: there are no words to point at. Some
        // planted texts are a piece of markup (a list entry and its date); the trainee quotes what the
        // page shows, so the key keeps the words without the tags.
        e.text = p.absent.isEmpty()
                     ? (p.text.contains(QLatin1Char('<')) ? HtmlVisibleText::fromHtml(p.text) : p.text)
                     : QString();
        e.description = p.description;
        if (!p.target.isEmpty()) {
            if (!decoded.contains(p.page)) {
                auto html = HtmlDecoder::decode(files.value(p.page));
                decoded.insert(p.page, html ? html.value().html : QString());
            }
            const QString shown = linkText(decoded.value(p.page), hrefsOf(p));
            if (!shown.isEmpty() && shown != e.text)
                e.alternativeTexts.append(shown);
        }
        exercise.key.append(e);
    }
    if (Status s = exercise.save(folder); !s) {
        discardFolder(folder);
        return s.error();
    }
    return exercise;
}

} // namespace xj
