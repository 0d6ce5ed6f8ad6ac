// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Evidence.h"
#include "model/Finding.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QStackedWidget;

namespace xj {

class Database;
class ImageZoomView;

/// The "before" half of a re-check: the picture the finding was proven with (the annotated copy the
/// inspector drew on, else the first screenshot; never one taken at an earlier re-check) with the
/// problem's description, the element's text and what the unit answered.
class RecheckBeforePane final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecheckBeforePane)
public:
    RecheckBeforePane(const Database &database, const QString &dataDirectory, QWidget *parent = nullptr);

    void showFinding(const Finding &finding);
    /// The evidence row on show; 0 when the finding has no picture.
    qint64 shownEvidenceId() const { return m_shownId; }
    /// Which of a finding's evidence rows is its "before" picture; nullptr when none is.
    static const Evidence *originalPicture(const QList<Evidence> &evidence);

private:
    void showPicture(const QList<Evidence> &evidence);
    QString describe(const Finding &finding) const;

    const Database &m_db;
    QString m_dataDirectory;
    QStackedWidget *m_stack;
    ImageZoomView *m_image;
    QLabel *m_placeholder;
    QLabel *m_text;
    qint64 m_shownId = 0;
};

} // namespace xj
