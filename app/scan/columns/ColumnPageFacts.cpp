// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/columns/ColumnPageFacts.h"

#include <QJsonArray>

namespace xj {

namespace {

// Short keys: the facts of every crawled page are kept in the scan database.
constexpr auto KeyColumn = "k";
constexpr auto KeyName = "n";
constexpr auto KeyLevel = "v";
constexpr auto KeyList = "l";
constexpr auto KeyItems = "i";
constexpr auto KeyBlank = "b";
constexpr auto KeyBlankText = "bt";
constexpr auto KeyArticleDate = "a";

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

bool ColumnPageFacts::isEmpty() const
{
    return !isListPage && !blank && items.isEmpty() && !articleDate.isValid();
}

QJsonObject ColumnPageFacts::toJson() const
{
    QJsonObject json;
    if (!columnKey.isEmpty())
        json.insert(QLatin1String(KeyColumn), columnKey);
    if (!columnName.isEmpty())
        json.insert(QLatin1String(KeyName), columnName);
    if (level > 0)
        json.insert(QLatin1String(KeyLevel), level);
    if (isListPage)
        json.insert(QLatin1String(KeyList), 1);
    if (!items.isEmpty()) {
        // Each item as [title, url, date]: an array per item is half the size of an object.
        QJsonArray array;
        for (const DatedItem &item : items)
            array.append(QJsonArray{item.title, item.url, dateText(item.date)});
        json.insert(QLatin1String(KeyItems), array);
    }
    if (blank)
        json.insert(QLatin1String(KeyBlank), 1);
    if (!blankText.isEmpty())
        json.insert(QLatin1String(KeyBlankText), blankText);
    if (articleDate.isValid())
        json.insert(QLatin1String(KeyArticleDate), dateText(articleDate));
    return json;
}

ColumnPageFacts ColumnPageFacts::fromJson(const QJsonObject &json)
{
    ColumnPageFacts f;
    f.columnKey = json.value(QLatin1String(KeyColumn)).toString();
    f.columnName = json.value(QLatin1String(KeyName)).toString();
    f.level = json.value(QLatin1String(KeyLevel)).toInt();
    f.isListPage = json.value(QLatin1String(KeyList)).toInt() != 0;
    for (const QJsonValue &value : json.value(QLatin1String(KeyItems)).toArray()) {
        const QJsonArray a = value.toArray();
        DatedItem item{a.at(0).toString(), a.at(1).toString(), dateFrom(a.at(2))};
        if (!item.url.isEmpty())
            f.items.append(item);
    }
    f.blank = json.value(QLatin1String(KeyBlank)).toInt() != 0;
    f.blankText = json.value(QLatin1String(KeyBlankText)).toString();
    f.articleDate = dateFrom(json.value(QLatin1String(KeyArticleDate)));
    return f;
}

} // namespace xj
