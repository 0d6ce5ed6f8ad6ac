// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ColumnClassDelegate.h"

#include "scan/columns/ColumnClass.h"

#include <QComboBox>

namespace xj {

QWidget *ColumnClassDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("columnClassEditor"));
    for (ColumnClass cls : ColumnClasses.values())
        box->addItem(columnClassLabel(cls), columnClassKey(cls));
    // One choice is the whole edit: it is committed at once, not when the cell loses focus.
    // createEditor() is const, but emitting the delegate's signals changes none of its state.
    auto *self = const_cast<ColumnClassDelegate *>(this);
    connect(box, &QComboBox::activated, self, [self, box] {
        emit self->commitData(box);
        emit self->closeEditor(box);
    });
    return box;
}

void ColumnClassDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
}

void ColumnClassDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace xj
