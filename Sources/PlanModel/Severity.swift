/// How much a finding or diagnostic matters, ordered `info < warning < error`.
package enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  case info
  case warning
  case error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
