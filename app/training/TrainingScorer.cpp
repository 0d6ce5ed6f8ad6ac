// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingScorer.h"

#include "matching/FindingMatcher.h"
#include "matching/FindingSubject.h"
#include "matching/MatchSubject.h"
#include "matching/PagePath.h"

namespace xj {

namespace {

MatchSubject subjectOf(const ExerciseKeyEntry &entry)
{
    QStringList texts{entry.text};
    texts += entry.alternativeTexts;
    return {entry.itemCode, entry.page, entry.selector, texts};
}

QString falseAlarmCategory(const QString &itemCode, const QList<ExerciseKeyEntry> &key,
                           const QHash<QString, QStringList> &itemCategories)
{
    const QString item = itemCode.trimmed();
    if (item.isEmpty())
        return {};
    for (const ExerciseKeyEntry &entry : key) {
        if (entry.itemCode.trimmed().compare(item, Qt::CaseInsensitive) == 0 && !entry.category.isEmpty())
            return entry.category;
    }
    const QStringList categories = itemCategories.value(item);
    return categories.isEmpty() ? QString() : categories.constFirst();
}

} // namespace

TrainingScore TrainingScorer::score(const QList<ExerciseKeyEntry> &key, const QList<Finding> &findings,
                                    const QHash<QString, QStringList> &itemCategories)
{
    QList<MatchSubject> keySubjects;
    keySubjects.reserve(key.size());
    for (const ExerciseKeyEntry &entry : key)
        keySubjects.append(subjectOf(entry));
    QList<const Finding *> scored; // withdrawn ones left out; the matcher's indices point in here
    QList<MatchSubject> findingSubjects;
    for (const Finding &finding : findings) {
        if (finding.state == FindingState::FalsePositive)
            continue;
        scored.append(&finding);
        findingSubjects.append(FindingSubject::of(finding));
    }
    const FindingMatcher::Matching matching = FindingMatcher::match(keySubjects, findingSubjects);

    QList<int> partner(key.size(), -1);
    for (const FindingMatcher::Pair &pair : matching.pairs)
        partner[pair.left] = pair.right;

    TrainingScore score;
    for (qsizetype k = 0; k < key.size(); ++k) {
        const ExerciseKeyEntry &entry = key.at(k);
        TrainingOutcome outcome;
        outcome.keyId = entry.id;
        outcome.category = entry.category;
        outcome.itemCode = entry.itemCode;
        outcome.page = entry.page;
        outcome.description = entry.description;
        if (const int f = partner.at(k); f >= 0) {
            outcome.kind = TrainingOutcomeKind::Hit;
            outcome.findingId = scored.at(f)->id;
            // What the page shows: the trainee's picked element, or the key's words when they picked none.
            outcome.text = scored.at(f)->elementText.isEmpty() ? entry.text : scored.at(f)->elementText;
        } else {
            outcome.kind = TrainingOutcomeKind::Miss;
            outcome.text = entry.text;
        }
        score.outcomes.append(outcome);
    }
    for (const int f : matching.unmatchedRight) {
        const Finding &finding = *scored.at(f);
        TrainingOutcome outcome;
        outcome.kind = TrainingOutcomeKind::FalseAlarm;
        outcome.findingId = finding.id;
        outcome.category = falseAlarmCategory(finding.itemCode, key, itemCategories);
        outcome.itemCode = finding.itemCode;
        outcome.page = PagePath::normalize(finding.url);
        outcome.text = finding.elementText;
        outcome.description = finding.description;
        score.outcomes.append(outcome);
    }

    return TrainingScore::fromOutcomes(std::move(score.outcomes));
}

} // namespace xj
