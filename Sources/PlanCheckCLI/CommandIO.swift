import Foundation

/// The streams, environment and working directory a command sees. Tests supply their own.
package protocol CommandIO {
  var environment: [String: String] { get }
  var workingDirectory: String { get }
  var stdoutIsTerminal: Bool { get }
  mutating func readStdin() -> [UInt8]
  mutating func writeOut(_ text: String)
  mutating func writeErr(_ text: String)
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
