// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace xj {

/// The files of a demo site in memory, by site-relative path, before anything touches the disk.
/// A sorted map, so writing and listing them never depends on hash order. Pages are encoded here:
/// UTF-8, or GBK for the GBK section; a character GBK cannot hold is recorded as an error rather
/// than silently written as '?'.
class DemoSiteFiles
{
public:
    void addPage(const QString &path, const QString &html);
    void addText(const QString &path, const QString &text);
    void addBinary(const QString &path, const QByteArray &bytes);

    const QMap<QString, QByteArray> &files() const { return m_files; }
    int pageCount() const;
    QStringList errors() const { return m_errors; }

private:
    QMap<QString, QByteArray> m_files;
    QStringList m_errors;
};

} // namespace xj
