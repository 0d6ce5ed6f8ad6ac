// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"

#include "core/DataDirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

TestDataDir::TestDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/xunjian-test-XXXXXX"))
{}

QString TestDataDir::databasePath() const
{
    return xj::DataDirectory(path()).databasePath();
}

QString testDataPath(const QString &relative)
{
    return qEnvironmentVariable("XUNJIAN_TEST_DATA") + QLatin1Char('/') + relative;
}

QString cliExecutable()
{
    return qEnvironmentVariable("XUNJIAN_CLI");
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}
