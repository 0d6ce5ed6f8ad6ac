// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace xj {

/// Adds or edits one website or new-media account. The host unit is typed or picked; a new name
/// creates the unit when the site is saved.
class SiteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteDialog)
public:
    SiteDialog(const Site &site, const QString &unitName, const QStringList &unitNames,
               QWidget *parent = nullptr);

    Site site() const;
    /// The portals a department site may belong to (id, name); the site itself is left out.
    void setParentChoices(const QList<QPair<qint64, QString>> &portals);
    QString unitName() const;

private:
    void updateKindFields();
    void acceptIfComplete();

    Site m_site;
    QComboBox *m_kind;
    QComboBox *m_platform;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_account;
    QComboBox *m_unit;
    QLineEdit *m_siteCode;
    QLineEdit *m_icp;
    QLineEdit *m_police;
    QCheckBox *m_portal;
    QLineEdit *m_person;
    QLineEdit *m_phone;
    QComboBox *m_status;
    QComboBox *m_parent;
    QPlainTextEdit *m_notes;
};

} // namespace xj
