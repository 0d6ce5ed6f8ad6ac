// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/HeaderMatcher.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace {

struct FieldSynonyms
{
    ImportField field;
    QStringList headers; ///< best first: the rank decides between two columns for one field
};

/// The words offices use in their registry headers. 主管单位 (the supervising office) ranks after
/// 主办单位 (the host), so that a sheet with both takes the host.
const QList<FieldSynonyms> &synonymTable()
{
    static const QList<FieldSynonyms> table = {
        {ImportField::Name,
         {QStringLiteral("网站名称"), QStringLiteral("站点名称"), QStringLiteral("账号名称"),
          QStringLiteral("新媒体名称"), QStringLiteral("名称"), QStringLiteral("name")}},
        {ImportField::Url,
         {QStringLiteral("网址"), QStringLiteral("网站地址"), QStringLiteral("URL"),
          QStringLiteral("首页地址"), QStringLiteral("域名"), QStringLiteral("链接"),
          QStringLiteral("网站网址")}},
        {ImportField::Unit,
         {QStringLiteral("主办单位"), QStringLiteral("开办主体"), QStringLiteral("责任单位"),
          QStringLiteral("单位"), QStringLiteral("单位名称"), QStringLiteral("主管单位"),
          QStringLiteral("unit")}},
        {ImportField::SiteCode, {QStringLiteral("网站标识码"), QStringLiteral("标识码")}},
        {ImportField::Icp,
         {QStringLiteral("ICP备案号"), QStringLiteral("ICP备案"), QStringLiteral("ICP"),
          QStringLiteral("备案号")}},
        {ImportField::Police,
         {QStringLiteral("公安备案号"), QStringLiteral("公安机关备案号"), QStringLiteral("公安备案"),
          QStringLiteral("公网安备"), QStringLiteral("公网安备号")}},
        {ImportField::Person,
         {QStringLiteral("负责人"), QStringLiteral("网站负责人"), QStringLiteral("联系人")}},
        {ImportField::Phone,
         {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机"),
          QStringLiteral("手机号码"), QStringLiteral("联系方式"), QStringLiteral("phone")}},
        {ImportField::Kind,
         {QStringLiteral("类型/平台"), QStringLiteral("平台"), QStringLiteral("新媒体类型"),
          QStringLiteral("账号类型"), QStringLiteral("所属平台"), QStringLiteral("类型"),
          QStringLiteral("网站类型")}},
        {ImportField::AccountId,
         {QStringLiteral("账号ID"), QStringLiteral("账号"), QStringLiteral("微信号"),
          QStringLiteral("原始ID")}},
        {ImportField::Notes, {QStringLiteral("备注"), QStringLiteral("说明")}},
        {ImportField::Parent,
         {QStringLiteral("上级门户"), QStringLiteral("上级门户网站"), QStringLiteral("所属门户"),
          QStringLiteral("所属门户网站"), QStringLiteral("上级网站"), QStringLiteral("parent portal")}},
    };
    return table;
}

/// Columns every registry has that carry nothing to import; ignoring them needs no warning.
bool isSilentlyIgnored(const QString &normalized)
{
    static const QStringList headers = {QStringLiteral("序号"), QStringLiteral("序"), QStringLiteral("编号"),
                                        QStringLiteral("no"), QStringLiteral("no.")};
    return headers.contains(normalized);
}

const QHash<QString, std::pair<ImportField, int>> &normalizedSynonyms()
{
    static const auto table = [] {
        QHash<QString, std::pair<ImportField, int>> out;
        for (const FieldSynonyms &entry : synonymTable()) {
            for (int rank = 0; rank < entry.headers.size(); ++rank)
                out.insert(HeaderMatcher::normalize(entry.headers.at(rank)), {entry.field, rank});
        }
        return out;
    }();
    return table;
}

} // namespace

QString ColumnMapping::value(const SheetRow &row, ImportField field) const
{
    for (int column : columnsOf(field)) {
        const QString text = row.cell(column).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QStringList ColumnMapping::values(const SheetRow &row, ImportField field) const
{
    QStringList out;
    for (int column : columnsOf(field)) {
        const QString text = row.cell(column).trimmed();
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

QString HeaderMatcher::normalize(const QString &header)
{
    // NFKC folds full-width letters, digits, parentheses and the ideographic space to ASCII.
    QString text = header.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression notes(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]|【[^】]*】"));
    static const QRegularExpression marks(QStringLiteral("[\\s*:]"));
    text.remove(notes);
    text.remove(marks);
    return text.toLower();
}

std::optional<std::pair<ImportField, int>> HeaderMatcher::fieldOf(const QString &header)
{
    const auto it = normalizedSynonyms().constFind(normalize(header));
    if (it == normalizedSynonyms().cend())
        return std::nullopt;
    return *it;
}

QStringList HeaderMatcher::synonyms(ImportField field)
{
    for (const FieldSynonyms &entry : synonymTable()) {
        if (entry.field == field)
            return entry.headers;
    }
    return {};
}

QString HeaderMatcher::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return tr("site name");
    case ImportField::Url:
        return tr("website address");
    case ImportField::Unit:
        return tr("host unit");
    case ImportField::SiteCode:
        return tr("site identifier code");
    case ImportField::Icp:
        return tr("ICP record number");
    case ImportField::Police:
        return tr("public security record number");
    case ImportField::Person:
        return tr("person in charge");
    case ImportField::Phone:
        return tr("phone number");
    case ImportField::Kind:
        return tr("type or platform");
    case ImportField::AccountId:
        return tr("account ID");
    case ImportField::Notes:
        return tr("notes");
    case ImportField::Parent:
        return tr("parent portal");
    case ImportField::Count:
        break;
    }
    return {};
}

ColumnMapping HeaderMatcher::mapRow(const SheetRow &row, qsizetype index)
{
    ColumnMapping mapping;
    mapping.headerIndex = index;
    mapping.headerRowNumber = row.number;
    std::array<QList<std::pair<int, int>>, std::size_t(ImportField::Count)> ranked; // (rank, column)
    for (int column = 0; column < row.cells.size(); ++column) {
        const QString header = row.cells.at(column).trimmed();
        if (header.isEmpty())
            continue;
        if (const auto found = fieldOf(header))
            ranked[std::size_t(found->first)].append({found->second, column});
        else if (!isSilentlyIgnored(normalize(header)))
            mapping.warnings.append(tr("Column %1 (\"%2\") is not a registry field and is ignored.")
                                        .arg(columnLetter(column), header));
    }
    for (std::size_t f = 0; f < ranked.size(); ++f) {
        std::sort(ranked[f].begin(), ranked[f].end());
        for (const auto &[rank, column] : ranked[f])
            mapping.columns[f].append(column);
        const QList<int> &columns = mapping.columns[f];
        for (qsizetype extra = 1; extra < columns.size(); ++extra)
            mapping.warnings.append(tr("Columns %1 and %2 both hold the %3; column %2 is used only where "
                                       "column %1 is empty.")
                                        .arg(columnLetter(columns.first()), columnLetter(columns.at(extra)),
                                             fieldLabel(ImportField(f))));
    }
    return mapping;
}

QList<ImportField> HeaderMatcher::missingFields(const ColumnMapping &mapping)
{
    QList<ImportField> missing;
    for (ImportField required : {ImportField::Name, ImportField::Unit}) {
        if (!mapping.has(required))
            missing.append(required);
    }
    if (!mapping.has(ImportField::Url) && !mapping.has(ImportField::AccountId))
        missing << ImportField::Url << ImportField::AccountId;
    return missing;
}

Result<ColumnMapping> HeaderMatcher::match(const SheetTable &table)
{
    if (table.rows.isEmpty())
        return Error{tr("The file is empty: it has no rows to import."), {}};

    std::optional<ColumnMapping> best;
    auto recognised = [](const ColumnMapping &m) {
        return std::count_if(m.columns.cbegin(), m.columns.cend(),
                             [](const auto &c) { return !c.isEmpty(); });
    };
    for (qsizetype i = 0; i < std::min<qsizetype>(HeaderSearchRows, table.rows.size()); ++i) {
        ColumnMapping mapping = mapRow(table.rows.at(i), i);
        if (missingFields(mapping).isEmpty())
            return mapping;
        if (!best || recognised(mapping) > recognised(*best))
            best = std::move(mapping);
    }

    const SheetRow &headerRow = table.rows.at(best->headerIndex);
    QStringList found;
    for (const QString &cell : headerRow.cells) {
        if (!cell.trimmed().isEmpty())
            found.append(QLatin1Char('"') + cell.trimmed() + QLatin1Char('"'));
    }
    QStringList expected;
    const QList<ImportField> missing = missingFields(*best);
    auto describe = [](ImportField f) {
        return tr("%1 (%2)").arg(fieldLabel(f), synonyms(f).join(QStringLiteral(", ")));
    };
    for (ImportField f : missing) {
        if (f == ImportField::AccountId)
            continue; // named together with the address below
        expected.append(f == ImportField::Url
                            ? tr("%1 or %2").arg(describe(ImportField::Url), describe(ImportField::AccountId))
                            : describe(f));
    }
    return Error{tr("The file does not have the columns a site registry needs. Missing: %1. Headers found in "
                    "row %2: %3. Rename the headers in the file and import it again.")
                     .arg(expected.join(QStringLiteral("; ")), QString::number(headerRow.number),
                          found.isEmpty() ? tr("none") : found.join(QStringLiteral(", "))),
                 {}};
}

} // namespace xj
