// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include <QObject>

#include <memory>

/// Base of test classes whose every case starts from a fresh data folder with an open database:
/// QtTest calls the inherited init() and cleanup() around each test function.
class DatabaseTestCase : public QObject
{
    Q_OBJECT

protected:
    xj::Database &db() { return m_fixture->db(); }
    const TestDataDir &dir() const { return m_fixture->dir(); }
    int count(const QString &from) const { return m_fixture->count(from); }

protected slots:
    /// A subclass with its own init() calls this one first.
    void init();
    void cleanup();

private:
    std::unique_ptr<TestDatabase> m_fixture;
};
