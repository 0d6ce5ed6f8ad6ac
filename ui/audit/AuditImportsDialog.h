// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace xj {

class AuditImportsModel;
class Database;

/// The teams' result packages filed under a round (AuditImportsModel), or what to do when there
/// are none yet.
class AuditImportsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditImportsDialog)
public:
    AuditImportsDialog(const Database &database, qint64 roundId, QWidget *parent = nullptr);

    AuditImportsModel *model() const { return m_model; }

private:
    AuditImportsModel *m_model;
};

} // namespace xj
