// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imaging/Annotation.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QDialogButtonBox;
class QUndoStack;

namespace xj {

class AnnotationCanvas;
class AnnotationDocument;
class AnnotationToolBar;
class AnnotationView;

/// Shows a fresh screenshot so that the inspector can mark the problem (frames, arrows, notes,
/// highlights) and make personal data unreadable before the finding is saved. The screenshot
/// passed in is never changed; the result is an annotated copy.
///
/// "Save" accepts with the annotations, "Save without annotations" accepts with none (after a
/// warning if personal data had been pixelated), "Cancel" rejects.
class AnnotationEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)
public:
    explicit AnnotationEditor(const QImage &original, QWidget *parent = nullptr);

    /// The screenshot with its annotations, in the original's pixel size and devicePixelRatio;
    /// a null image when there is nothing to add to the original: no annotations, or the
    /// inspector chose to save without them.
    QImage annotatedImage() const;
    /// The annotations to keep, in logical pixels of the screenshot; empty when saving without.
    QList<Annotation> annotations() const;
    bool hasAnnotations() const;

    void reject() override;

private:
    QDialogButtonBox *createButtons();
    void saveWithoutAnnotations();
    void fitWindowToScreenshot();

    AnnotationDocument *m_document;
    QUndoStack *m_undoStack;
    AnnotationCanvas *m_canvas;
    AnnotationView *m_view;
    AnnotationToolBar *m_toolBar;
    bool m_withoutAnnotations = false;
};

} // namespace xj
