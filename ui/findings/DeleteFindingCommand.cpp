// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/DeleteFindingCommand.h"

#include "storage/FindingRepository.h"

namespace xj {

DeleteFindingCommand::DeleteFindingCommand(const Database &database, qint64 findingId,
                                           const QString &description, std::function<void()> changed,
                                           std::function<void(const QString &)> failed)
    : m_db(database)
    , m_findingId(findingId)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
    setText(tr("delete finding \"%1\"").arg(description.simplified().left(30)));
}

void DeleteFindingCommand::redo()
{
    if (Status s = FindingRepository(m_db).remove(m_findingId); !s) {
        setObsolete(true);
        m_failed(s.error().message);
    }
    m_changed();
}

void DeleteFindingCommand::undo()
{
    if (Status s = FindingRepository(m_db).restore(m_findingId); !s)
        m_failed(s.error().message);
    m_changed();
}

} // namespace xj
