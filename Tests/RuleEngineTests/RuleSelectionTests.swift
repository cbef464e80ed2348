import Testing

@testable import RuleEngine

struct RuleSelectionTests {
  @Test func laterSourcesWin() {
    var config = Config()
    config.disable = ["missing-lead", "ref-gap"]
    let override = Config.Override(
      files: [Glob("archive/**")], enable: ["ref-gap"], span: .init(file: "c"))
    var flags = RuleSelection()
    flags.decisions = [("missing-lead", true)]
    let selection = RuleSelection(config: config, overrides: [override], flags: flags)
    #expect(selection.isActive("missing-lead"))
    #expect(selection.isActive("ref-gap"))
    #expect(selection.isActive("overdue"))
    let noOverride = RuleSelection(config: config, overrides: [], flags: RuleSelection())
    #expect(!noOverride.isActive("ref-gap"))
  }

  @Test func onlyDecidesAlone() {
    var flags = RuleSelection()
    flags.only = ["overdue"]
    let selection = RuleSelection(config: Config(), overrides: [], flags: flags)
    #expect(selection.isActive("overdue"))
    #expect(!selection.isActive("missing-lead"))
  }
}
