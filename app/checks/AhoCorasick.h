// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <vector>

namespace xj {

/// Finds every occurrence of many patterns in one pass over a text (Aho–Corasick), however long
/// the pattern list. Characters that occur in no pattern cost one table look-up, which is what
/// makes a 2 MB page with thousands of dictionary words fast. Matching is exact (UTF-16 code
/// units); callers fold or map characters first when they want more.
class AhoCorasick
{
public:
    AhoCorasick() = default;
    explicit AhoCorasick(const QStringList &patterns);

    int patternCount() const { return int(m_lengths.size()); }
    qsizetype patternLength(int pattern) const { return m_lengths.at(std::size_t(pattern)); }

    /// Calls `onMatch(start, pattern)` for every occurrence, in order of their end.
    template<typename F>
    void scan(QStringView text, F &&onMatch) const
    {
        if (m_states.empty())
            return;
        int state = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            state = next(state, symbolOf(text.at(i).unicode()));
            for (int out = m_states[std::size_t(state)].output; out >= 0;
                 out = m_outputs[std::size_t(out)].next) {
                const int pattern = m_outputs[std::size_t(out)].pattern;
                onMatch(i + 1 - m_lengths[std::size_t(pattern)], pattern);
            }
        }
    }

private:
    struct Edge
    {
        quint16 symbol;
        int target;
    };
    struct State
    {
        int firstEdge = 0;
        int edgeCount = 0;
        int fail = 0;
        int output = -1; ///< head of this state's output list in m_outputs
    };
    struct Output
    {
        int pattern;
        int next;
    };

    quint16 symbolOf(char16_t c) const { return m_alphabet.empty() ? 0 : m_alphabet[c]; }
    int child(int state, quint16 symbol) const;
    int next(int state, quint16 symbol) const
    {
        if (symbol == 0)
            return 0;
        for (;;) {
            if (state == 0)
                return m_rootNext[symbol];
            if (const int c = child(state, symbol); c >= 0)
                return c;
            state = m_states[std::size_t(state)].fail;
        }
    }

    std::vector<quint16> m_alphabet; ///< UTF-16 unit → symbol (0: in no pattern)
    std::vector<int> m_rootNext;     ///< dense transitions of the root, by symbol
    std::vector<State> m_states;
    std::vector<Edge> m_edges; ///< each state's edges, sorted by symbol
    std::vector<Output> m_outputs;
    std::vector<qsizetype> m_lengths;
};

} // namespace xj
