// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceFile.h"

#include "evidence/EvidenceStore.h"

#include <QFileInfo>

namespace xj {

EvidenceFile EvidenceFile::read(const QString &dataDirectory, const Evidence &evidence)
{
    const EvidenceStore store(dataDirectory);
    EvidenceFile file;
    file.m_path = store.absolutePathFor(evidence.sha256, evidence.fileSuffix);
    auto bytes = store.read(evidence.sha256, evidence.fileSuffix);
    if (bytes) {
        file.m_bytes = std::move(bytes).value();
        return file;
    }
    file.m_error = bytes.error();
    // The store explains the failure in words; the headline needs to know which failure it was.
    const QFileInfo info(file.m_path);
    if (!info.exists())
        file.m_state = State::Missing;
    else if (EvidenceStore::digestOfFile(file.m_path))
        file.m_state = State::Altered; // readable, so it was the hash that did not match
    else
        file.m_state = State::Unreadable;
    return file;
}

QString EvidenceFile::warningTitle() const
{
    switch (m_state) {
    case State::Intact:
        return {};
    case State::Missing:
        return tr("This file is missing from the evidence folder");
    case State::Altered:
        return tr("This file was changed after it was recorded");
    case State::Unreadable:
        return tr("This file cannot be read");
    }
    return {};
}

} // namespace xj
