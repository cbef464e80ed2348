/// The relationships of one package part (`_rels/.rels`, `xl/_rels/workbook.xml.rels`):
/// id -> target part, with its type, targets resolved against the source part's folder.
struct PartRelationships {
  struct Relationship {
    var id: String
    /// The type URI's last segment: `officeDocument`, `worksheet`, `sharedStrings`, `styles`…
    /// (transitional and strict OOXML differ only before it).
    var kind: String
    /// The target's part name, resolved and without a leading `/`.
    var target: String
  }

  private(set) var all: [Relationship] = []

  /// Parses the relationships of the part at `source` ("" for the package itself).
  init(bytes: [UInt8], part: String, source: String) throws(PackageError) {
    var scanner = XMLScanner(bytes: bytes, part: part)
    let folder = Self.folder(of: source)
    while let event = try scanner.next() {
      guard case .start(let tag) = event, scanner.equals(tag.name, "Relationship"),
        scanner.string("TargetMode", of: tag) != "External",
        let id = scanner.string("Id", of: tag), let target = scanner.string("Target", of: tag)
      else { continue }
      let type = scanner.string("Type", of: tag) ?? ""
      let kind = type.split(separator: "/").last.map(String.init) ?? ""
      all.append(Relationship(id: id, kind: kind, target: Self.resolve(target, in: folder)))
    }
  }

  init() {}

  func first(ofKind kind: String) -> Relationship? { all.first { $0.kind == kind } }

  func target(id: String) -> Relationship? { all.first { $0.id == id } }

  /// Where the relationships of `part` live: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`.
  static func path(for part: String) -> String {
    let folder = folder(of: part)
    let name = part.split(separator: "/").last.map(String.init) ?? part
    return folder + "_rels/" + name + ".rels"
  }

  /// The folder of a part name, with a trailing `/` (or "" at the root).
  static func folder(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  /// Resolves a target URI against a folder: absolute (`/xl/...`) or relative, with `.` and
  /// `..` segments; `..` never climbs above the package root.
  static func resolve(_ target: String, in folder: String) -> String {
    let joined = target.hasPrefix("/") ? target : folder + target
    var segments: [Substring] = []
    for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
      if segment == "." { continue }
      if segment == ".." {
        _ = segments.popLast()
        continue
      }
      segments.append(segment)
    }
    return segments.joined(separator: "/")
  }
}
