// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QSet>

namespace xj {

/// The 检查 menu: check the page again, switch each automated check on or off (grouped as in the
/// catalogue; the choice is remembered), and open the word lists and allow-lists.
class ChecksMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksMenu)
public:
    ChecksMenu(const QSet<QString> &disabled, QWidget *parent = nullptr);

    QSet<QString> disabledChecks() const;

signals:
    void recheckRequested();
    void disabledChecksChanged(const QSet<QString> &disabled);
    void dictionariesRequested();
};

} // namespace xj
