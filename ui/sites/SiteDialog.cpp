// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/SiteDialog.h"

#include "registry/SiteTypeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace xj {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &text,
                    const QString &placeholder = {})
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

SiteDialog::SiteDialog(const Site &site, const QString &unitName, const QStringList &unitNames,
                       QWidget *parent)
    : QDialog(parent)
    , m_site(site)
    , m_kind(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_name(lineEdit(this, QStringLiteral("siteName"), site.name))
    , m_url(
          lineEdit(this, QStringLiteral("siteUrl"), site.url, QStringLiteral("https://www.example.gov.cn/")))
    , m_account(lineEdit(this, QStringLiteral("siteAccount"), site.accountId))
    , m_unit(new QComboBox(this))
    , m_siteCode(lineEdit(this, QStringLiteral("siteCode"), site.siteCode, QStringLiteral("3399990001")))
    , m_icp(lineEdit(this, QStringLiteral("siteIcp"), site.icpNumber))
    , m_police(lineEdit(this, QStringLiteral("sitePolice"), site.policeNumber))
    , m_portal(new QCheckBox(tr("Government portal (the bonus part of the score applies)"), this))
    , m_person(lineEdit(this, QStringLiteral("sitePerson"), site.personInCharge))
    , m_phone(lineEdit(this, QStringLiteral("sitePhone"), site.phone))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(site.notes, this))
{
    setObjectName(QStringLiteral("siteDialog"));
    setWindowTitle(site.id ? tr("Edit site") : tr("Add site"));

    m_kind->setObjectName(QStringLiteral("siteKind"));
    for (SiteKind k : SiteKinds.values())
        m_kind->addItem(SiteKinds.label(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(site.kind)));

    m_platform->setObjectName(QStringLiteral("sitePlatform"));
    m_platform->setEditable(true);
    m_platform->addItems(
        {tr("WeChat"), tr("Weibo"), tr("Douyin"), tr("Toutiao"), tr("Kuaishou"), tr("Other")});
    m_platform->setCurrentText(site.platform);

    m_unit->setObjectName(QStringLiteral("siteUnit"));
    m_unit->setEditable(true);
    m_unit->addItems(unitNames);
    m_unit->setCurrentText(unitName);
    m_unit->lineEdit()->setPlaceholderText(tr("Pick a unit or type the name of a new one"));

    m_portal->setObjectName(QStringLiteral("sitePortal"));
    m_portal->setChecked(site.portal);
    m_status->setObjectName(QStringLiteral("siteStatus"));
    for (SiteStatus s : SiteStatuses.values())
        m_status->addItem(SiteStatuses.label(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(site.status)));
    m_notes->setObjectName(QStringLiteral("siteNotes"));
    m_notes->setMaximumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("Type"), m_kind);
    form->addRow(tr("Platform"), m_platform);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Address (URL)"), m_url);
    form->addRow(tr("Account ID"), m_account);
    form->addRow(tr("Host unit"), m_unit);
    form->addRow(tr("Site identifier code (网站标识码)"), m_siteCode);
    form->addRow(tr("ICP record number"), m_icp);
    form->addRow(tr("Public security record number"), m_police);
    form->addRow(QString(), m_portal);
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("siteParent"));
    m_parent->setToolTip(tr("For a department site: the portal whose domain its address must be under"));
    m_parent->addItem(tr("(none: a portal or a site of its own)"), qint64(0));
    form->addRow(tr("Parent portal"), m_parent);
    form->addRow(tr("Person in charge"), m_person);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Notes"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("siteDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteDialog::acceptIfComplete);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SiteDialog::updateKindFields);
    updateKindFields();
    resize(560, sizeHint().height());
}

void SiteDialog::updateKindFields()
{
    const bool website = SiteKind(m_kind->currentData().toInt()) == SiteKind::Website;
    m_platform->setEnabled(!website);
    m_account->setEnabled(!website);
    m_siteCode->setEnabled(website);
    m_icp->setEnabled(website);
    m_police->setEnabled(website);
    m_portal->setEnabled(website);
    m_parent->setEnabled(website);
}

void SiteDialog::setParentChoices(const QList<QPair<qint64, QString>> &portals)
{
    for (const auto &[id, name] : portals) {
        if (id != m_site.id)
            m_parent->addItem(name, id);
    }
    const int index = m_parent->findData(m_site.parentSiteId);
    m_parent->setCurrentIndex(index >= 0 ? index : 0);
}

// Required fields are checked here so the inspector can fix them without losing what was typed;
// everything else (duplicates, formats) is checked by the repository when saving.
void SiteDialog::acceptIfComplete()
{
    QString missing;
    if (m_name->text().trimmed().isEmpty())
        missing = tr("the name");
    else if (m_unit->currentText().trimmed().isEmpty())
        missing = tr("the host unit");
    else if (SiteKind(m_kind->currentData().toInt()) == SiteKind::Website &&
             m_url->text().trimmed().isEmpty())
        missing = tr("the address (URL)");
    if (!missing.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Please fill in %1.").arg(missing));
        return;
    }
    accept();
}

Site SiteDialog::site() const
{
    Site s = m_site;
    s.kind = SiteKind(m_kind->currentData().toInt());
    const bool website = s.kind == SiteKind::Website;
    const QString platform = m_platform->currentText().trimmed();
    s.platform = website ? QString() : SiteTypeText::platformOf(platform).value_or(platform);
    s.name = m_name->text().trimmed();
    s.url = m_url->text().trimmed();
    if (!s.url.isEmpty() && !s.url.contains(QLatin1String("://")))
        s.url.prepend(QLatin1String("http://"));
    s.accountId = website ? QString() : m_account->text().trimmed();
    s.siteCode = website ? m_siteCode->text().trimmed() : QString();
    s.icpNumber = website ? m_icp->text().trimmed() : QString();
    s.policeNumber = website ? m_police->text().trimmed() : QString();
    s.portal = website && m_portal->isChecked();
    s.parentSiteId = website ? m_parent->currentData().toLongLong() : 0;
    s.personInCharge = m_person->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.status = SiteStatus(m_status->currentData().toInt());
    s.notes = m_notes->toPlainText();
    return s;
}

QString SiteDialog::unitName() const
{
    return m_unit->currentText().trimmed();
}

} // namespace xj
