// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace xj {

class Database;

/// Deleting a finding, undoably: the finding is only marked deleted, so undo brings it back with
/// all its evidence exactly as it was.
class DeleteFindingCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::DeleteFindingCommand)
public:
    /// `changed` runs after every redo and undo (the panel reloads); `failed` reports an error.
    DeleteFindingCommand(const Database &database, qint64 findingId, const QString &description,
                         std::function<void()> changed, std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    qint64 m_findingId;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace xj
