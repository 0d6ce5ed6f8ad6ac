// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: opens the evidence viewer or the integrity dialog on a sample workspace, so a person
// (or a screenshot) can look at them. `evidence_preview viewer|original|fullpage|archive|altered|integrity`.
#include "EvidenceFixture.h"
#include "TestDatabase.h"
#include "core/Translations.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/IntegrityDialog.h"

#include <QApplication>
#include <QFile>
#include <QPainter>

using namespace xj;

namespace {

// Something that looks like a page of a government site, with a problem circled on the copy.
QImage samplePage(int height)
{
    QImage page(1280, height, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.fillRect(0, 0, 1280, 110, QColor(176, 24, 24));
    p.setPen(Qt::white);
    p.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 30, QFont::Bold));
    p.drawText(40, 70, QStringLiteral("青禾县人民政府"));
    p.setPen(Qt::black);
    p.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 15));
    for (int y = 170, i = 1; y < height - 40; y += 44, ++i)
        p.drawText(
            60, y,
            QStringLiteral("· 关于做好第%1批政务公开重点工作的通知（2026-10-%2）").arg(i).arg(i % 28 + 1));
    return page;
}

QImage annotated(QImage page)
{
    QPainter p(&page);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(230, 0, 0), 5));
    p.drawRect(50, 230, 760, 50);
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    installTranslations(languageFromEnvironment(),
                        {QStringLiteral("xunjian_core"), QStringLiteral("xunjian_ui")});
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("viewer");

    TestDatabase workspace;
    EvidenceFixture fixture;
    if (!fixture.createFinding(workspace.db()) ||
        !fixture.recordEvidence(workspace.db(), workspace.dir().path()))
        return 1;
    const EvidenceRecorder recorder(workspace.db(), workspace.dir().path());
    Evidence meta = fixture.annotated;
    meta.sortOrder = -1;
    meta.httpStatus = 200;
    auto pair = recorder.addScreenshot(samplePage(800), annotated(samplePage(800)), meta);
    Evidence full = meta;
    full.kind = EvidenceKind::Screenshot;
    full.captureMode = CaptureMode::FullPage;
    full.capped = true;
    full.sortOrder = 2;
    auto fullPage = recorder.addImage(samplePage(4000), full);
    if (!pair || !fullPage)
        return 1;

    const EvidenceStore store(workspace.dir().path());
    if (mode == QLatin1String("altered") || mode == QLatin1String("integrity")) {
        QFile file(store.absolutePathFor(pair.value().at(1).sha256, QStringLiteral("png")));
        if (file.open(QIODevice::Append))
            file.write("tampered");
    }
    if (mode == QLatin1String("integrity")) {
        QFile::remove(store.absolutePathFor(fixture.archive.sha256, QStringLiteral("mhtml")));
        IntegrityDialog::run(workspace.db(), workspace.dir().path(), nullptr);
        return 0;
    }
    EvidenceViewer viewer(workspace.db(), workspace.dir().path(), fixture.findingId);
    if (mode == QLatin1String("archive"))
        viewer.selectEvidence(fixture.archive.id);
    else if (mode == QLatin1String("fullpage"))
        viewer.selectEvidence(fullPage.value().id);
    else if (mode == QLatin1String("original"))
        viewer.selectEvidence(pair.value().at(0).id);
    return viewer.exec();
}
