import Foundation

/// Burt's (1992) structural-hole measures of every node, as networkx computes them
/// (`constraint`, `effective_size`, `local_constraint`), plus efficiency and
/// hierarchy. `nil` where networkx gives NaN or the measure is undefined.
///
/// See ``CompactGraph/structuralHoles(weighted:)`` for the definitions.
public struct StructuralHoles: Sendable {
    /// Burt's aggregate constraint `c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²`; `nil` for
    /// isolates.
    public var constraint: [Double?]
    /// Burt's effective size `Σ_j (1 − Σ_q p_iq M_jq / max_k M_jk)`, the number of
    /// contacts less their redundancy; `nil` for isolates.
    public var effectiveSize: [Double?]
    /// Effective size divided by degree (in + out for a directed graph); `nil` for
    /// isolates.
    public var efficiency: [Double?]
    /// Burt's hierarchy, the concentration of constraint on a few contacts, in
    /// [0, 1]; `nil` for nodes with fewer than two contacts.
    public var hierarchy: [Double?]

    /// Creates the measures from per-node arrays, each indexed like the graph's
    /// nodes; each parameter sets the property of the same name.
    public init(constraint: [Double?], effectiveSize: [Double?], efficiency: [Double?], hierarchy: [Double?]) {
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}

extension CompactGraph {
    /// Burt's (1992) structural-hole measures: constraint, effective size,
    /// efficiency and hierarchy, with networkx's definitions.
    ///
    /// **Contacts and proportions.** The *mutual weight* of i and j is
    /// `M_ij = a_ij + a_ji` (a the tie weight when `weighted`, else 1; 0 without a
    /// tie), so an undirected tie counts twice and, in a directed graph, a
    /// reciprocated tie counts twice a one-way tie. The contacts N(i) of i are all
    /// j ≠ i with `M_ij > 0` (predecessors and successors together), and
    /// `p_ij = M_ij / Σ_k M_ik` is the proportion of i's ties invested in j.
    ///
    /// - **constraint** (`nx.constraint`):
    ///   `c_i = Σ_{j∈N(i)} ℓ_ij`, with local constraint
    ///   `ℓ_ij = (p_ij + Σ_{q∈N(i)} p_iq p_qj)²`.
    /// - **effective size** (`nx.effective_size`, Burt's formula as networkx
    ///   documents it):
    ///   `ES_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq · M_jq / max_k M_jk)`. For an
    ///   unweighted undirected graph (`weighted == false`, undirected) this is
    ///   Borgatti's (1997) shortcut `n − 2t/n`, n = degree, t = ties among the
    ///   contacts, which networkx uses there.
    /// - **efficiency**: `ES_i / deg(i)`, networkx's docstring recipe, where deg is
    ///   the unweighted degree, in + out for a directed graph (a reciprocated tie
    ///   counts twice there, unlike Burt's number of contacts).
    /// - **hierarchy** (Burt 1992, built on networkx's local constraint): with
    ///   `N = |N(i)|`, `C = Σ_j ℓ_ij` and `r_j = ℓ_ij / (C/N)`,
    ///   `H_i = Σ_j r_j ln r_j / (N ln N)`; `nil` when N ≤ 1 or C = 0.
    ///
    /// Isolates have no contacts: every measure is `nil` (networkx: NaN).
    /// Disconnected graphs need nothing else (all measures are local).
    ///
    /// Deviation from networkx 3.6.1's *default* `nx.effective_size(G)` call: with
    /// SciPy installed it takes a sparse-matrix path that divides `M_jq` by
    /// `max_k M_qk` instead of `max_k M_jk` (networkx PR #8906), which changes the
    /// values on weighted and on directed graphs; this method follows the
    /// documented formula, i.e. networkx's `nx.effective_size(G, nodes=list(G))`
    /// path and UCINET. That path, in turn, returns NaN for digraph nodes without
    /// out-ties; here they get the formula's value like every other node with
    /// contacts. Unweighted undirected graphs are unaffected.
    ///
    /// - Parameter weighted: use tie weights; otherwise every tie counts 1.
    /// - Complexity: O(Σ_i Σ_{j∈N(i)} |N(j)|) = O(Σ_j |N(j)|²) time, O(V + E)
    ///   extra memory (the contact lists with their mutual weights, and O(V)
    ///   scratch arrays); no V × V matrix.
    public func structuralHoles(weighted: Bool = false) -> StructuralHoles {
        let n = nodeCount
        let contacts = MutualContacts(self, weighted: weighted)
        var constraint = [Double?](repeating: nil, count: n)
        var effectiveSize = [Double?](repeating: nil, count: n)
        var efficiency = [Double?](repeating: nil, count: n)
        var hierarchy = [Double?](repeating: nil, count: n)

        // Per node: total and largest mutual weight.
        var strength = [Double](repeating: 0, count: n)
        var largest = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in contacts.offsets[v]..<contacts.offsets[v + 1] {
                strength[v] += contacts.weights[e]
                largest[v] = max(largest[v], contacts.weights[e])
            }
        }
        let borgatti = !isDirected && !weighted
        // proportion[q] = p_iq while i is the focal node (0 for non-contacts).
        var proportion = [Double](repeating: 0, count: n)
        var local: [Double] = []

        for i in 0..<n {
            let begin = contacts.offsets[i]
            let end = contacts.offsets[i + 1]
            guard begin < end else { continue }
            for e in begin..<end { proportion[Int(contacts.nodes[e])] = contacts.weights[e] / strength[i] }

            local.removeAll(keepingCapacity: true)
            var total = 0.0
            var esSum = 0.0
            var tiesAmongContacts = 0
            for e in begin..<end {
                let j = Int(contacts.nodes[e])
                var indirect = 0.0
                var redundancy = 0.0
                for f in contacts.offsets[j]..<contacts.offsets[j + 1] {
                    let q = Int(contacts.nodes[f])
                    let piq = proportion[q]
                    guard piq != 0 else { continue }
                    let mjq = contacts.weights[f]
                    indirect += piq * (mjq / strength[q])
                    redundancy += piq * (mjq / largest[j])
                    tiesAmongContacts += 1
                }
                let direct = proportion[j] + indirect
                let lij = direct * direct
                local.append(lij)
                total += lij
                esSum += 1 - redundancy
            }
            let contactCount = end - begin
            constraint[i] = total
            let es: Double
            if borgatti {
                // Each tie among the contacts was met from both of its ends.
                es = Double(contactCount) - Double(tiesAmongContacts) / Double(contactCount)
            } else {
                es = esSum
            }
            effectiveSize[i] = es
            efficiency[i] = es / Double(outDegree(of: i) + (isDirected ? inDegree(of: i) : 0))
            if contactCount > 1 && total != 0 {
                let count = Double(contactCount)
                let mean = total / count
                var sum = 0.0
                for lij in local {
                    let r = lij / mean
                    if r > 0 { sum += r * log(r) }
                }
                hierarchy[i] = sum / (count * log(count))
            }
            for e in begin..<end { proportion[Int(contacts.nodes[e])] = 0 }
        }
        return StructuralHoles(
            constraint: constraint, effectiveSize: effectiveSize, efficiency: efficiency, hierarchy: hierarchy)
    }
}

/// Each node's contacts (in- and out-neighbours merged, sorted) with the mutual
/// weight `M_ij = a_ij + a_ji`.
struct MutualContacts {
    var offsets: [Int]
    var nodes: [Int32]
    var weights: [Double]

    init(_ graph: CompactGraph, weighted: Bool) {
        let n = graph.nodeCount
        offsets = [Int](repeating: 0, count: n + 1)
        if !graph.isDirected {
            for v in 0...n { offsets[v] = Int(graph.offsets[v]) }
            nodes = graph.targets
            weights = graph.weights.map { weighted ? $0 + $0 : 2 }
            return
        }
        nodes = []
        weights = []
        nodes.reserveCapacity(graph.targets.count + graph.inSources.count)
        weights.reserveCapacity(graph.targets.count + graph.inSources.count)
        for v in 0..<n {
            var o = Int(graph.offsets[v])
            let oEnd = Int(graph.offsets[v + 1])
            var i = Int(graph.inOffsets[v])
            let iEnd = Int(graph.inOffsets[v + 1])
            while o < oEnd || i < iEnd {
                let out = o < oEnd ? graph.targets[o] : Int32.max
                let into = i < iEnd ? graph.inSources[i] : Int32.max
                var weight = 0.0
                let node = min(out, into)
                if out == node {
                    weight += weighted ? graph.weights[o] : 1
                    o += 1
                }
                if into == node {
                    weight += weighted ? graph.inWeights[i] : 1
                    i += 1
                }
                nodes.append(node)
                weights.append(weight)
            }
            offsets[v + 1] = nodes.count
        }
    }
}
