import JSONSyntax
import PlanModel

/// Checks config `params` against the parameters the rules declare: an unknown name (with the
/// nearest declared one) or a value of the wrong kind is a config error, found before any plan
/// is read rather than ignored or failing on every entity at run time.
package enum ParameterCheck {
  package static func problems(in config: Config, rules: RuleSet) -> [Diagnostic] {
    let file = config.file ?? ".plancheck.json"
    var problems: [Diagnostic] = []
    let blocks = [config.params] + config.overrides.map(\.params)
    for block in blocks {
      for ruleID in block.keys.sorted() {
        // An unknown rule id is reported with the other unknown ids of the config.
        guard let rule = rules.rules.first(where: { $0.id == ruleID }),
          let values = block[ruleID]
        else { continue }
        let declared = rule.definition.params
        for name in values.keys.sorted() {
          guard let value = values[name] else { continue }
          let span = SourceSpan(file: file, position: value.position)
          guard let parameter = declared[name] else {
            let names = declared.keys.sorted()
            let hint = Spelling.suggestion(for: name, among: names)
            let known =
              names.isEmpty
              ? "it takes no parameters"
              : "its parameters are " + names.map { "'\($0)'" }.joined(separator: ", ")
            problems.append(
              Diagnostic(
                code: "config-param",
                message: "rule '\(ruleID)' has no parameter '\(name)'\(hint) (\(known))",
                span: span))
            continue
          }
          if !parameter.kind.accepts(value) {
            problems.append(
              Diagnostic(
                code: "config-param",
                message:
                  "'params.\(ruleID).\(name)' must be \(parameter.kindPhrase), not "
                  + "\(value.typeName) \(JSONWriter.compact(value)) (default "
                  + "\(JSONWriter.compact(parameter.defaultValue)))",
                span: span))
          }
        }
      }
    }
    return problems
  }
}
