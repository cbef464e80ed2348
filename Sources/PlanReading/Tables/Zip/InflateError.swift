/// Why a DEFLATE stream (RFC 1951) could not be decoded.
enum InflateError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The input ended before the final block did.
  case truncated
  case invalidBlockType
  /// A stored block's length and its one's complement disagree.
  case storedLengthMismatch
  /// A block's Huffman code lengths do not describe a usable code.
  case invalidCodeLengths(String)
  /// A bit pattern that is no code, or a length or distance symbol outside the alphabet.
  case invalidSymbol
  /// A match reaching back before the start of the output.
  case distanceTooFar
  /// The stream holds more data than the entry declares.
  case tooMuchOutput(expected: Int)
  /// The stream ended with less data than the entry declares.
  case tooLittleOutput(expected: Int, actual: Int)

  var description: String {
    switch self {
    case .truncated: "compressed data ends early"
    case .invalidBlockType: "invalid DEFLATE block type"
    case .storedLengthMismatch: "stored block length check failed"
    case .invalidCodeLengths(let reason): "invalid Huffman code lengths: \(reason)"
    case .invalidSymbol: "invalid Huffman code"
    case .distanceTooFar: "match distance reaches before the start of the data"
    case .tooMuchOutput(let expected): "inflates to more than the declared \(expected) bytes"
    case .tooLittleOutput(let expected, let actual):
      "inflates to \(actual) bytes, not the declared \(expected)"
    }
  }
}
