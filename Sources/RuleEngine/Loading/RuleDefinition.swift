import JSONSyntax
import PlanModel
import RuleLanguage

/// A rule as written in a rule file, validated but not yet compiled.
package struct RuleDefinition: Sendable {
  package var id: String
  package var title: String
  package var severity: Severity
  package var scope: ScopeKind
  package var when: ExprSource?
  package var check: ExprSource
  package var message: ExprSource
  /// The entity field a finding points at (`"at": "end"`), if not the entity itself.
  package var at: String?
  /// Declared parameters with their defaults; config may override the values.
  package var params: [String: RuleParameter]
  package var rationale: String
  package var tags: [String]
  /// `"report": {"figure": ..., "group": ...}`: what the rule's findings make in reports.
  package var figure: ReportFigure? = nil
  package var group: String = ""
  package var examples: RuleExamples
  /// The rule's `pass` examples (parsed now if they were deferred; see `RuleExamples`).
  package var passExamples: [JSONValue] { examples.lists().pass }
  package var failExamples: [JSONValue] { examples.lists().fail }
  /// The rule object's place in its file.
  package var span: SourceSpan

  package var descriptor: RuleDescriptor {
    RuleDescriptor(
      id: id, title: title, severity: severity, scope: scope.name, rationale: rationale,
      tags: tags, source: span.file, figure: figure, group: group)
  }
}

/// A rule's examples. Only `plancheck test` (and `rules show`) read them, so the shipped
/// catalogue skips them at start-up and keeps the rule file's text instead: its examples are
/// parsed when asked for, every time (a shipped file is a few kilobytes). Rule files given by
/// the user are read whole, so a malformed `examples` is reported when the file loads.
package struct RuleExamples: Sendable {
  private enum Source: Sendable {
    case parsed(pass: [JSONValue], fail: [JSONValue])
    /// The text of a one-rule file whose `examples` were skimmed.
    case deferred(contents: String, file: String)
  }

  private let source: Source

  init(pass: [JSONValue], fail: [JSONValue]) { source = .parsed(pass: pass, fail: fail) }

  init(deferredIn contents: String, file: String) {
    source = .deferred(contents: contents, file: file)
  }

  /// The examples, and any problem with their shape (always none once parsed with the rule).
  package func lists() -> (pass: [JSONValue], fail: [JSONValue], diagnostics: [Diagnostic]) {
    switch source {
    case .parsed(let pass, let fail): return (pass, fail, [])
    case .deferred(let contents, let file):
      guard case .success(let root) = JSONParser.parse(Array(contents.utf8), file: file),
        let object = root.objectValue
      else { return ([], [], []) }
      var reader = JSONFieldReader(file: file, codePrefix: "rule")
      let (pass, fail) = reader.examples(object)
      return (pass, fail, reader.diagnostics)
    }
  }
}

/// Expression text with the place of its string literal, so errors inside the expression can
/// be reported at the right column of the rule file.
package struct ExprSource: Sendable, Hashable {
  package var text: String
  /// Position of the opening quote of the JSON string.
  package var span: SourceSpan

  package init(text: String, span: SourceSpan) {
    self.text = text
    self.span = span
  }

  /// Maps a 1-based line and column inside the expression text to the rule file. Exact for
  /// single-line expressions without escapes, which is what rule files hold.
  package func fileSpan(line: Int, column: Int) -> SourceSpan {
    var mapped = span
    if line <= 1 {
      mapped.column = span.column + column
    } else {
      mapped.line = span.line + line - 1
      mapped.column = column
    }
    return mapped
  }
}
