// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/FindingMatcher.h"

#include "matching/PagePath.h"

#include <limits>

namespace xj {

namespace {

/// A subject in the form it is compared in, computed once per subject rather than once per pair.
struct Prepared
{
    QString item;
    QString page;
    QStringList steps; ///< the selector's steps between top-level ">" combinators
    QStringList texts; ///< normalised, non-empty
    bool wholePage = false;
};

/// The selector cut at its child combinators, so that "body>div" and "body > div" are equal and an
/// ancestor is a prefix. A ">" inside brackets, parentheses or quotes ([title="a>b"]) is no combinator.
QStringList selectorSteps(const QString &selector)
{
    QStringList steps;
    QString current;
    int depth = 0;
    QChar quote;
    const auto flush = [&] {
        const QString step = current.simplified();
        if (!step.isEmpty())
            steps.append(step);
        current.clear();
    };
    for (const QChar c : selector) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('(')) {
            ++depth;
        } else if ((c == QLatin1Char(']') || c == QLatin1Char(')')) && depth > 0) {
            --depth;
        } else if (c == QLatin1Char('>') && depth == 0) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return steps;
}

/// NFKC turns full-width letters, digits and the ideographic space into their plain forms, so a
/// trainee who copies "ＩＣＰ备１２３" matches a key that says "ICP备123".
QString comparableText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

Prepared prepare(const MatchSubject &subject)
{
    Prepared p;
    p.item = subject.itemCode.trimmed().toCaseFolded();
    p.page = PagePath::normalize(subject.page);
    p.steps = selectorSteps(subject.selector);
    for (const QString &text : subject.texts) {
        const QString t = comparableText(text);
        if (!t.isEmpty())
            p.texts.append(t);
    }
    p.wholePage = p.steps.isEmpty() && p.texts.isEmpty();
    return p;
}

bool isPrefix(const QStringList &shorter, const QStringList &longer)
{
    if (shorter.size() > longer.size())
        return false;
    for (qsizetype i = 0; i < shorter.size(); ++i) {
        if (shorter.at(i) != longer.at(i))
            return false;
    }
    return true;
}

/// One character in common ("的", "1") says nothing about two findings being the same problem.
constexpr qsizetype MinimumSharedText = 2;

bool shareText(const Prepared &a, const Prepared &b)
{
    for (const QString &x : a.texts) {
        for (const QString &y : b.texts) {
            const QString &shorter = x.size() <= y.size() ? x : y;
            const QString &longer = x.size() <= y.size() ? y : x;
            if (shorter.size() >= MinimumSharedText && longer.contains(shorter))
                return true;
        }
    }
    return false;
}

int strengthOf(const Prepared &a, const Prepared &b)
{
    // A finding not yet assigned to an item is about nothing the other side can confirm.
    if (a.item.isEmpty() || a.item != b.item)
        return FindingMatcher::NoOverlap;
    if (a.page != QLatin1String("*") && b.page != QLatin1String("*") && a.page != b.page)
        return FindingMatcher::NoOverlap;
    int strength = 0;
    if (!a.steps.isEmpty() && !b.steps.isEmpty()) {
        if (a.steps == b.steps)
            strength += FindingMatcher::SameElement;
        else if (isPrefix(a.steps, b.steps) || isPrefix(b.steps, a.steps))
            strength += FindingMatcher::AncestorElement;
    }
    if (shareText(a, b))
        strength += FindingMatcher::SharedText;
    if (strength > 0)
        return strength;
    return a.wholePage || b.wholePage ? FindingMatcher::WholePage : FindingMatcher::NoOverlap;
}

} // namespace

int FindingMatcher::strength(const MatchSubject &a, const MatchSubject &b)
{
    return strengthOf(prepare(a), prepare(b));
}

bool FindingMatcher::overlaps(const MatchSubject &a, const MatchSubject &b)
{
    return strength(a, b) != NoOverlap;
}

// A greedy first-come pairing loses pairs (the first finding takes the only partner of the second),
// and plain augmenting paths (Kuhn) reach the most pairs but not the closest ones. So this is a
// minimum-cost maximum matching by successive shortest augmenting paths, the cost of a pair being
// minus its strength: each round adds one pair along the path that loses the least strength, and
// the rounds stop when no path is left. Costs are negative, hence Bellman-Ford; the lists are a
// few hundred findings with sparse edges (same item and page), which it handles at once. Strict
// "<" when relaxing and scanning in index order make ties go to the earlier finding.
FindingMatcher::Matching FindingMatcher::match(const QList<MatchSubject> &left,
                                               const QList<MatchSubject> &right)
{
    struct Edge
    {
        int right;
        int strength;
    };
    const int leftCount = int(left.size());
    const int rightCount = int(right.size());
    QList<Prepared> rightPrepared;
    rightPrepared.reserve(rightCount);
    for (const MatchSubject &subject : right)
        rightPrepared.append(prepare(subject));
    QList<QList<Edge>> edges(leftCount);
    for (int i = 0; i < leftCount; ++i) {
        const Prepared a = prepare(left.at(i));
        for (int j = 0; j < rightCount; ++j) {
            if (const int s = strengthOf(a, rightPrepared.at(j)); s != NoOverlap)
                edges[i].append({j, s});
        }
    }

    constexpr int Unreached = std::numeric_limits<int>::max();
    QList<int> matchLeft(leftCount, -1);
    QList<int> matchRight(rightCount, -1);
    QList<int> matchStrength(leftCount, 0); // of the pair left i is in
    for (;;) {
        QList<int> distLeft(leftCount, Unreached);
        QList<int> distRight(rightCount, Unreached);
        QList<int> viaLeft(rightCount, -1);
        QList<int> viaStrength(rightCount, 0);
        for (int i = 0; i < leftCount; ++i) {
            if (matchLeft.at(i) < 0)
                distLeft[i] = 0;
        }
        // Without negative cycles (none exist between rounds) a shortest path has fewer edges
        // than there are nodes; the bound only guards against a bug looping forever.
        for (int round = 0; round <= leftCount + rightCount; ++round) {
            bool changed = false;
            for (int i = 0; i < leftCount; ++i) {
                if (distLeft.at(i) == Unreached)
                    continue;
                for (const Edge &e : std::as_const(edges.at(i))) {
                    const int d = distLeft.at(i) - e.strength;
                    if (e.right != matchLeft.at(i) && d < distRight.at(e.right)) {
                        distRight[e.right] = d;
                        viaLeft[e.right] = i;
                        viaStrength[e.right] = e.strength;
                        changed = true;
                    }
                }
            }
            // Back along a pair: undoing it gives its strength back.
            for (int j = 0; j < rightCount; ++j) {
                const int i = matchRight.at(j);
                if (i < 0 || distRight.at(j) == Unreached)
                    continue;
                if (const int d = distRight.at(j) + matchStrength.at(i); d < distLeft.at(i)) {
                    distLeft[i] = d;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        int end = -1;
        for (int j = 0; j < rightCount; ++j) {
            if (matchRight.at(j) < 0 && distRight.at(j) != Unreached &&
                (end < 0 || distRight.at(j) < distRight.at(end)))
                end = j;
        }
        if (end < 0)
            break;
        // Walk the path back: each left finding on it swaps its old partner for the new one.
        for (int j = end, guard = 0; j >= 0 && guard <= leftCount; ++guard) {
            const int i = viaLeft.at(j);
            const int previous = matchLeft.at(i);
            matchLeft[i] = j;
            matchRight[j] = i;
            matchStrength[i] = viaStrength.at(j);
            j = previous;
        }
    }

    Matching result;
    for (int i = 0; i < leftCount; ++i) {
        if (matchLeft.at(i) >= 0)
            result.pairs.append({i, matchLeft.at(i)});
        else
            result.unmatchedLeft.append(i);
    }
    for (int j = 0; j < rightCount; ++j) {
        if (matchRight.at(j) < 0)
            result.unmatchedRight.append(j);
    }
    return result;
}

} // namespace xj
