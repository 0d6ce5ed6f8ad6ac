// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imaging/Annotation.h"

#include <QIcon>

namespace xj {

/// The annotation editor's tool bar icons, painted rather than loaded so that they stay sharp
/// at every screen scale and need no icon theme (Windows has none).
namespace ToolIcons {

QIcon forKind(Annotation::Kind kind);
QIcon colorSwatch(const QColor &color);
QIcon undo();
QIcon redo();

} // namespace ToolIcons
} // namespace xj
