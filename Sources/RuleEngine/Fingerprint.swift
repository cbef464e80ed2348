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
    func mix(_ part: String) {
      for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    // The parts, each after a NUL separator but the first (xor with 0 leaves the hash).
    func separated(_ part: String) {
      hash = hash &* 0x100_0000_01b3
      mix(part)
    }
    mix(rule)
    separated(plan)
    separated(entity.kind.name)
    separated(entity.ref)
    separated(discriminator)
    let digits: StaticString = "0123456789abcdef"
    return String(unsafeUninitializedCapacity: 16) { out in
      digits.withUTF8Buffer { digits in
        for offset in 0..<16 {
          out[offset] = digits[Int((hash >> (60 - 4 * UInt64(offset))) & 0xF)]
        }
      }
      return 16
    }
  }
}
