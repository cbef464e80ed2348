import PlanModel

/// Stable identity of a finding across runs: rule + plan + entity, never line numbers, so a
/// baseline survives edits elsewhere in the file.
package enum Fingerprint {
  /// 16 hex digits of FNV-1a 64 over the parts, separated by NUL.
  package static func make(
    rule: String, plan: String, entity: EntityRef, discriminator: String = ""
  )
    -> String
  {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, part) in [rule, plan, entity.kind, entity.ref, discriminator].enumerated() {
      if index > 0 { hash = (hash ^ 0) &* 0x100_0000_01b3 }
      for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
