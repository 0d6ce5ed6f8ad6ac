// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/ReportDocument.h"

#include <QImage>
#include <QRect>
#include <QString>

/// Documents and pixel counts shared by the PDF and preview tests.
namespace ReportSamples {

/// The title, a body sentence and a table cell of sampleNotice(), to look for in the output.
inline const QString NoticeTitle = QStringLiteral("关于示例政府网站存在问题的整改通知");
inline const QString BodyText = QStringLiteral("现将检查发现的问题通知如下");
inline const QString CellText = QStringLiteral("栏目长期未更新");
inline const QString HeaderLabel = QStringLiteral("问题描述");

/// A notice shaped like the real ones: red banner and rule, body text, a 30-row problem table with
/// page addresses and pictures (written as PNG files into `pictureDir`) that runs over several
/// pages, a page break and a reply slip with tall rows. One picture path does not exist.
xj::ReportDocument sampleNotice(const QString &pictureDir);
/// Only body paragraphs of 28 characters each, enough to fill more than a page.
xj::ReportDocument bodyOnly(int paragraphs);

/// Pixels in `rect` darker than mid-grey (any colour).
int darkPixels(const QImage &image, const QRect &rect);
/// Clearly red pixels in `rect`.
int redPixels(const QImage &image, const QRect &rect);

} // namespace ReportSamples
