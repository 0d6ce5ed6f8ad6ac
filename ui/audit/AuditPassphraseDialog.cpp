// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditPassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xj {

AuditPassphraseDialog::AuditPassphraseDialog(const QString &fileName, bool packageSigned, QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
    , m_unprotected(new QCheckBox(tr("The package is not protected"), this))
{
    setObjectName(QStringLiteral("auditPassphraseDialog"));
    setWindowTitle(tr("Import package"));
    auto *label = new QLabel(
        packageSigned
            ? tr("%1 is signed. Enter the passphrase you agreed with its sender.").arg(fileName)
            : tr("%1 carries no signature. If you agreed a passphrase with its sender, untick the box and "
                 "enter it: a package that should be signed but is not will then be refused.")
                  .arg(fileName),
        this);
    label->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("auditPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_unprotected->setObjectName(QStringLiteral("auditUnprotected"));
    m_unprotected->setChecked(!packageSigned);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    m_ok->setObjectName(QStringLiteral("auditPassphraseOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_unprotected);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unprotected, &QCheckBox::toggled, this, &AuditPassphraseDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &AuditPassphraseDialog::updateState);
    updateState();
    resize(440, sizeHint().height());
}

QString AuditPassphraseDialog::passphrase() const
{
    return m_unprotected->isChecked() ? QString() : m_passphrase->text();
}

void AuditPassphraseDialog::updateState()
{
    m_passphrase->setEnabled(!m_unprotected->isChecked());
    m_ok->setEnabled(m_unprotected->isChecked() || !m_passphrase->text().isEmpty());
}

} // namespace xj
