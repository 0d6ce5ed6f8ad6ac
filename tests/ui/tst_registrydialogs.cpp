// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "sites/ImportPreviewModel.h"
#include "sites/ImportSitesDialog.h"
#include "sites/SitesPanel.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace xj;

// The registry dialogs as an inspector uses them: add a site, be told about a duplicate without
// losing what was typed, import a file with a bad row.
class TestRegistryDialogs : public DatabaseTestCase
{
    Q_OBJECT

    // Runs `act` on the next modal window whose objectName is `name` once it is up.
    void whenModal(const QString &name, std::function<void(QWidget *)> act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, name, act] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != name)
                return;
            timer->stop();
            timer->deleteLater();
            act(modal);
        });
        timer->start();
    }

    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

    static void fillSite(QWidget *dialog, const QString &name, const QString &url, const QString &unit)
    {
        type(dialog->findChild<QLineEdit *>(QStringLiteral("siteName")), name);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("siteUrl")), url);
        type(dialog->findChild<QComboBox *>(QStringLiteral("siteUnit"))->lineEdit(), unit);
    }

    static void save(QWidget *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("siteDialogButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    int siteCount() { return int(SiteRepository(db()).all().value().size()); }

private slots:
    void addSiteCreatesUnitAndSite()
    {
        SitesPanel panel(db());
        panel.reload();
        whenModal(QStringLiteral("siteDialog"), [](QWidget *dialog) {
            fillSite(dialog, QStringLiteral("青禾县教育局网站"), QStringLiteral("jyj.qinghe.gov.cn"),
                     QStringLiteral("青禾县教育局"));
            save(dialog);
        });
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("addSiteButton")), Qt::LeftButton);

        auto sites = SiteRepository(db()).all();
        QCOMPARE(sites.value().size(), 1);
        QCOMPARE(sites.value().first().url, QStringLiteral("http://jyj.qinghe.gov.cn"));
        auto unit = UnitRepository(db()).findByName(QStringLiteral("青禾县教育局"));
        QVERIFY(unit.ok() && unit.value());
        QCOMPARE(sites.value().first().unitId, unit.value()->id);
        QCOMPARE(panel.currentSite()->name, QStringLiteral("青禾县教育局网站"));
        QCOMPARE(panel.findChild<QTableView *>(QStringLiteral("siteList"))->model()->rowCount(), 1);
    }

    void duplicateIsExplainedAndInputKept()
    {
        Site existing;
        existing.name = QStringLiteral("青禾县人民政府");
        existing.url = QStringLiteral("http://www.qinghe.gov.cn/");
        existing.unitId = UnitRepository(db()).findOrCreate(QStringLiteral("县政府办")).value();
        QVERIFY(SiteRepository(db()).create(existing).ok());
        SitesPanel panel(db());
        panel.reload();

        QString errorText;
        QString keptName;
        // 1) the inspector types a duplicate and saves; 2) the error explains it; 3) the dialog comes
        // back with the typed name, and the inspector gives up.
        whenModal(QStringLiteral("siteDialog"), [&](QWidget *dialog) {
            fillSite(dialog, QStringLiteral("县政府门户"), QStringLiteral("https://WWW.qinghe.gov.cn"),
                     QStringLiteral("县政府办"));
            whenModal(QStringLiteral("errorDialog"), [&](QWidget *box) {
                errorText = static_cast<QMessageBox *>(box)->text();
                whenModal(QStringLiteral("siteDialog"), [&](QWidget *again) {
                    keptName = again->findChild<QLineEdit *>(QStringLiteral("siteName"))->text();
                    static_cast<QDialog *>(again)->reject();
                });
                static_cast<QMessageBox *>(box)->accept();
            });
            save(dialog);
        });
        panel.addSite();

        QVERIFY2(errorText.contains(QStringLiteral("青禾县人民政府")), qPrintable(errorText));
        QCOMPARE(keptName, QStringLiteral("县政府门户"));
        QCOMPARE(siteCount(), 1);
    }

    void importWithABadRowNeedsConsent()
    {
        ImportSitesDialog dialog(db());
        dialog.loadFile(testDataPath(QStringLiteral("registry/sites_broken.csv")));
        auto *preview = dialog.findChild<QTableView *>(QStringLiteral("importPreview"));
        const auto *model = static_cast<const ImportPreviewModel *>(preview->model());
        const int valid = model->plan().validCount();
        QVERIFY(valid > 0);
        QVERIFY(model->plan().invalidCount() > 0);
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(!import->isEnabled()); // a bad row blocks the whole file …
        auto *validOnly = dialog.findChild<QCheckBox *>(QStringLiteral("importValidOnly"));
        QTest::mouseClick(validOnly, Qt::LeftButton);
        QVERIFY(import->isEnabled()); // … unless the inspector asks for the valid rows only

        QString summary;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            summary = box->text();
            box->accept();
        });
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(siteCount(), valid);
        QVERIFY2(summary.contains(QString::number(valid)), qPrintable(summary));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestRegistryDialogs)
#include "tst_registrydialogs.moc"
