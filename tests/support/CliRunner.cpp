// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "TestDataDir.h"

#include <QProcess>

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XUNJIAN_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("XUNJIAN_DATA_DIR"));
    process.setProcessEnvironment(env);
    process.start(cliExecutable(), arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
