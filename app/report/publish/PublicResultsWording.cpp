// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/publish/PublicResultsWording.h"

#include "report/notice/NoticeDocumentBuilder.h"

namespace xj {

QStringList PublicResultRow::cells() const
{
    return {QString::number(number),
            siteName,
            unitName,
            type,
            score,
            result,
            QString::number(found),
            QString::number(rectified),
            QString::number(notRectified),
            QString::number(pending),
            rectification};
}

QStringList PublicResultsWording::headers()
{
    return {QStringLiteral("序号"),     QStringLiteral("网站/账号名称"), QStringLiteral("主办单位"),
            QStringLiteral("类型"),     QStringLiteral("得分"),          QStringLiteral("检查结果"),
            QStringLiteral("发现问题"), QStringLiteral("已整改"),        QStringLiteral("未整改"),
            QStringLiteral("整改中"),   QStringLiteral("整改状态")};
}

QString PublicResultsWording::title(const QString &officeName, const QString &roundName)
{
    return officeName.trimmed() + roundName.trimmed() + QStringLiteral("政府网站和政务新媒体检查结果公示");
}

QString PublicResultsWording::siteType(const Site &site)
{
    if (site.kind == SiteKind::NewMedia)
        return site.platform.trimmed().isEmpty() ? QStringLiteral("政务新媒体") : site.platform.trimmed();
    return site.portal ? QStringLiteral("门户网站") : QStringLiteral("网站");
}

QString PublicResultsWording::publishedLine(const QDate &date)
{
    return QStringLiteral("发布日期：") + NoticeDocumentBuilder::chineseDate(date);
}

QString PublicResultsWording::summarySentence(const PublicResultsSummary &s)
{
    QString text = QStringLiteral("本轮共检查政府网站和政务新媒体%1个，其中合格%2个，不合格%3个，合格率%4。")
                       .arg(s.checked)
                       .arg(s.qualified)
                       .arg(s.unqualified)
                       .arg(percent(s.passRate()));
    if (s.undecided > 0)
        text += QStringLiteral("另有%1个尚未完成检查判定。").arg(s.undecided);
    if (s.sites > s.checked)
        text += QStringLiteral("%1个未纳入本轮检查。").arg(s.sites - s.checked);
    text += s.found == 0 ? QStringLiteral("本轮检查未发现需要整改的问题。")
                         : QStringLiteral("共发现问题%1个，已整改%2个，未整改%3个，整改中%4个。")
                               .arg(s.found)
                               .arg(s.rectified)
                               .arg(s.notRectified)
                               .arg(s.pending);
    return text;
}

QList<std::pair<QString, QString>> PublicResultsWording::figures(const PublicResultsSummary &s)
{
    return {{QStringLiteral("检查数量"), QString::number(s.checked)},
            {qualified(), QString::number(s.qualified)},
            {unqualified(), QString::number(s.unqualified)},
            {QStringLiteral("合格率"), percent(s.passRate())},
            {QStringLiteral("发现问题"), QString::number(s.found)},
            {rectified(), QString::number(s.rectified)},
            {notRectified(), QString::number(s.notRectified)},
            {rectifying(), QString::number(s.pending)}};
}

QString PublicResultsWording::note()
{
    return QStringLiteral("说明：得分为百分制；“单项否决”指存在单项否决指标问题，直接判定为不合格。"
                          "“已整改”“未整改”为复查结论，“整改中”为尚待复查的问题，统计截至发布日期。");
}

QString PublicResultsWording::sheetName()
{
    return QStringLiteral("检查结果");
}

QString PublicResultsWording::qualified()
{
    return QStringLiteral("合格");
}

QString PublicResultsWording::unqualified()
{
    return QStringLiteral("不合格");
}

QString PublicResultsWording::undecided()
{
    return QStringLiteral("未完成");
}

QString PublicResultsWording::unchecked()
{
    return QStringLiteral("未检查");
}

QString PublicResultsWording::veto()
{
    return QStringLiteral("单项否决");
}

QString PublicResultsWording::none()
{
    return QStringLiteral("—");
}

QString PublicResultsWording::rectified()
{
    return QStringLiteral("已整改");
}

QString PublicResultsWording::rectifying()
{
    return QStringLiteral("整改中");
}

QString PublicResultsWording::notRectified()
{
    return QStringLiteral("未整改");
}

QString PublicResultsWording::nothingToRectify()
{
    return QStringLiteral("无需整改");
}

QString PublicResultsWording::percent(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace xj
