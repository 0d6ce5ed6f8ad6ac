// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AddAnnotationCommand.h"

#include "annotate/AnnotationDocument.h"

namespace xj {

AddAnnotationCommand::AddAnnotationCommand(AnnotationDocument *document, const Annotation &annotation)
    : m_document(document)
    , m_annotation(annotation)
{
    //: %1 is the kind of annotation, e.g. "Rectangle"
    setText(tr("Add %1").arg(AnnotationKinds.label(annotation.kind)));
}

void AddAnnotationCommand::redo()
{
    if (m_document)
        m_document->append(m_annotation);
}

void AddAnnotationCommand::undo()
{
    // Commands are undone in reverse order, so this command's annotation is the last one.
    if (m_document)
        m_document->removeLast();
}

} // namespace xj
