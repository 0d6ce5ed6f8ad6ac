// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/typo/ProtectedNameCheck.h"

#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageSnapshot.h"
#include "checks/typo/ProtectedTermIndex.h"

#include <QRegularExpression>

namespace xj {

QStringList ProtectedNameCheck::checkIds() const
{
    return {QStringLiteral("typo.protected_name")};
}

void ProtectedNameCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    const ProtectedTermIndex &index = context.dictionaries().protectedTerms();
    if (index.terms().isEmpty())
        return;
    for (const ProtectedTermIndex::Hit &hit : index.find(page.text)) {
        const int block = page.blockAt(hit.offset);
        if (block < 0 || !page.blocks.at(block).isVisible())
            continue;
        const TextBlock &b = page.blocks.at(block);
        const ProtectedTerm &term = index.terms().at(hit.term);
        Candidate c;
        c.checkId = QStringLiteral("typo.protected_name");
        c.text = page.text.mid(hit.offset, hit.length);
        c.block = block;
        c.offset = hit.offset - b.start;
        c.length = hit.length;
        switch (hit.reason) {
        case ProtectedTermIndex::Reason::WrongTitle:
            c.suggestion =
                term.title.section(QRegularExpression(QStringLiteral("[、,，/;；]")), -1) + term.term;
            c.message = tr("Serious error: %1 is listed as “%2”, but the text calls them “%3”.")
                            .arg(term.term, term.title, hit.wrongTitle);
            c.confidence = 0.85;
            break;
        case ProtectedTermIndex::Reason::LookAlike:
            c.suggestion = term.term;
            c.message = tr("Serious error: “%1” looks like a misspelling of the protected term “%2” "
                           "(a similar-looking character).")
                            .arg(c.text, term.term);
            c.confidence = 0.8;
            break;
        default:
            c.suggestion = term.term;
            c.message = tr("Serious error: “%1” sounds like the protected term “%2” but is written "
                           "differently.")
                            .arg(c.text, term.term);
            c.confidence = 0.85;
            break;
        }
        out.append(c);
    }
}

} // namespace xj
