// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseTestCase.h"
#include "EvidenceFixture.h"

#include <QTest>

/// Base of the evidence UI tests: every case starts with a fresh workspace holding one finding
/// with its recorded evidence (EvidenceFixture).
class EvidenceTestCase : public DatabaseTestCase
{
    Q_OBJECT

protected:
    EvidenceFixture m_fixture;

protected slots:
    void init()
    {
        DatabaseTestCase::init();
        m_fixture = {};
        QVERIFY(m_fixture.createFinding(db()));
        QVERIFY(m_fixture.recordEvidence(db(), dir().path()));
    }
};
