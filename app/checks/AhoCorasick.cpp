// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/AhoCorasick.h"

#include <queue>

#include <algorithm>
#include <map>

namespace xj {

AhoCorasick::AhoCorasick(const QStringList &patterns)
{
    // A compact alphabet: only UTF-16 units that occur in some pattern get a symbol.
    m_alphabet.assign(0x10000, 0);
    quint16 symbols = 0;
    for (const QString &p : patterns) {
        for (QChar c : p) {
            if (m_alphabet[c.unicode()] == 0 && symbols < 0xFFFF)
                m_alphabet[c.unicode()] = ++symbols;
        }
    }
    // Build the trie with ordered maps first; flattened into sorted edge arrays afterwards.
    std::vector<std::map<quint16, int>> trie(1);
    std::vector<std::vector<int>> ends(1);
    for (int index = 0; index < patterns.size(); ++index) {
        const QString &p = patterns.at(index);
        m_lengths.push_back(p.size());
        if (p.isEmpty())
            continue;
        int state = 0;
        for (QChar c : p) {
            const quint16 s = m_alphabet[c.unicode()];
            auto it = trie[std::size_t(state)].find(s);
            if (it == trie[std::size_t(state)].end()) {
                trie.emplace_back();
                ends.emplace_back();
                const int created = int(trie.size()) - 1;
                trie[std::size_t(state)].emplace(s, created);
                state = created;
            } else {
                state = it->second;
            }
        }
        ends[std::size_t(state)].push_back(index);
    }

    m_states.assign(trie.size(), State{});
    for (std::size_t i = 0; i < trie.size(); ++i) {
        m_states[i].firstEdge = int(m_edges.size());
        m_states[i].edgeCount = int(trie[i].size());
        for (const auto &[symbol, target] : trie[i])
            m_edges.push_back({symbol, target});
    }
    m_rootNext.assign(std::size_t(symbols) + 1, 0);
    for (const auto &[symbol, target] : trie[0])
        m_rootNext[symbol] = target;

    // Breadth first: a state's fail link and output list from its parent's.
    std::queue<int> queue;
    for (const auto &[symbol, target] : trie[0]) {
        m_states[std::size_t(target)].fail = 0;
        queue.push(target);
    }
    auto addOutputs = [this, &ends](int state) {
        int head = m_states[std::size_t(m_states[std::size_t(state)].fail)].output;
        // Longer (own) patterns first, then the ones reached through the fail link.
        for (int pattern : ends[std::size_t(state)]) {
            m_outputs.push_back({pattern, head});
            head = int(m_outputs.size()) - 1;
        }
        m_states[std::size_t(state)].output = head;
    };
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop();
        addOutputs(state);
        for (const auto &[symbol, target] : trie[std::size_t(state)]) {
            int fail = m_states[std::size_t(state)].fail;
            int f = -1;
            for (;;) {
                if (fail == 0) {
                    f = m_rootNext[symbol];
                    break;
                }
                if (const int c = child(fail, symbol); c >= 0) {
                    f = c;
                    break;
                }
                fail = m_states[std::size_t(fail)].fail;
            }
            m_states[std::size_t(target)].fail = f == target ? 0 : f;
            queue.push(target);
        }
    }
}

int AhoCorasick::child(int state, quint16 symbol) const
{
    const State &s = m_states[std::size_t(state)];
    const auto begin = m_edges.cbegin() + s.firstEdge;
    const auto end = begin + s.edgeCount;
    const auto it =
        std::lower_bound(begin, end, symbol, [](const Edge &e, quint16 v) { return e.symbol < v; });
    return it != end && it->symbol == symbol ? it->target : -1;
}

} // namespace xj
