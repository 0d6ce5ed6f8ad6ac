// SPDX-License-Identifier: GPL-3.0-or-later
#include "recheck/RecheckController.h"

#include "common/ErrorDialog.h"
#include "recheck/RecheckDialog.h"
#include "storage/FindingRepository.h"

#include <algorithm>
#include <tuple>

namespace xj {

RecheckController::RecheckController(const Database &database, const QString &dataDirectory,
                                     QWebEngineProfile *profile, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_profile(profile)
    , m_window(window)
{}

RecheckController::~RecheckController()
{
    delete m_dialog; // its page must go before the profile the workbench deletes next
}

RecheckDialog *RecheckController::dialog() const
{
    return m_dialog;
}

bool RecheckController::awaitsRecheck(FindingState state)
{
    return state == FindingState::Notified || state == FindingState::FedBack ||
           state == FindingState::RecheckFailed;
}

Result<QList<Finding>> RecheckController::findingsToRecheck(const Database &database, qint64 roundId)
{
    auto all = FindingRepository(database).list({roundId, 0, false});
    if (!all)
        return all.error();
    QList<Finding> open;
    std::copy_if(all.value().cbegin(), all.value().cend(), std::back_inserter(open),
                 [](const Finding &f) { return awaitsRecheck(f.state); });
    // One site after the other and one page after the other: the live page is loaded once per page.
    std::stable_sort(open.begin(), open.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.siteId, a.url, a.id) < std::tie(b.siteId, b.url, b.id);
    });
    return open;
}

void RecheckController::recheckRound(qint64 roundId, const QString &inspector)
{
    if (roundId <= 0)
        return showError(
            m_window, tr("Re-check findings"),
            Error{tr("Choose an inspection round first: its open findings are re-checked."), {}});
    auto findings = findingsToRecheck(m_db, roundId);
    if (!findings)
        return showError(m_window, tr("Re-check findings"), findings.error());
    if (findings.value().isEmpty())
        return showError(m_window, tr("Re-check findings"),
                         Error{tr("No finding of this round waits for re-check. Findings are re-checked once "
                                  "the unit was notified of them (notified, feedback received or failed at "
                                  "re-check)."),
                               {}});
    open(findings.value(), inspector);
}

void RecheckController::recheckFinding(qint64 findingId, const QString &inspector)
{
    auto finding = FindingRepository(m_db).get(findingId);
    if (!finding)
        return showError(m_window, tr("Re-check finding"), finding.error());
    if (!awaitsRecheck(finding.value().state))
        return showError(
            m_window, tr("Re-check finding"),
            Error{tr("The finding is “%1”: only findings the unit was notified of are re-checked.")
                      .arg(FindingStates.label(finding.value().state)),
                  {}});
    open({finding.value()}, inspector);
}

void RecheckController::open(const QList<Finding> &findings, const QString &inspector)
{
    if (!m_dialog) {
        m_dialog = new RecheckDialog(m_db, m_dataDirectory, m_profile, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &RecheckDialog::findingRechecked, this, &RecheckController::findingsChanged);
    }
    m_dialog->setInspector(inspector);
    m_dialog->setFindings(findings);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace xj
