// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace xj {

/// Narrows the findings list by checklist item, state and free text, and sorts it by the natural
/// order of each column (time by time, counts by number).
class FindingFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingFilterProxy)
public:
    explicit FindingFilterProxy(QObject *parent = nullptr);

    /// Empty: every item.
    void setItemCode(const QString &itemCode);
    /// std::nullopt: every state.
    void setState(std::optional<int> state);
    /// Every word must occur (case-insensitive) in the description, address, title, item, site…
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_itemCode;
    std::optional<int> m_state;
    QStringList m_words;
};

} // namespace xj
