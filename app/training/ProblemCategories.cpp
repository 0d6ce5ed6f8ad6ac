// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ProblemCategories.h"

#include <array>

namespace xj {

namespace {

struct Category
{
    const char *code;
    const char *name;         ///< English source text, translated with tr()
    const char *documentName; ///< UTF-8: the name official documents print
};

// English source texts; the Chinese names of the 通报 come from the translation files.
constexpr std::array<Category, 17> Categories{{
    {"P01", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Serious wording errors"), "严重表述错误"},
    {"P02", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Impossible dates"), "时间穿越"},
    {"P03", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Empty columns"), "空白栏目"},
    {"P04", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Columns not updated"), "栏目超期未更新"},
    {"P05", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Dormant accounts"), "僵尸号"},
    {"P06", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Composited photos"), "人物漂浮照"},
    {"P07", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Broken or wrong links"), "链接不可用"},
    {"P08", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Hidden links, malware or defacement"),
     "暗链、挂马或篡改"},
    {"P09", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Personal data exposed"), "个人隐私泄露"},
    {"P10", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Messages answered late or poorly"), "留言答复不及时"},
    {"P11", QT_TRANSLATE_NOOP("xj::ProblemCategories", "No working consultation channel"),
     "未提供有效互动渠道"},
    {"P12", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Service guides incomplete or broken"),
     "办事服务不实用"},
    {"P13", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Search not working"), "搜索不可用"},
    {"P14", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Registration details inconsistent"),
     "备案信息不一致"},
    {"P15", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Important information reposted late"),
     "重要信息转载不及时"},
    {"P16", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Commercial advertising"), "商业广告"},
    {"P17", QT_TRANSLATE_NOOP("xj::ProblemCategories", "Improper new media operation"), "政务新媒体运营不当"},
}};

const Category *lookup(const QString &code)
{
    for (const Category &c : Categories) {
        if (code == QLatin1String(c.code))
            return &c;
    }
    return nullptr;
}

} // namespace

QStringList ProblemCategories::codes()
{
    QStringList out;
    for (const Category &c : Categories)
        out.append(QString::fromLatin1(c.code));
    return out;
}

bool ProblemCategories::isKnown(const QString &code)
{
    return lookup(code) != nullptr;
}

QString ProblemCategories::name(const QString &code)
{
    const Category *c = lookup(code);
    return c ? QCoreApplication::translate("xj::ProblemCategories", c->name) : QString();
}

QString ProblemCategories::documentName(const QString &code)
{
    const Category *c = lookup(code);
    return c ? QString::fromUtf8(c->documentName) : QString();
}

QString ProblemCategories::label(const QString &code)
{
    const QString n = name(code);
    return n.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, n);
}

} // namespace xj
