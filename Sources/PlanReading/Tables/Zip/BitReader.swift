/// LSB-first bit input for DEFLATE, 64 bits buffered.
///
/// Past the end of the input it feeds zero bytes and counts them (`padding`), so decoding
/// never reads out of bounds and needs no per-bit end checks; `overrun` then tells whether any
/// of those invented bits were actually consumed, which the inflater checks once per symbol.
struct BitReader {
  let input: UnsafeBufferPointer<UInt8>
  private(set) var next = 0
  private(set) var buffer: UInt64 = 0
  private(set) var count = 0
  private var padding = 0

  init(_ input: UnsafeBufferPointer<UInt8>) { self.input = input }

  /// True once more bits were consumed than the input holds.
  var overrun: Bool { padding * 8 > count }

  /// Tops the buffer up to at least 57 bits.
  @inline(__always)
  mutating func refill() {
    while count <= 56 {
      if next < input.count {
        buffer |= UInt64(input[next]) << UInt64(count)
        next += 1
      } else {
        padding += 1
      }
      count += 8
    }
  }

  /// The next `n` bits (at most 32) without consuming them; call `refill()` first.
  @inline(__always)
  func peek(_ n: Int) -> Int { Int(truncatingIfNeeded: buffer & ((1 << UInt64(n)) - 1)) }

  @inline(__always)
  mutating func drop(_ n: Int) {
    buffer >>= UInt64(n)
    count -= n
  }

  /// Reads `n` bits (at most 32) as a number, first bit lowest.
  @inline(__always)
  mutating func bits(_ n: Int) -> Int {
    refill()
    let value = peek(n)
    drop(n)
    return value
  }

  /// Skips to the next byte boundary and hands back the input position of the next unread
  /// byte, emptying the buffer, so a stored block can be copied straight from the input.
  mutating func alignToByte() throws(InflateError) -> Int {
    drop(count % 8)
    let buffered = count / 8 - padding
    guard buffered >= 0 else { throw .truncated }
    let position = next - buffered
    buffer = 0
    count = 0
    padding = 0
    next = position
    return position
  }

  /// Continues after a stored block's bytes, which end at `position`.
  mutating func resume(at position: Int) { next = position }
}
