// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imaging/Annotation.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace xj {

class AnnotationDocument;

/// Adds one annotation to the document; undoing takes it off again.
class AddAnnotationCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::AddAnnotationCommand)
public:
    AddAnnotationCommand(AnnotationDocument *document, const Annotation &annotation);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationDocument> m_document;
    Annotation m_annotation;
};

} // namespace xj
