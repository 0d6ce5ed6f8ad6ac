// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportRunner.h"

#include "core/ZipWriter.h"
#include "report/ReportLogging.h"
#include "report/docx/DocxReportWriter.h"
#include "report/pdf/PdfReportWriter.h"
#include "report/publish/PublicResultsHtmlWriter.h"
#include "report/publish/PublicResultsXlsxWriter.h"
#include "report/sheet/ProblemListCsvWriter.h"
#include "report/sheet/ProblemListXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace xj {

namespace {

Error cancelled()
{
    return Error{ExportRunner::tr("The export was cancelled. No files were kept."), {}};
}

void removeAll(const QStringList &files)
{
    for (const QString &f : files)
        QFile::remove(f);
}

} // namespace

Status ExportRunner::writeDocument(const ReportDocument &document, const DocumentStyle &style,
                                   ReportFormat format, const QString &path)
{
    switch (format) {
    case ReportFormat::Pdf:
        return PdfReportWriter::write(document, style, path);
    case ReportFormat::Docx:
        return DocxReportWriter::write(document, style, path);
    case ReportFormat::Xlsx:
    case ReportFormat::Csv:
    case ReportFormat::Html:
        break;
    }
    return Error{tr("Notices and reports are written as PDF or Word documents."), {}};
}

Status ExportRunner::writeProblemList(const ExportPlan &plan, const QString &path)
{
    if (plan.request.kind == ExportKind::Public)
        return plan.request.format == ReportFormat::Html
                   ? PublicResultsHtmlWriter::write(plan.publicResults, path)
                   : PublicResultsXlsxWriter::write(plan.publicResults, path);
    if (plan.request.format == ReportFormat::Csv)
        return ProblemListCsvWriter::write(plan.sheets, path);
    return ProblemListXlsxWriter::write(
        plan.sheets,
        plan.request.sheetPerSite ? ProblemListLayout::SheetPerSite : ProblemListLayout::SingleSheet, path);
}

Result<ExportOutcome> ExportRunner::run(const ExportPlan &plan, const Progress &progress,
                                        const std::atomic_bool *cancel)
{
    const QDir folder(plan.request.folder);
    if (plan.request.folder.isEmpty() || !QDir().mkpath(folder.absolutePath()))
        return Error{tr("The folder %1 cannot be created. Choose a folder you may write to.")
                         .arg(QDir::toNativeSeparators(plan.request.folder)),
                     {}};
    auto isCancelled = [cancel] {
        return cancel && cancel->load();
    };
    ExportOutcome outcome;

    if (!plan.tableFileName.isEmpty()) {
        const QString path = folder.absoluteFilePath(plan.tableFileName);
        if (progress)
            progress(0, 1, plan.tableFileName);
        if (Status s = writeProblemList(plan, path); !s)
            return s.error();
        outcome.files.append(path);
        if (progress)
            progress(1, 1, plan.tableFileName);
        return outcome;
    }

    const int count = int(plan.documents.size());
    const int total = count + (plan.zipFileName.isEmpty() ? 0 : 1);
    for (const DocumentJob &job : plan.documents)
        outcome.files.append(folder.absoluteFilePath(job.fileName));
    // Fonts are looked up once here, so the writers on other threads only read the style.
    for (const QString &id : plan.style.fontClassIds())
        plan.style.resolvedFamily(id);

    std::atomic_int nextJob{0};
    std::mutex mutex;
    std::condition_variable finished;
    int done = 0;
    QString lastFile;
    QList<Status> results(count);
    auto work = [&] {
        const DocumentStyle style = plan.style;
        for (int i = nextJob++; i < count && !isCancelled(); i = nextJob++) {
            Status s =
                writeDocument(plan.documents.at(i).document, style, plan.request.format, outcome.files.at(i));
            std::lock_guard lock(mutex);
            results[i] = s;
            ++done;
            lastFile = plan.documents.at(i).fileName;
            finished.notify_one();
        }
        std::lock_guard lock(mutex);
        finished.notify_one();
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, std::max(1, count));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work);
    {
        std::unique_lock lock(mutex);
        int reported = -1;
        while (done < count && !isCancelled()) {
            finished.wait_for(lock, std::chrono::milliseconds(200));
            if (progress && done != reported) {
                reported = done;
                const QString file = lastFile;
                lock.unlock();
                progress(reported, total, file);
                lock.lock();
            }
        }
    }
    for (std::thread &w : workers)
        w.join();
    if (isCancelled()) {
        removeAll(outcome.files);
        return cancelled();
    }
    for (const Status &s : results) {
        if (!s) {
            removeAll(outcome.files);
            return s.error();
        }
    }

    if (!plan.zipFileName.isEmpty()) {
        outcome.zipPath = folder.absoluteFilePath(plan.zipFileName);
        ZipWriter zip;
        Status s = zip.open(outcome.zipPath);
        for (int i = 0; s && i < count; ++i)
            s = zip.addFile(plan.documents.at(i).fileName, outcome.files.at(i));
        if (s)
            s = zip.close();
        if (!s) {
            removeAll(outcome.files);
            return s.error();
        }
        if (progress)
            progress(total, total, plan.zipFileName);
    }
    qCDebug(lcReport) << "exported" << outcome.files.size() << "files to" << folder.absolutePath();
    return outcome;
}

} // namespace xj
