// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace xj {

/// Asks for the passphrase of a peer-audit package before it is imported. A signed package needs
/// it; for a package without a signature the "not protected" box starts ticked, but someone who
/// agreed a passphrase with the sender should untick it and type it: then a package whose
/// signature was stripped on the way is refused instead of trusted.
class AuditPassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPassphraseDialog)
public:
    AuditPassphraseDialog(const QString &fileName, bool packageSigned, QWidget *parent = nullptr);

    /// Empty when the package is not protected.
    QString passphrase() const;

private:
    void updateState();

    QLineEdit *m_passphrase;
    QCheckBox *m_unprotected;
    QPushButton *m_ok;
};

} // namespace xj
