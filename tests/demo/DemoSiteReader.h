// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageSnapshot.h"
#include "demo/DemoSiteSpec.h"

#include <QMap>
#include <QStringList>

#include <optional>

/// Reading a generated demo site the way a crawler would, for the demo tests.
namespace DemoSiteReader {

/// The inspection date every demo test generates its sites for.
inline const QDate Today(2026, 11, 20);

xj::DemoSiteSpec spec(quint64 seed, bool clean);
/// Every file under `root`, relative path → SHA-256.
QMap<QString, QString> hashTree(const QString &root);
QByteArray readBytes(const QString &path);
/// Page bytes decoded with the charset their <meta charset> declares; `charset` receives it.
QString decodeHtml(const QByteArray &bytes, QString *charset = nullptr);
QString decodePage(const QString &path, QString *charset = nullptr);
/// Where the demo tests pretend the site is served.
inline const QString BaseUrl = QStringLiteral("http://127.0.0.1:18460/");
/// A page of the site under `root` as the checks and the scan read it: decoded, parsed from its
/// static HTML at BaseUrl + page, inspected on Today. Nothing for a page that cannot be decoded.
std::optional<xj::PageSnapshot> snapshotOf(const QString &root, const QString &page);
/// Site-relative paths of every HTML page, sorted.
QStringList pagesOf(const QString &root);
/// href, src and action values of a page, with &amp; decoded.
QStringList linksOf(const QString &html);
/// The site-relative file an internal link points to; empty for a link that leaves the site.
QString localTarget(QString href);

} // namespace DemoSiteReader
