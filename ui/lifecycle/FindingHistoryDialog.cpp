// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/FindingHistoryDialog.h"

#include "common/ErrorDialog.h"
#include "lifecycle/FindingHistoryModel.h"
#include "lifecycle/FindingLifecycle.h"
#include "storage/FindingHistoryRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace xj {

FindingHistoryDialog::FindingHistoryDialog(const Database &database, const QString &dataDirectory,
                                           const Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_finding(finding)
    , m_model(new FindingHistoryModel(this))
    , m_table(new QTableView(this))
    , m_answers(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("findingHistoryDialog"));
    setWindowTitle(tr("History of finding #%1").arg(finding.id));
    auto *about = new QLabel(finding.description.left(200), this);
    about->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("findingHistoryTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_answers->setObjectName(QStringLiteral("findingAnswersView"));
    m_answers->setOpenExternalLinks(true); // attachments open in the system's viewer
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_answers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(760, 520);
    loadChanges();
    loadAnswers();
}

void FindingHistoryDialog::loadChanges()
{
    auto changes = FindingHistoryRepository(m_db).forFinding(m_finding.id);
    if (!changes) {
        showError(this, windowTitle(), changes.error());
        return;
    }
    m_model->setChanges(changes.value());
    m_table->resizeColumnsToContents();
}

void FindingHistoryDialog::loadAnswers()
{
    const FindingLifecycle lifecycle(m_db, m_dataDirectory);
    auto feedback = lifecycle.feedback(m_finding.id);
    auto rechecks = lifecycle.rechecks(m_finding.id);
    if (!feedback || !rechecks) {
        showError(this, windowTitle(), feedback ? rechecks.error() : feedback.error());
        return;
    }
    const auto escaped = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString html = QStringLiteral("<h3>") + tr("Feedback from the unit") + QStringLiteral("</h3>");
    if (feedback.value().isEmpty())
        html += QStringLiteral("<p>") + tr("No feedback recorded.") + QStringLiteral("</p>");
    for (const StoredFeedback &f : std::as_const(feedback.value())) {
        html +=
            QStringLiteral("<p><b>") +
            tr("Received %1, recorded by %2")
                .arg(QLocale().toString(f.record.receivedOn, QLocale::ShortFormat), escaped(f.record.actor)) +
            QStringLiteral("</b><br>") + escaped(f.record.body);
        for (qsizetype i = 0; i < f.attachments.size(); ++i) {
            const QString url = QUrl::fromLocalFile(f.record.attachmentPaths.value(i)).toString();
            html += QStringLiteral("<br>📎 <a href=\"%1\">%2</a> (%3)")
                        .arg(url.toHtmlEscaped(), escaped(f.attachments.at(i).fileName),
                             QLocale().formattedDataSize(f.attachments.at(i).size));
        }
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<h3>") + tr("Re-checks") + QStringLiteral("</h3>");
    if (rechecks.value().isEmpty())
        html += QStringLiteral("<p>") + tr("Not re-checked yet.") + QStringLiteral("</p>");
    for (const StoredRecheck &r : std::as_const(rechecks.value())) {
        html += QStringLiteral("<p><b>") +
                tr("%1 by %2: %3")
                    .arg(FindingHistoryModel::timeText(r.record.at), escaped(r.record.actor),
                         r.record.passed ? tr("passed") : tr("failed")) +
                QStringLiteral("</b>");
        if (!r.record.note.isEmpty())
            html += QStringLiteral("<br>") + escaped(r.record.note);
        if (!r.record.checkResult.isEmpty())
            html += QStringLiteral("<br>") + tr("Automated check: %1").arg(escaped(r.record.checkResult));
        html += QStringLiteral("</p>");
    }
    m_answers->setHtml(html);
}

} // namespace xj
