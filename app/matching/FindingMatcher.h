// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchSubject.h"

#include <QList>

namespace xj {

/// Two lists of findings paired one to one: the training mode pairs a trainee's findings with an
/// exercise's answer key, a peer audit one team's findings with another's.
///
/// Two findings are about the same problem when all three of these hold:
///  1. they count against the same checklist item (W-V1 and w-v1 are the same item);
///  2. they are on the same page (a page's address and its path are the same page, and so are a
///     folder and its index page; an answer-key entry for "any page" matches every page);
///  3. they point at the same thing: the same element, or one element inside the other; or one
///     quotes the other's words (at least two characters, ignoring case, spacing and full-width
///     versus half-width letters and digits); or one of them names no element and quotes nothing,
///     which means the whole page is at fault (a missing element), so anything on that page for
///     that item is about it.
///
/// Each finding is used at most once: two identical findings on one side and one on the other make
/// one pair and one left over, so reporting a problem twice does not count twice. The pairing makes
/// as many pairs as possible; among the pairings with that many pairs it prefers the closest ones
/// (same element, then quoted words, then an element inside the other, then whole-page), and when
/// two pairings are equally good the earlier finding in the list wins. The same lists always give
/// the same pairs.
class FindingMatcher
{
public:
    struct Pair
    {
        int left = -1;
        int right = -1;
        bool operator==(const Pair &) const = default;
    };

    struct Matching
    {
        QList<Pair> pairs;         ///< sorted by left index
        QList<int> unmatchedLeft;  ///< ascending
        QList<int> unmatchedRight; ///< ascending
    };

    /// How closely a pair agrees, for preferring one pairing over another (never shown to users).
    enum Strength : int {
        NoOverlap = -1,
        WholePage = 0,
        AncestorElement = 1,
        SharedText = 2,
        SameElement = 3,
    };

    static bool overlaps(const MatchSubject &a, const MatchSubject &b);
    /// NoOverlap, or the sum of the element agreement (SameElement or AncestorElement) and
    /// SharedText, or WholePage when only the whole-page rule applies.
    static int strength(const MatchSubject &a, const MatchSubject &b);
    static Matching match(const QList<MatchSubject> &left, const QList<MatchSubject> &right);
};

} // namespace xj
