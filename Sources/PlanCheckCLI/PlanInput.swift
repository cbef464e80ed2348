import Foundation
import PlanModel
import PlanReading

/// Loads one plan named on the command line: a path relative to the working folder, or `-`
/// for standard input.
enum PlanInput {
  /// The one plan file `command` takes (`columns`, `convert`): its path, and what loading it
  /// with the config's options and `--sheet` gave.
  static func loadOnly(
    _ arguments: ParsedArguments, command: String, from format: PlanFileFormat?,
    io: inout some CommandIO
  ) throws(CLIError) -> (path: String, result: LoadResult) {
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("\(command) takes exactly one plan file", command: command)
    }
    let setup = try ConfigSetup.resolve(explicit: arguments[\.config], io: io)
    var options = setup.loadOptions
    options.sheet = arguments[\.sheet]
    let result = try load(path, from: format, loader: PlanLoader(options: options), io: &io)
    return (path, result)
  }

  static func load(
    _ path: String, from format: PlanFileFormat?, loader: PlanLoader, io: inout some CommandIO
  ) throws(CLIError) -> LoadResult {
    if path == "-" {
      return loader.load(
        bytes: io.readStdin(), displayPath: "<stdin>", baseDirectory: io.workingDirectory,
        format: format ?? .json)
    }
    let full = absolute(path, in: io.workingDirectory)
    guard FileManager.default.fileExists(atPath: full) else {
      throw .file(path: path, message: "no such file")
    }
    return loader.load(path: full, displayPath: path)
  }

  /// Config and rule files are small; anything bigger is refused before it is read.
  static let settingsLimit = 64 * 1_048_576

  /// Reads a config, rule or baseline file as plan files are read: a regular file within
  /// `limit`, so a folder, FIFO, device or huge file is a clear error and never a hang.
  static func readFile(
    _ full: String, display: String, kind: String, limit: Int = settingsLimit
  ) throws(CLIError) -> [UInt8] {
    switch PlanFileReader.read(path: full, displayPath: display, limit: limit, kind: kind) {
    case .success(let bytes): return bytes
    case .failure(let diagnostic): throw .file(path: display, message: diagnostic.message)
    }
  }

  static func absolute(_ path: String, in directory: String) -> String {
    path.hasPrefix("/") ? path : PlanPaths.join(directory, path)
  }
}
