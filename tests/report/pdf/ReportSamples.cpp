// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSamples.h"

#include <QColor>
#include <QDir>
#include <QPainter>

namespace ReportSamples {

namespace {

QString writePicture(const QString &dir, const QString &name, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(QPoint(0, 0), QSize(size.width(), size.height() / 8)), colour);
    painter.setPen(QPen(Qt::darkGray, 8));
    painter.drawRect(image.rect().adjusted(40, size.height() / 4, -40, -40));
    painter.end();
    const QString path = QDir(dir).filePath(name);
    image.save(path, "PNG");
    return path;
}

} // namespace

xj::ReportDocument sampleNotice(const QString &pictureDir)
{
    using xj::BlockRole;
    const QStringList pictures = {
        writePicture(pictureDir, QStringLiteral("wide.png"), {1600, 1000}, QColor(40, 90, 200)),
        writePicture(pictureDir, QStringLiteral("tall.png"), {900, 4000}, QColor(30, 150, 60)),
        QDir(pictureDir).filePath(QStringLiteral("missing.png")),
    };

    xj::ReportDocument d;
    d.title = NoticeTitle;
    d.author = QStringLiteral("示例市人民政府办公室");
    d.addParagraph(BlockRole::Banner, QStringLiteral("示例市人民政府办公室"));
    d.addParagraph(BlockRole::DocNumber, QStringLiteral("示政办函〔2026〕12号"));
    d.addParagraph(BlockRole::Rule, {});
    d.addParagraph(BlockRole::Title, NoticeTitle);
    d.addParagraph(BlockRole::Addressee, QStringLiteral("示例市数据局："));
    d.addParagraph(
        BlockRole::Body,
        QStringLiteral("根据《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）和2026年第四季度"
                       "检查工作安排，我单位于2026年11月20日采取技术检测与人工检查相结合的方式，"
                       "对你单位主办的示例政府网站（https://www.example.gov.cn）进行了检查。") +
            BodyText + QStringLiteral("。"));
    d.addParagraph(BlockRole::Heading1, QStringLiteral("一、检查结果"));
    d.addParagraph(BlockRole::Body,
                   QStringLiteral("经检查，示例政府网站存在以下问题需要整改，总分72分，合格。"));
    d.addParagraph(BlockRole::Heading1, QStringLiteral("二、存在问题"));
    d.addParagraph(BlockRole::Heading2, QStringLiteral("（一）问题清单"));
    d.addParagraph(BlockRole::Caption, QStringLiteral("表1 问题清单"));

    xj::ReportTable problems;
    problems.headers = {
        QStringLiteral("序号"),     QStringLiteral("指标"),     QStringLiteral("判定"), HeaderLabel,
        QStringLiteral("页面地址"), QStringLiteral("发现时间"), QStringLiteral("截图")};
    problems.widths = {0.55, 1.5, 0.8, 2.6, 2.2, 1.1, 2.6};
    for (int i = 1; i <= 30; ++i) {
        const QString url = QStringLiteral("https://www.example.gov.cn/col/col%1/index.html").arg(1000 + i);
        const QString picture = i % 3 == 0 ? pictures.at((i / 3) % pictures.size()) : QString();
        problems.rows.append({
            {QString::number(i), {}, {}},
            {QStringLiteral("1.%1 信息更新").arg(i), {}, {}},
            {i % 5 == 0 ? QStringLiteral("单项否决") : QStringLiteral("扣分"), {}, {}},
            {i == 3 ? CellText : QStringLiteral("首页动态要闻栏目超过两周未更新，需及时发布。"), {}, {}},
            {url, QUrl(url), {}},
            {QStringLiteral("2026-11-20 10:%1").arg(i, 2, 10, QLatin1Char('0')), {}, {}},
            {picture.isEmpty() ? QStringLiteral("（无）") : QString(), {}, picture},
        });
    }
    d.addTable(problems);
    d.addParagraph(BlockRole::Heading1, QStringLiteral("三、整改要求"));
    d.addParagraph(BlockRole::Body,
                   QStringLiteral("请于2026年12月11日前完成整改，并将整改情况书面报送我单位，"
                                  "同时填写所附回执。"));
    d.addParagraph(BlockRole::Signature, QStringLiteral("示例市人民政府办公室"));
    d.addParagraph(BlockRole::Date, QStringLiteral("2026年11月27日"));
    d.addPageBreak();
    d.addParagraph(BlockRole::Title, QStringLiteral("整改情况回执"));
    d.addParagraph(BlockRole::Body, QStringLiteral("通知文号：示政办函〔2026〕12号"));
    xj::ReportTable receipt;
    receipt.headers = {QStringLiteral("项目"), QStringLiteral("填写内容")};
    receipt.widths = {1, 4};
    receipt.minimumRowHeightMm = 16;
    for (const char *label : {"整改措施", "完成时间", "整改后页面地址或截图", "整改责任人", "联系电话"})
        receipt.rows.append({{QString::fromUtf8(label), {}, {}}, {}});
    d.addTable(receipt);
    d.addParagraph(BlockRole::Body, QStringLiteral("单位负责人（签字）：　　　　　　（单位盖章）"));
    d.addParagraph(BlockRole::Date, QStringLiteral("年　　月　　日"));
    return d;
}

xj::ReportDocument bodyOnly(int paragraphs)
{
    xj::ReportDocument d;
    d.title = QStringLiteral("行距");
    const QString text = QStringLiteral("政府网站检查发现的问题应当及时整改到位并按时报送整改情况");
    for (int i = 0; i < paragraphs; ++i)
        d.addParagraph(xj::BlockRole::Body, text);
    return d;
}

int darkPixels(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return count;
}

int redPixels(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += qRed(p) > 150 && qGreen(p) < 90 && qBlue(p) < 90 ? 1 : 0;
        }
    }
    return count;
}

} // namespace ReportSamples
