// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "GuiTest.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistPanel.h"
#include "rounds/RoundDialog.h"
#include "rounds/RoundScope.h"
#include "sites/SitesPanel.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace xj;
using GuiTest::child;

// The new-round dialog as an inspector fills it: the fields each kind needs, and the rows it writes.
class TestRoundDialog : public DatabaseTestCase
{
    Q_OBJECT

    qint64 m_unitA = 0;
    qint64 m_unitB = 0;

    QString checklistFolder() const { return dir().path() + QStringLiteral("/checklists"); }

    static void chooseKind(QWidget *dialog, RoundKind kind)
    {
        auto *combo = child<QComboBox>(dialog, "roundKind");
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(kind)));
    }

    static void tick(QListWidget *list, const QVariant &data)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole) == data)
                list->item(i)->setCheckState(Qt::Checked);
        }
    }

    static void accept(RoundDialog &dialog)
    {
        auto *buttons = child<QDialogButtonBox>(&dialog, "roundDialogButtons");
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.createdRoundId() > 0);
    }

    // One column of the rows `sql` selects, as text.
    QStringList column(const QString &sql)
    {
        QStringList values;
        auto q = db().exec(sql);
        while (q && q.value().next())
            values.append(q.value().value(0).toString());
        return values;
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        Unit a;
        a.name = QStringLiteral("青禾县教育局");
        Unit b;
        b.name = QStringLiteral("青禾县卫健委");
        m_unitA = UnitRepository(db()).create(a).value();
        m_unitB = UnitRepository(db()).create(b).value();
    }

    void selfCheckOfOneUnit()
    {
        RoundDialog dialog(db(), checklistFolder());
        dialog.show();
        chooseKind(&dialog, RoundKind::SelfCheck);
        auto *unit = child<QComboBox>(&dialog, "roundUnit");
        QVERIFY(unit);
        QVERIFY(unit->isVisibleTo(&dialog));
        QVERIFY(!child<QListWidget>(&dialog, "roundUnits")->isVisibleTo(&dialog));
        QVERIFY(!child<QListWidget>(&dialog, "roundItems")->isVisibleTo(&dialog));
        unit->setCurrentIndex(unit->findData(m_unitB));
        accept(dialog);

        const QString id = QString::number(dialog.createdRoundId());
        QCOMPARE(column(QStringLiteral("SELECT kind FROM rounds WHERE id = ") + id),
                 QStringList{QStringLiteral("self")});
        QCOMPARE(column(QStringLiteral("SELECT unit_id FROM round_units WHERE round_id = ") + id),
                 QStringList{QString::number(m_unitB)});
        QCOMPARE(count(QStringLiteral("round_items")), 0);
    }

    void specialCheckOfChosenItems()
    {
        RoundDialog dialog(db(), checklistFolder());
        dialog.show();
        chooseKind(&dialog, RoundKind::Special);
        auto *items = child<QListWidget>(&dialog, "roundItems");
        QVERIFY(items);
        QVERIFY(items->isVisibleTo(&dialog));
        QVERIFY(!child<QComboBox>(&dialog, "roundUnit")->isVisibleTo(&dialog));
        QVERIFY(items->count() > 2); // the national website checklist
        tick(items, QStringLiteral("W-V1"));
        tick(items, QStringLiteral("W-D1"));
        accept(dialog);

        const QString id = QString::number(dialog.createdRoundId());
        QCOMPARE(column(QStringLiteral("SELECT kind FROM rounds WHERE id = ") + id),
                 QStringList{QStringLiteral("special")});
        QCOMPARE(
            column(QStringLiteral("SELECT item_code FROM round_items WHERE round_id = %1 ORDER BY item_code")
                       .arg(id)),
            (QStringList{QStringLiteral("W-D1"), QStringLiteral("W-V1")}));
        QCOMPARE(count(QStringLiteral("round_units")), 0);
    }

    // A re-check starts from the newest round, cannot opt out of carrying forward, and takes over
    // the open finding.
    void recheckCarriesForward()
    {
        RoundDialog first(db(), checklistFolder());
        accept(first);
        Site site;
        site.name = QStringLiteral("青禾县教育局网站");
        site.url = QStringLiteral("http://jyj.qinghe.gov.cn");
        site.unitId = m_unitA;
        Finding finding;
        finding.siteId = SiteRepository(db()).create(site).value();
        finding.roundId = first.createdRoundId();
        finding.state = FindingState::Notified;
        finding.description = QStringLiteral("机构职能栏目为空");
        const qint64 original = FindingRepository(db()).create(finding).value();

        RoundDialog dialog(db(), checklistFolder());
        dialog.show();
        auto *carry = child<QCheckBox>(&dialog, "roundCarryForward");
        QVERIFY(carry);
        QVERIFY(!carry->isEnabled()); // no source round chosen yet
        chooseKind(&dialog, RoundKind::Recheck);
        QCOMPARE(child<QComboBox>(&dialog, "roundSource")->currentData().toLongLong(),
                 first.createdRoundId());
        QVERIFY(carry->isChecked());
        QVERIFY(!carry->isEnabled());
        accept(dialog);

        QCOMPARE(dialog.carriedCount(), 1);
        QCOMPARE(column(QStringLiteral("SELECT origin_finding_id FROM findings WHERE round_id = %1")
                            .arg(dialog.createdRoundId())),
                 QStringList{QString::number(original)});
    }

    // What the main window does for the current round: the site list shows the self-check's unit
    // only, the checklist the special check's items only.
    void roundScopeNarrowsPanels()
    {
        Site a;
        a.name = QStringLiteral("青禾县教育局网站");
        a.url = QStringLiteral("http://jyj.qinghe.gov.cn");
        a.unitId = m_unitA;
        Site b = a;
        b.name = QStringLiteral("青禾县卫健委网站");
        b.url = QStringLiteral("http://wjw.qinghe.gov.cn");
        b.unitId = m_unitB;
        a.id = SiteRepository(db()).create(a).value();
        b.id = SiteRepository(db()).create(b).value();

        RoundDialog self(db(), checklistFolder());
        chooseKind(&self, RoundKind::SelfCheck);
        auto *unit = child<QComboBox>(&self, "roundUnit");
        unit->setCurrentIndex(unit->findData(m_unitA));
        accept(self);
        auto scope = RoundScope::load(db(), self.createdRoundId());
        QVERIFY(scope.ok());
        SitesPanel sites(db());
        sites.reload();
        auto *list = child<QTableView>(&sites, "siteList");
        QCOMPARE(list->model()->rowCount(), 2);
        sites.setSiteScope(scope.value().siteIds());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), a.name);
        sites.setSiteScope(std::nullopt);
        QCOMPARE(list->model()->rowCount(), 2);

        RoundDialog special(db(), checklistFolder());
        chooseKind(&special, RoundKind::Special);
        tick(child<QListWidget>(&special, "roundItems"), QStringLiteral("W-D1"));
        accept(special);
        // A special check's checklist holds only its items, so they alone are shown and scored.
        ChecklistPanel checklist(db());
        checklist.setContext(special.createdRoundId(), &a);
        QCOMPARE(checklist.model()->checklist().items.size(), 1);
        QCOMPARE(checklist.model()->checklist().items.first().code, QStringLiteral("W-D1"));
        QVERIFY(checklist.model()->indexOf(QStringLiteral("W-V1")) == QModelIndex());
    }
};

QTEST_MAIN(TestRoundDialog)
#include "tst_rounddialog.moc"
