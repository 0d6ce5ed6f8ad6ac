// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace xj {

/// Something an automated check thinks is wrong on a page. It is only a proposal: the inspector
/// accepts it (it becomes a finding) or dismisses it. Checks fill what they know; the engine fills
/// the checklist item, the element and the surrounding text from the page.
struct Candidate
{
    QString checkId;       ///< stable id used in exports: "typo.confusion", "privacy.id_number", …
    QString itemCode;      ///< checklist item it counts against: "W-V1" (from the CheckCatalogue)
    QString category;      ///< problem category of the indicators' §7: "P01" … (from the catalogue)
    QString message;       ///< for the inspector, in the interface language
    QString text;          ///< the matching text exactly as on the page (or the URL, the element)
    QString suggestion;    ///< the intended form, when the check knows it
    QString context;       ///< the text around the match, for the list
    QString selector;      ///< CSS selector of the element to highlight and capture
    QRectF box;            ///< document CSS pixels, when known
    int block = -1;        ///< TextBlock index when the match is in the page's text
    qsizetype offset = -1; ///< start of the match in that block's text
    qsizetype length = 0;
    double confidence = 1.0; ///< 0…1: how sure the check is

    bool hasTextPosition() const { return block >= 0 && offset >= 0; }
    /// What a dismissal remembers (with the page address): the check and the matching text.
    QString dismissalKey() const { return checkId + QLatin1Char('\n') + text; }
};

using Candidates = QList<Candidate>;

} // namespace xj
