// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the .xlsx fixtures of the registry tests with libxlsxwriter: `xlsx_fixture_writer DIR`.
//
// A separate program, so the workbooks come from a real writer exactly as a file an office sends.

#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdio>
#include <vector>
#include <xlsxwriter.h>

namespace {

/// A cell is a QString (text), a number, a bool, a QStringList (rich text, the first run bold) or
/// an invalid QVariant (no cell: a gap).
struct SheetSpec
{
    QString name;
    QList<QVariantList> rows;
    bool hidden = false;
};

bool writeCell(lxw_worksheet *sheet, lxw_format *bold, int row, int column, const QVariant &cell)
{
    if (!cell.isValid())
        return true;
    switch (cell.typeId()) {
    case QMetaType::Bool:
        return worksheet_write_boolean(sheet, row, column, cell.toBool(), nullptr) == LXW_NO_ERROR;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return worksheet_write_number(sheet, row, column, cell.toDouble(), nullptr) == LXW_NO_ERROR;
    case QMetaType::QStringList: {
        std::vector<QByteArray> texts;
        for (const QString &run : cell.toStringList())
            texts.push_back(run.toUtf8());
        std::vector<lxw_rich_string_tuple> tuples;
        for (std::size_t i = 0; i < texts.size(); ++i)
            tuples.push_back({i == 0 ? bold : nullptr, texts[i].data()});
        std::vector<lxw_rich_string_tuple *> pointers;
        for (auto &t : tuples)
            pointers.push_back(&t);
        pointers.push_back(nullptr);
        return worksheet_write_rich_string(sheet, row, column, pointers.data(), nullptr) == LXW_NO_ERROR;
    }
    default:
        return worksheet_write_string(sheet, row, column, cell.toString().toUtf8().constData(), nullptr) ==
               LXW_NO_ERROR;
    }
}

/// `inlineStrings` uses the constant-memory mode, which writes inline strings instead of the
/// shared-strings table.
bool writeWorkbook(const QString &path, const QList<SheetSpec> &sheets, bool inlineStrings = false)
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!workbook)
        return false;
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    bool ok = true;
    std::vector<lxw_worksheet *> written;
    for (const SheetSpec &spec : sheets) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, spec.name.toUtf8().constData());
        if (!sheet)
            return false;
        written.push_back(sheet);
        for (int r = 0; r < spec.rows.size(); ++r) {
            for (int c = 0; c < spec.rows.at(r).size(); ++c)
                ok = writeCell(sheet, bold, r, c, spec.rows.at(r).at(c)) && ok;
        }
    }
    // A hidden sheet cannot be the active one, so the first visible sheet is activated first.
    for (std::size_t i = 0; i < written.size(); ++i) {
        if (!sheets.at(qsizetype(i)).hidden) {
            worksheet_activate(written[i]);
            break;
        }
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
        if (sheets.at(qsizetype(i)).hidden)
            worksheet_hide(written[i]);
    }
    return workbook_close(workbook) == LXW_NO_ERROR && ok;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// Cell types of every kind, a gap column C, an empty row 4 and a repeated shared string.
QList<QVariantList> cellTypeRows()
{
    return {
        {s("网站名称"), s("网址"), QVariant(), s("主办单位"), s("网站标识码"), s("门户"), s("备注")},
        {s("示例市人民政府门户网站"), s("http://www.example.gov.cn"), QVariant(), s("示例市人民政府办公室"),
         3399990001.0, true, QStringList{s("富"), s("文本")}},
        {s("示例市教育局网站"), s("www.edu.example.gov.cn"), QVariant(), s("示例市人民政府办公室"),
         qlonglong(3399990002), false, 12.5},
        {},
        {s("第五行")},
    };
}

/// A registry as an office keeps it: websites with numeric codes and phones, and new media on a
/// second sheet.
QList<SheetSpec> registryWorkbook()
{
    const QList<QVariantList> websites = {
        {s("序号"), s("网站名称"), s("网址"), QVariant(), s("主办单位"), s("网站标识码"), s("联系电话"),
         s("类型")},
        {1, s("示例市人民政府门户网站"), s("http://www.example.gov.cn"), QVariant(),
         s("示例市人民政府办公室"), 3399990001.0, s("0571-87654321"), s("门户网站")},
        {2, s("示例市教育局网站"), s("www.edu.example.gov.cn"), QVariant(), s("示例市教育局"), 3399990002.0,
         13800138000.0, s("网站")},
    };
    const QList<QVariantList> newMedia = {
        {s("账号名称"), s("平台"), s("账号ID"), s("主办单位")},
        {s("示例发布"), s("微信公众号"), s("example_fabu"), s("示例市人民政府办公室")},
        {s("示例发布"), s("新浪微博"), 1234567890.0, s("示例市人民政府办公室")},
    };
    return {{s("网站"), websites}, {s("新媒体"), newMedia}};
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: xlsx_fixture_writer DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const bool ok = writeWorkbook(dir.filePath(s("shared.xlsx")), {{s("网站名录"), cellTypeRows()}}) &&
                    writeWorkbook(dir.filePath(s("inline.xlsx")), {{s("网站名录"), cellTypeRows()}}, true) &&
                    writeWorkbook(dir.filePath(s("two.xlsx")),
                                  {{s("网站"), {{s("first")}}}, {s("新媒体"), {{s("second")}}}}) &&
                    writeWorkbook(dir.filePath(s("hidden.xlsx")),
                                  {{s("说明"), {{s("hidden")}}, true}, {s("网站"), {{s("visible")}}}}) &&
                    writeWorkbook(dir.filePath(s("registry.xlsx")), registryWorkbook());
    if (!ok)
        std::fprintf(stderr, "xlsx_fixture_writer: writing into %s failed\n", argv[1]);
    return ok ? 0 : 1;
}
