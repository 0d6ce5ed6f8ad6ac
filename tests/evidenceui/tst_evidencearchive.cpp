// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFixture.h"
#include "EvidenceTestCase.h"
#include "GuiTest.h"
#include "evidence/EvidenceStore.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/ImageZoomView.h"

#include <QApplication>
#include <QCheckBox>
#include <QListView>
#include <QStackedWidget>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace xj;

// An archived page opens from the evidence store, offline, in the viewer's web view.
class TestEvidenceArchive : public EvidenceTestCase
{
    Q_OBJECT

    // The text of the rendered page. Chromium runs an MHTML archive sandboxed, without scripts in
    // the page's own world, so the question is asked from an isolated world.
    static QString pageText(QWebEnginePage *page)
    {
        QString text;
        bool done = false;
        page->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"),
                            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                text = v.toString();
                                done = true;
                            });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning() << "runJavaScript gave no answer";
        return text;
    }

    static bool waitForText(QWebEnginePage *page, const QString &wanted)
    {
        return QTest::qWaitFor([&] { return pageText(page).contains(wanted); }, 30000);
    }

private slots:
    void archiveRendersOffline()
    {
        EvidenceViewer viewer(db(), dir().path(), m_fixture.findingId);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.selectEvidence(m_fixture.archive.id));
        auto *web = viewer.findChild<QWebEngineView *>(QStringLiteral("archiveView"));
        QVERIFY(web);
        QVERIFY(web->isVisible());
        const QString stored =
            EvidenceStore(dir().path()).absolutePathFor(m_fixture.archive.sha256, QStringLiteral("mhtml"));
        QTRY_COMPARE_WITH_TIMEOUT(web->url(), QUrl::fromLocalFile(stored), 30000);
        QVERIFY(waitForText(web->page(), EvidenceFixture::archivedText()));

        // Nothing takes the viewer from the record to the live site.
        web->page()->load(QUrl(QStringLiteral("http://127.0.0.1:9/zwdt/1.html")));
        QTest::qWait(500);
        QCOMPARE(web->url(), QUrl::fromLocalFile(stored));
        QVERIFY(pageText(web->page()).contains(EvidenceFixture::archivedText()));
    }

    void arrowKeysMoveBetweenFiles()
    {
        EvidenceViewer viewer(db(), dir().path(), m_fixture.findingId);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *list = viewer.findChild<QListView *>(QStringLiteral("evidenceList"));
        auto *image = viewer.findChild<ImageZoomView *>(QStringLiteral("evidenceImage"));
        QVERIFY(list && image);
        QCOMPARE(list->currentIndex().row(), 0);
        QVERIFY(image->isVisible());

        QTest::keyClick(&viewer, Qt::Key_Right);
        QCOMPARE(list->currentIndex().row(), 1);
        QCOMPARE(viewer.shownEvidence()->id, m_fixture.archive.id);
        auto *web = viewer.findChild<QWebEngineView *>(QStringLiteral("archiveView"));
        QVERIFY(web && web->isVisible());
        QVERIFY(!image->isVisible());
        auto *showOriginal = viewer.findChild<QCheckBox *>(QStringLiteral("showOriginal"));
        QVERIFY(showOriginal);
        QTRY_VERIFY(!showOriginal->isVisible()); // an archive has no original (the tool bar lays out later)
        QTest::keyClick(&viewer, Qt::Key_Right); // already the last: stays
        QCOMPARE(list->currentIndex().row(), 1);

        list->setFocus();
        QTest::keyClick(list, Qt::Key_Left);
        QCOMPARE(list->currentIndex().row(), 0);
        QVERIFY(image->isVisible());
        QCOMPARE(image->image().size(), EvidenceFixture::ImageSize);
        QTRY_VERIFY(showOriginal->isVisible());
    }
};

XJ_GUI_TEST_MAIN(TestEvidenceArchive)
#include "tst_evidencearchive.moc"
