import Foundation

/// sna's null model for brokerage: expected counts and variances, evaluated with
/// sna's formulas in sna's order of operations.
struct BrokerageNullModel {
    let N: Double
    let n: [Double]
    let d: Double
    /// d²(1−d), the probability of an open two-path on a given ordered triple.
    let k: Double
    let d3q3: Double
    let d4q2: Double
    let d5q1: Double

    init(nodeCount: Int, arcCount: Int, groupSizes: [Int]) {
        N = Double(nodeCount)
        n = groupSizes.map(Double.init)
        d = Double(arcCount) / (Double(nodeCount) * Double(nodeCount - 1))
        k = d * d * (1 - d)
        d3q3 = pow(d, 3) * pow(1 - d, 3)
        d4q2 = pow(d, 4) * ((1 - d) * (1 - d))
        d5q1 = pow(d, 5) * (1 - d)
    }

    /// C(a, 2) as R's `choose(a, 2)` for integer a ≥ 0.
    private func choose2(_ a: Double) -> Double { a * (a - 1) / 2 }

    func expected(group i: Int) -> BrokerageRoles.ByRole<Double> {
        let ni = n[i]
        var itinerant = 0.0
        var others = 0.0
        var othersSquared = 0.0
        for (g, ng) in n.enumerated() where g != i {
            itinerant += ng * (ng - 1)
            others += ng
            othersSquared += ng * ng
        }
        let representative = k * (N - ni) * (ni - 1)
        return BrokerageRoles.ByRole(
            coordinator: k * (ni - 1) * (ni - 2),
            itinerant: k * itinerant,
            representative: representative,
            gatekeeper: representative,
            liaison: k * (others * others - othersSquared),
            total: k * (N - 1) * (N - 2))
    }

    func variance(group i: Int, expected e: BrokerageRoles.ByRole<Double>) -> BrokerageRoles.ByRole<Double> {
        let ni = n[i]
        let oneMinusK = 1 - k
        var itinerant = 0.0
        var liaison = 0.0
        for (g, ng) in n.enumerated() where g != i {
            itinerant += ng * (ng - 1) * (ng - 2)
            liaison += ng * choose2(N - ng - ni) * d3q3
        }
        let representative = e.representative * oneMinusK
            + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * d3q3
        return BrokerageRoles.ByRole(
            coordinator: e.coordinator * oneMinusK + 2 * (ni - 1) * (ni - 2) * (ni - 3) * d3q3,
            itinerant: e.itinerant * oneMinusK + 2 * itinerant * d3q3,
            representative: representative,
            gatekeeper: representative,
            liaison: e.liaison * oneMinusK + 4 * liaison,
            total: e.total * oneMinusK + 2 * (N - 1) * (N - 2) * (N - 3) * d3q3)
    }

    /// sna's `exp.gli`.
    func networkExpected() -> BrokerageRoles.ByRole<Double> {
        var coordinator = 0.0
        var crossing = 0.0
        for x in n {
            coordinator += x * (x - 1) * (x - 2)
            crossing += x * (N - x) * (x - 1)
        }
        var liaisonAll = 0.0
        var liaisonDiagonal = 0.0
        for x in n {
            for y in n { liaisonAll += x * y * (N - x - y) }
            liaisonDiagonal += x * x * (N - 2 * x)
        }
        return BrokerageRoles.ByRole(
            coordinator: k * coordinator,
            itinerant: k * crossing,
            representative: k * crossing,
            gatekeeper: k * crossing,
            liaison: k * (liaisonAll - liaisonDiagonal),
            total: k * N * (N - 1) * (N - 2))
    }

    /// The variances behind sna's `sd.gli`.
    func networkVariance(expected e: BrokerageRoles.ByRole<Double>) -> BrokerageRoles.ByRole<Double> {
        let oneMinusK = 1 - k
        var coordinator = 0.0
        var representative = 0.0
        var itinerantAll = 0.0
        var itinerantDiagonal = 0.0
        for x in n {
            coordinator += x * (x - 1) * (x - 2) * ((4 * x - 10) * d3q3 - 4 * (x - 3) * d4q2 + (x - 3) * d5q1)
            representative += x * (N - x) * (x - 1) * ((N - 3) * d3q3 + (x - 2) * d5q1)
            for y in n {
                itinerantAll += x * y * (x - 1) * ((2 * x + 2 * y - 6) * d3q3 + (N - x - 1) * d5q1)
            }
            itinerantDiagonal += x * x * (x - 1) * ((4 * x - 6) * d3q3 + (N - x - 1) * d5q1)
        }
        var liaison = e.liaison * oneMinusK
        for (a, ni) in n.enumerated() {
            for (b, nj) in n.enumerated() where b != a {
                for (c, nk) in n.enumerated() where c != b && c != a {
                    liaison += ni * nj * nk
                        * ((4 * (N - nj) - 2 * (ni + nk + 1)) * d3q3
                            - (4 * (N - nk) - 2 * (ni + nj + 1)) * d4q2
                            + (N - (ni + nk + 1)) * d5q1)
                }
            }
        }
        let crossing = e.representative * oneMinusK + representative
        return BrokerageRoles.ByRole(
            coordinator: e.coordinator * oneMinusK + coordinator,
            itinerant: e.itinerant * oneMinusK + (itinerantAll - itinerantDiagonal),
            representative: crossing,
            gatekeeper: crossing,
            liaison: liaison,
            total: e.total * oneMinusK
                + N * (N - 1) * (N - 2) * ((4 * N - 10) * d3q3 - 4 * (N - 3) * d4q2 + (N - 3) * d5q1))
    }
}
