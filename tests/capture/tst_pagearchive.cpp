// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureFixture.h"
#include "CaptureSpy.h"
#include "GuiTest.h"
#include "capture/PageCapturer.h"
#include "evidence/MhtmlDocument.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <memory>

using namespace xj;

// The archived copy of a page: saved as MHTML through the browser's own disk profile, readable by
// the core's MHTML reader, and still showing the page's text when opened with the server gone.
class TestPageArchive : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaptureFixture> m_fixture;

    CaptureFixture &f() { return *m_fixture; }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<CaptureFixture>();
        QVERIFY(f().isReady());
    }

    void unwritableFolderFails()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        PageCapturer capturer(f().view());
        QSignalSpy saved(&capturer, &PageCapturer::archiveSaved);
        QSignalSpy failed(&capturer, &PageCapturer::archiveFailed);
        capturer.saveArchive(QStringLiteral("/proc/xunjian-no-such-folder/page.mhtml"));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("cannot be created")));
        QVERIFY(saved.isEmpty());
        QVERIFY(!capturer.isBusy());
    }

    void archiveAndReopenOffline()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        const QUrl pageUrl = f().view()->url();
        const QString path = f().dataDir().filePath(QStringLiteral("evidence/new/page.mhtml"));
        PageCapturer capturer(f().view());
        QSignalSpy saved(&capturer, &PageCapturer::archiveSaved);
        QSignalSpy failed(&capturer, &PageCapturer::archiveFailed);
        capturer.saveArchive(path);
        QVERIFY(capturer.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(saved.first().first().toString(), path);
        QVERIFY(!capturer.isBusy());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("XUNJIAN-CAPTURE-MARKER-7F3A"));
        auto document = MhtmlDocument::parse(bytes);
        QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().message));
        QCOMPARE(document.value().snapshotUrl(), pageUrl);
        QCOMPARE(document.value().subject(), QStringLiteral("Capture colours"));
        QVERIFY(document.value().visibleText().contains(
            QStringLiteral("XUNJIAN-CAPTURE-MARKER-7F3A 网站检查截图测试页面")));

        // With the site gone, the archive alone still shows the page.
        f().server().close();
        QVERIFY(f().loadUrl(QUrl::fromLocalFile(path)));
        // Chromium opens archives sandboxed, without the page's scripts: ask from an isolated world.
        const auto world = QWebEngineScript::ApplicationWorld;
        QVERIFY(f().evaluate(QStringLiteral("document.body.innerText"), world)
                    .toString()
                    .contains(QStringLiteral("XUNJIAN-CAPTURE-MARKER-7F3A 网站检查截图测试页面")));
        QCOMPARE(
            f().evaluate(QStringLiteral("getComputedStyle(document.getElementById('red')).backgroundColor"),
                         world)
                .toString(),
            QStringLiteral("rgb(255, 0, 0)"));
        // The capture tools work on the archive as well.
        const auto shot = waitForCapture(capturer, [&] { capturer.captureVisible(); });
        QVERIFY(shot);
        QCOMPARE(CaptureFixture::colourAt(shot->image, QPointF(100, 100), f().devicePixelRatio()),
                 QStringLiteral("#ff0000"));
    }
};

XJ_GUI_TEST_MAIN(TestPageArchive)
#include "tst_pagearchive.moc"
