// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDataDir.h"
#include "storage/Database.h"

/// A fresh data folder with an open, fully migrated database, for one test case.
class TestDatabase
{
public:
    TestDatabase();

    bool isOpen() const { return m_db.isOpen(); }
    xj::Database &db() { return m_db; }
    const TestDataDir &dir() const { return m_dir; }
    /// `SELECT count(*) FROM <from>`, e.g. count("sites WHERE kind = 'website'"); -1 on error.
    int count(const QString &from) const;

private:
    TestDataDir m_dir;
    xj::Database m_db;
};
