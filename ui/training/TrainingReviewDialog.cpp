// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingReviewDialog.h"

#include "net/StaticFileServer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace xj {

TrainingReviewDialog::TrainingReviewDialog(Exercise exercise, QString exerciseFolder,
                                           QList<TrainingOutcome> misses, QWebEngineProfile *profile,
                                           QWidget *parent)
    : QDialog(parent)
    , m_exercise(std::move(exercise))
    , m_exerciseFolder(std::move(exerciseFolder))
    , m_misses(std::move(misses))
    , m_server(std::make_unique<StaticFileServer>(QDir(m_exerciseFolder).filePath(Exercise::SiteFolder)))
    , m_list(new QStringListModel(this))
    , m_listView(new QListView(this))
    , m_details(new QLabel(this))
    , m_picture(new QLabel(this))
    , m_position(new QLabel(this))
    , m_page(new QWebEngineView(this))
{
    setObjectName(QStringLiteral("trainingReviewDialog"));
    setWindowTitle(tr("Missed problems: %1").arg(m_exercise.title));
    // The page is the archived copy; a server that cannot start leaves the key's side readable.
    if (Status s = m_server->listen(); !s)
        m_details->setText(s.error().message);
    if (profile)
        m_page->setPage(new QWebEnginePage(profile, m_page));
    m_page->setObjectName(QStringLiteral("reviewPageView"));
    connect(m_page, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok)
            highlight();
    });

    QStringList titles;
    for (const TrainingOutcome &o : std::as_const(m_misses))
        titles.append(QStringLiteral("%1 · %2 · %3").arg(o.itemCode, o.category, o.description));
    m_list->setStringList(titles);
    m_listView->setObjectName(QStringLiteral("missList"));
    m_listView->setModel(m_list);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { showMiss(index.row()); });

    m_details->setObjectName(QStringLiteral("missDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_picture->setObjectName(QStringLiteral("missPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumHeight(160);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listView, 2);
    leftLayout->addWidget(m_details, 2);
    leftLayout->addWidget(m_picture, 3);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previous = buttons->addButton(tr("Previous"), QDialogButtonBox::ActionRole);
    previous->setObjectName(QStringLiteral("previousMissButton"));
    QPushButton *next = buttons->addButton(tr("Next"), QDialogButtonBox::ActionRole);
    next->setObjectName(QStringLiteral("nextMissButton"));
    connect(previous, &QPushButton::clicked, this, [this] { showMiss(m_current - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showMiss(m_current + 1); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    m_position->setObjectName(QStringLiteral("missPosition"));
    bottom->addWidget(m_position, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1280, 800);
    if (m_misses.isEmpty())
        m_details->setText(tr("You found every problem of the answer key."));
    else
        showMiss(0);
}

TrainingReviewDialog::~TrainingReviewDialog()
{
    delete m_page; // the page goes before the server that feeds it
}

const ExerciseKeyEntry *TrainingReviewDialog::keyEntry(const QString &id) const
{
    for (const ExerciseKeyEntry &e : m_exercise.key) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void TrainingReviewDialog::showMiss(int index)
{
    if (index < 0 || index >= m_misses.size() || index == m_current)
        return;
    m_current = index;
    m_listView->setCurrentIndex(m_list->index(index));
    m_position->setText(tr("Missed problem %1 of %2").arg(index + 1).arg(m_misses.size()));
    const TrainingOutcome &miss = m_misses.at(index);
    const ExerciseKeyEntry *entry = keyEntry(miss.keyId);
    QString details = tr("<p><b>%1</b></p><p>Checklist item: %2 · category: %3</p><p>Page: %4</p>")
                          .arg(miss.description.toHtmlEscaped(), miss.itemCode.toHtmlEscaped(),
                               miss.category.toHtmlEscaped(), miss.page.toHtmlEscaped());
    if (!miss.text.isEmpty())
        details += tr("<p>On the page: <span style=\"background:#ffe066\">%1</span></p>")
                       .arg(miss.text.toHtmlEscaped());
    else
        details += tr("<p>Something the page should show is missing from it.</p>");
    m_details->setText(details);

    const QString pictureFile = entry && !entry->evidenceFile.isEmpty()
                                    ? QDir(m_exerciseFolder).filePath(entry->evidenceFile)
                                    : QString();
    const QPixmap picture(pictureFile);
    if (picture.isNull()) {
        m_picture->setPixmap({});
        m_picture->setText(tr("No picture in the answer key for this problem."));
    } else {
        m_picture->setPixmap(picture.scaled(QSize(420, 320), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    if (m_server->isListening() && miss.page != QLatin1String("*"))
        m_page->load(m_server->baseUrl().resolved(QUrl(miss.page.mid(miss.page.startsWith(u'/')))));
}

void TrainingReviewDialog::highlight()
{
    if (m_current < 0)
        return;
    const TrainingOutcome &miss = m_misses.at(m_current);
    // findText selects and scrolls to the first occurrence; a link's address is not visible text, so the
    // key's other texts (its anchor text) are tried when the first finds nothing.
    QStringList texts{miss.text};
    if (const ExerciseKeyEntry *entry = keyEntry(miss.keyId))
        texts += entry->alternativeTexts;
    texts.removeAll(QString());
    findFirst(texts);
}

void TrainingReviewDialog::findFirst(QStringList texts)
{
    if (texts.isEmpty())
        return;
    const QString text = texts.takeFirst();
    QPointer<TrainingReviewDialog> self(this);
    m_page->findText(text, {}, [self, texts](const QWebEngineFindTextResult &result) {
        if (self && result.numberOfMatches() == 0)
            self->findFirst(texts);
    });
}

} // namespace xj
