// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"

#include <QTest>

void DatabaseTestCase::init()
{
    m_fixture = std::make_unique<TestDatabase>();
    QVERIFY(m_fixture->isOpen());
}

void DatabaseTestCase::cleanup()
{
    m_fixture.reset();
}
