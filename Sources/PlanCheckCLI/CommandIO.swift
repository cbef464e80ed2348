import Foundation
import Synchronization

/// The streams, environment and working directory a command sees. Tests supply their own.
package protocol CommandIO {
  var environment: [String: String] { get }
  var workingDirectory: String { get }
  var stdoutIsTerminal: Bool { get }
  mutating func readStdin() -> [UInt8]
  mutating func writeOut(_ text: String)
  mutating func writeErr(_ text: String)
  /// Keeps `value` alive until the process exits, so a large report and its plans are not
  /// freed one object at a time just before exit (a million actions take a noticeable share
  /// of a run to tear down). Tests' streams drop it as usual.
  mutating func keepUntilExit(_ value: some Sendable)
}

extension CommandIO {
  package mutating func keepUntilExit(_ value: some Sendable) {}
}

/// The real process: FileHandle-backed standard streams.
package struct ProcessIO: CommandIO {
  package var environment: [String: String] { ProcessInfo.processInfo.environment }
  package var workingDirectory: String { FileManager.default.currentDirectoryPath }
  package var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

  package init() {}

  package mutating func readStdin() -> [UInt8] {
    Array(FileHandle.standardInput.readDataToEndOfFile())
  }

  package mutating func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  package mutating func writeErr(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  package mutating func keepUntilExit(_ value: some Sendable) {
    ProcessIO.kept.withLock { $0.append(value) }
  }

  /// What `keepUntilExit` holds; never emptied, the process exits instead.
  private static let kept = Mutex<[any Sendable]>([])
}

/// Captures output in memory, for tests.
package struct CapturedIO: CommandIO {
  package var environment: [String: String] = [:]
  package var workingDirectory: String
  package var stdoutIsTerminal = false
  package var stdin: [UInt8] = []
  package var out = ""
  package var err = ""

  package init(workingDirectory: String, stdin: [UInt8] = []) {
    self.workingDirectory = workingDirectory
    self.stdin = stdin
  }

  package mutating func readStdin() -> [UInt8] { stdin }
  package mutating func writeOut(_ text: String) { out += text }
  package mutating func writeErr(_ text: String) { err += text }
}
