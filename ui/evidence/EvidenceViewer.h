// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"

#include <QDialog>

class QAction;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QWebEngineProfile;
class QWebEngineView;

namespace xj {

class ArchivePage;
class Database;
class EvidenceInfoLabel;
class EvidenceListModel;
class ImageZoomView;

/// Every evidence file of one finding (or of one new-media account record): thumbnails on the
/// left, the selected file on the right — a zoomable image, or the archived page rendered offline —
/// with where and when it was taken and its SHA-256. A file that no longer matches its hash is
/// not shown; a red warning says it was changed after it was recorded. Left/Right move between
/// files; "Save a copy…" exports the file as it was recorded.
class EvidenceViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)
public:
    /// `profile` renders archived pages; nullptr means the default profile.
    EvidenceViewer(const Database &database, const QString &dataDirectory, qint64 findingId,
                   QWebEngineProfile *profile = nullptr, QWidget *parent = nullptr);
    /// The same viewer for the evidence of a new-media account record.
    static EvidenceViewer *forAccountRecord(const Database &database, const QString &dataDirectory,
                                            qint64 accountRecordId, QWebEngineProfile *profile = nullptr,
                                            QWidget *parent = nullptr);

    int fileCount() const;
    /// Selects the file with this id (an original selects its annotated copy); false when absent.
    bool selectEvidence(qint64 evidenceId);
    /// The file on the right now: the original while "Show original" is on.
    const Evidence *shownEvidence() const;
    /// Writes the shown file, as recorded, to `path`. Refused when it no longer matches its hash.
    Status saveCopyTo(const QString &path) const;

private:
    enum class Owner { Finding, AccountRecord };
    enum Page { ImagePage, ArchivePageIndex, EmptyPage };

    EvidenceViewer(const Database &database, const QString &dataDirectory, Owner owner, qint64 ownerId,
                   QWebEngineProfile *profile, QWidget *parent);
    QWidget *createContentPane();
    void loadEvidence(Owner owner, qint64 ownerId);
    const Evidence *currentEvidence() const;
    void showCurrent();
    void showFile(const Evidence &evidence);
    /// The red warning above the content, with `placeholder` where the content would be.
    void showWarning(const QString &title, const QString &explanation, const QString &placeholder);
    void showArchive(const QString &path);
    void showZoomLevel();
    void moveSelection(int delta);
    void saveCopy();
    QWebEngineView *archiveView();

    const Database &m_db;
    QString m_dataDirectory;
    QWebEngineProfile *m_profile;
    EvidenceListModel *m_model;
    QListView *m_list;
    ImageZoomView *m_image;
    QWebEngineView *m_archiveView = nullptr;
    ArchivePage *m_archivePage = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_placeholder; ///< instead of a file that is absent or cannot be trusted
    QLabel *m_warning;
    QLabel *m_zoomLevel;
    QCheckBox *m_showOriginal;
    QAction *m_showOriginalAction = nullptr;
    EvidenceInfoLabel *m_info;
    QPushButton *m_saveCopy;
};

} // namespace xj
