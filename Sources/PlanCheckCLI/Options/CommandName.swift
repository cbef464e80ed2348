/// The commands, by the word typed after `plancheck`.
package enum CommandName: String, CaseIterable, Sendable {
  case check, rules, test, eval, convert, report, columns
  case initialize = "init"
}
