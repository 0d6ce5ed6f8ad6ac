// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChecklistTemplate.h"

#include <QString>

/// A bundled template by its file's base name, e.g. "national-2019-website". Aborts the test run
/// when it does not load: every other assertion would be meaningless.
xj::ChecklistTemplate bundledChecklist(const QString &name);

/// A template file loaded on top of `base`; an empty template (and a warning with the message) when
/// the file is rejected, so that the comparisons after it fail visibly.
xj::ChecklistTemplate loadChecklist(const QString &path, const xj::ChecklistTemplate *base = nullptr);
