// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

/// A fresh, empty data folder per test case, removed afterwards.
class TestDataDir
{
public:
    TestDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const;

private:
    QTemporaryDir m_dir;
};

/// Path of a fixture under tests/data/.
QString testDataPath(const QString &relative);

/// The xunjian-cli executable built alongside the tests.
QString cliExecutable();

/// SHA-256 of a file's bytes, hex; empty when it cannot be read.
QString fileSha256(const QString &path);
