// SPDX-License-Identifier: GPL-3.0-or-later
// Built only by the layering test, which expects this to FAIL: the core's include paths must not
// reach the widget module.
#include <QWidget>

int main()
{
    QWidget w;
    return 0;
}
