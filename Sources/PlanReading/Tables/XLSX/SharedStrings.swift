/// The workbook's shared string table (`xl/sharedStrings.xml`), kept as one UTF-8 pool.
///
/// Each `<si>` is the concatenation of its `<t>` text, plain or in rich-text runs (`<r><t>`);
/// phonetic guides (`<rPh>`) are left out. Cells refer to strings by index, and the sheet grid
/// points into `pool` rather than copying, so a string used a million times is stored once.
/// The declared `count`/`uniqueCount` is never trusted for allocation.
struct SharedStrings {
  /// Most strings a workbook may share; Excel's own sheets rarely pass a few hundred thousand.
  static let maxCount = 4_000_000
  /// Most text the table may hold in total.
  static let maxBytes = 128 * 1_048_576

  private(set) var pool: [UInt8] = []
  /// `pool` offset where string `i` ends (it starts where `i - 1` ends).
  private(set) var ends: [Int] = []

  init() {}

  init(bytes: [UInt8], part: String) throws(PackageError) {
    var scanner = XMLScanner(bytes: bytes, part: part)
    pool.reserveCapacity(min(bytes.count, Self.maxBytes))
    var inText = false
    var phoneticDepth = 0
    var stringStart = 0
    while let event = try scanner.next() {
      switch event {
      case .start(let tag):
        if scanner.equals(tag.name, "si") {
          stringStart = pool.count
          if tag.selfClosing { try finish(from: stringStart) }
        } else if scanner.equals(tag.name, "rPh") {
          if !tag.selfClosing { phoneticDepth += 1 }
        } else if scanner.equals(tag.name, "t") {
          inText = !tag.selfClosing && phoneticDepth == 0
        }
      case .end(let name):
        if scanner.equals(name, "t") {
          inText = false
        } else if scanner.equals(name, "rPh") {
          phoneticDepth = max(0, phoneticDepth - 1)
        } else if scanner.equals(name, "si") {
          try finish(from: stringStart)
        }
      case .text(let range) where inText:
        scanner.appendText(range, to: &pool)
      case .cdata(let range) where inText:
        pool.append(contentsOf: scanner.bytes[range])
      default:
        continue
      }
    }
  }

  var count: Int { ends.count }

  /// Where string `index` lies in `pool`, or nil when there is no such string.
  func range(_ index: Int) -> Range<Int>? {
    guard index >= 0, index < ends.count else { return nil }
    return (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  func string(_ index: Int) -> String? {
    range(index).map { String(decoding: pool[$0], as: UTF8.self) }
  }

  private mutating func finish(from start: Int) throws(PackageError) {
    guard ends.count < Self.maxCount else {
      throw .limitExceeded("has more than \(Self.maxCount) shared strings")
    }
    guard pool.count <= Self.maxBytes else {
      throw .limitExceeded(
        "has more than \(ZipArchive.describe(Self.maxBytes)) of shared string text")
    }
    OOXMLEscapes.unescape(&pool, from: start)
    ends.append(pool.count)
  }
}
