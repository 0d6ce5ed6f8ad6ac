// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// What a finished `xunjian-cli` run printed and returned; exitCode is -1 when it crashed or hung.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built xunjian-cli with `arguments` as a user would, in English and without an inherited
/// XUNJIAN_DATA_DIR, and waits for it to finish.
CliRun runCli(const QStringList &arguments, int timeoutMs = 60000);
