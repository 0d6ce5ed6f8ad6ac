// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace xj {

/// Narrows the findings list by checklist item, state and free text (and by a Restriction from a
/// dashboard chart), and sorts it by the natural order of each column (time by time, counts by
/// number).
class FindingFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingFilterProxy)
public:
    /// A narrowing asked for from outside the filter bar, such as a click on a dashboard chart:
    /// a row must match every part that is set. An empty label means no restriction.
    struct Restriction
    {
        QString label;                          ///< what it is, for the panel's "Filtered by: …"
        qint64 siteId = 0;                      ///< 0: any site
        std::optional<QSet<QString>> itemCodes; ///< an area's or one veto item's codes; "" is "no item"
        QSet<int> states;                       ///< FindingState values; empty: any state
        std::optional<QSet<qint64>> findingIds; ///< e.g. the overdue findings

        bool isActive() const { return !label.isEmpty(); }
    };

    explicit FindingFilterProxy(QObject *parent = nullptr);

    /// Empty: every item.
    void setItemCode(const QString &itemCode);
    /// std::nullopt: every state.
    void setState(std::optional<int> state);
    /// Every word must occur (case-insensitive) in the description, address, title, item, site…
    void setText(const QString &text);
    void setRestriction(const Restriction &restriction);
    const Restriction &restriction() const { return m_restriction; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool restrictionAccepts(int sourceRow) const;

    QString m_itemCode;
    std::optional<int> m_state;
    QStringList m_words;
    Restriction m_restriction;
};

} // namespace xj
