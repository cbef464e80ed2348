import Foundation
import PlanModel
import PlanReading

/// Loads one plan named on the command line: a path relative to the working folder, or `-`
/// for standard input.
enum PlanInput {
  static func load(
    _ path: String, from format: String?, loader: PlanLoader, io: inout some CommandIO
  ) throws(CLIError) -> LoadResult {
    if path == "-" {
      let name = format ?? "json"
      guard let fileFormat = PlanFileFormat(rawValue: name) else {
        throw .usage("--from must be json, csv or tsv, not '\(name)'", command: "")
      }
      return loader.load(
        bytes: io.readStdin(), displayPath: "<stdin>", baseDirectory: io.workingDirectory,
        format: fileFormat)
    }
    let full = absolute(path, in: io.workingDirectory)
    guard FileManager.default.fileExists(atPath: full) else {
      throw .file(path: path, message: "no such file")
    }
    return loader.load(path: full, displayPath: path)
  }

  static func absolute(_ path: String, in directory: String) -> String {
    path.hasPrefix("/") ? path : PlanPaths.join(directory, path)
  }
}
