import JSONSyntax
import PlanModel

/// Reads `.plancheck.json`. Unknown keys are errors, with a suggestion.
package enum ConfigLoader {
  static let keys = [
    "rules", "enable", "disable", "severity", "params", "statusScheme", "columns", "dateOrder",
    "asOf", "failOn", "include", "exclude", "waivers", "overrides",
  ]
  static let overrideKeys = ["files", "enable", "disable", "severity", "params"]
  static let waiverKeys = ["plan", "ref", "rule", "reason", "until"]

  package static func load(bytes: [UInt8], file: String) -> (
    config: Config, diagnostics: [Diagnostic]
  ) {
    var config = Config()
    config.file = file
    let root: JSONValue
    switch JSONParser.parse(bytes, file: file) {
    case .success(let value): root = value
    case .failure(let diagnostic): return (config, [diagnostic])
    }
    var reader = JSONFieldReader(file: file, codePrefix: "config")
    guard let object = root.objectValue else {
      reader.error(at: root.position, "a config file holds one object, not \(root.typeName)")
      return (config, reader.diagnostics)
    }
    reader.rejectUnknown(object, keys: keys, context: "config")
    config.ruleFiles = reader.strings(object, "rules")
    config.enable = reader.strings(object, "enable")
    config.disable = reader.strings(object, "disable")
    config.severity = reader.severities(object, "severity")
    config.params = reader.params(object)
    config.statusScheme = object["statusScheme"]
    config.columns = reader.stringMap(object, "columns")
    if let text = reader.string(object, "dateOrder") {
      config.dateOrder = DateOrder(rawValue: text)
      if config.dateOrder == nil, let value = object["dateOrder"] {
        reader.error(at: value.position, "'dateOrder' must be 'dmy' or 'mdy', not '\(text)'")
      }
    }
    if let text = reader.string(object, "asOf") {
      config.asOf = Day(iso: text)
      if config.asOf == nil, let value = object["asOf"] {
        reader.error(at: value.position, "'asOf' must be a date written YYYY-MM-DD, not '\(text)'")
      }
    }
    if let text = reader.string(object, "failOn") {
      switch FailOn.parse(text) {
      case .some(let level): config.failOn = .some(level)
      case .none:
        reader.error(
          at: object["failOn"]?.position ?? .unknown,
          "'failOn' must be error, warning, info or none, not '\(text)'")
      }
    }
    config.include = reader.strings(object, "include").map(Glob.init)
    config.exclude = reader.strings(object, "exclude").map(Glob.init)
    config.waivers = waivers(object, reader: &reader)
    config.overrides = overrides(object, reader: &reader)
    return (config, reader.diagnostics)
  }

  private static func waivers(_ object: JSONObject, reader: inout JSONFieldReader) -> [Config
    .ConfigWaiver]
  {
    reader.objects(object, "waivers").compactMap { item, position in
      reader.rejectUnknown(item, keys: waiverKeys, context: "waiver")
      guard let plan = reader.string(item, "plan", required: true, at: position),
        let ref = reader.string(item, "ref", required: true, at: position),
        let rule = reader.string(item, "rule", required: true, at: position)
      else { return nil }
      let until = reader.string(item, "until").map { text in
        Day(iso: text).map { PlanDate.day($0, text: text) } ?? PlanDate(text: text, kind: .unparsed)
      }
      // An unreadable date would never expire, and no rule sees config waivers to flag it.
      if let until, until.kind == .unparsed, let value = item["until"] {
        reader.error(
          at: value.position, "'until' must be a date written YYYY-MM-DD, not '\(until.text)'")
      }
      let span = SourceSpan(file: reader.file, position: position)
      let waiver = Waiver(
        rule: rule, reason: reader.string(item, "reason") ?? "", until: until ?? .missing,
        span: span)
      return Config.ConfigWaiver(plan: plan, ref: ref, waiver: waiver)
    }
  }

  private static func overrides(_ object: JSONObject, reader: inout JSONFieldReader) -> [Config
    .Override]
  {
    reader.objects(object, "overrides").compactMap { item, position in
      reader.rejectUnknown(item, keys: overrideKeys, context: "override")
      let files = reader.strings(item, "files")
      if files.isEmpty {
        reader.error(at: position, "an override needs 'files': a list of path globs")
      }
      var override = Config.Override(
        files: files.map(Glob.init), span: SourceSpan(file: reader.file, position: position))
      override.enable = reader.strings(item, "enable")
      override.disable = reader.strings(item, "disable")
      override.severity = reader.severities(item, "severity")
      override.params = reader.params(item)
      return override
    }
  }
}

/// `--fail-on` / `failOn` values: a severity, or `none`.
package enum FailOn {
  /// `.some(nil)` for "none", nil when the text is not a level.
  package static func parse(_ text: String) -> Severity?? {
    if text == "none" { return .some(nil) }
    return Severity(rawValue: text).map { .some($0) }
  }
}
