// SPDX-License-Identifier: GPL-3.0-or-later
namespace xj { int uiPlaceholder() { return 0; } }
