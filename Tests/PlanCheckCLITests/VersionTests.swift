import Testing

@testable import PlanCheckCLI

struct VersionTests {
  @Test func printsVersion() {
    var io = CapturedIO(workingDirectory: "/")
    let status = PlanCheck.run(arguments: ["--version"], io: &io)
    #expect(status == 0)
    #expect(io.out == "plancheck \(PlanCheck.version)\n")
  }
}
