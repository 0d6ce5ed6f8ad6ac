// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Evidence.h"
#include "model/Finding.h"

#include <QGroupBox>

class QLabel;

namespace xj {

/// One side's finding of the selected comparison row in detail: description, page, element text,
/// inspector, and its first evidence picture as a thumbnail (archived pages are only named, they
/// are not pictures).
class AuditFindingPane final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFindingPane)
public:
    AuditFindingPane(const QString &dataDirectory, QWidget *parent = nullptr);

    /// `finding` null: this side saw nothing there.
    void showFinding(const QString &sideName, const Finding *finding, const QList<Evidence> &evidence);
    void clear(const QString &sideName);

private:
    QString m_dataDirectory;
    QLabel *m_text;
    QLabel *m_picture;
};

} // namespace xj
