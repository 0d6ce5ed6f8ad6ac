// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QString>

#include <optional>

namespace xj {

/// How often a column must be updated, in the classes of the W-V4 indicator (indicators.md §2):
/// each class has its own window in ScanRules; static and unclassified columns are never stale.
enum class ColumnClass {
    News,          ///< 动态、要闻: 14 days
    NoticePolicy,  ///< 通知公告、政策文件: 6 months, first-level columns only
    PersonnelPlan, ///< 人事、规划计划: 1 year
    Updating,      ///< other columns that should be updated
    Static,        ///< 领导之窗, 机构职能, 办事指南, message boards (judged elsewhere)
    Unclassified,
};

inline constexpr EnumTable<ColumnClass, 6> ColumnClasses{
    "xj::ColumnClass",
    {{{ColumnClass::News, "news", QT_TRANSLATE_NOOP("xj::ColumnClass", "News and headlines")},
      {ColumnClass::NoticePolicy, "notice_policy",
       QT_TRANSLATE_NOOP("xj::ColumnClass", "Notices and policy documents")},
      {ColumnClass::PersonnelPlan, "personnel_plan",
       QT_TRANSLATE_NOOP("xj::ColumnClass", "Personnel and plans")},
      {ColumnClass::Updating, "updating",
       QT_TRANSLATE_NOOP("xj::ColumnClass", "Other columns to keep updated")},
      {ColumnClass::Static, "static", QT_TRANSLATE_NOOP("xj::ColumnClass", "Static")},
      {ColumnClass::Unclassified, "unclassified", QT_TRANSLATE_NOOP("xj::ColumnClass", "Unclassified")}}}};

/// The stable key stored in column_classes and in scan results ("news", "notice_policy", …).
QString columnClassKey(ColumnClass cls);
/// The class of a stored key; nothing for an unknown key.
std::optional<ColumnClass> columnClassFromKey(QStringView key);
/// The class's name in the interface language.
QString columnClassLabel(ColumnClass cls);
/// Whether columns of this class can be stale at all.
bool columnClassHasWindow(ColumnClass cls);

} // namespace xj
