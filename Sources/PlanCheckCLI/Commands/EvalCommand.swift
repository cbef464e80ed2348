import JSONSyntax
import PlanModel
import PlanReading
import RuleEngine
import RuleLanguage

/// `plancheck eval EXPR`: prints the value of an expression, standalone or against an entity.
enum EvalCommand: Command {
  static let spec = ArgumentSpec(
    .eval,
    synopsis:
      "plancheck eval <expr | -> [--json] [--plan <file> --scope <scope> --ref <ref>] [--as-of <date>]",
    abstract: "Evaluate a rule expression and print its value.",
    discussion: """
      The expression language is a subset of Google's CEL with plan dates: \
      date('2024-03-31') + days(30), daysBetween(a, b), 'Spring Term 2019' dates in plans, \
      has(x), list.exists(x, p), s.matches(re), ... With --plan, the expression sees that \
      plan: in --scope plan by default, or the entity of --scope with --ref (or --index), \
      with the same bindings as a rule (its fields as bare names, self, plan, asOf). \
      '-' reads the expression from standard input. Exit 0 with a value or an evaluation \
      error; 2 for a syntax or checking error.
      """,
    positionals: "<expr>")

  static func run(_ arguments: ParsedArguments, io: inout some CommandIO) throws(CLIError) -> Int32
  {
    guard arguments.positionals.count == 1, var source = arguments.positionals.first else {
      throw .usage(
        "eval takes one expression (quote it), or '-' to read it from standard input",
        command: spec.command)
    }
    if source == "-" { source = String(decoding: io.readStdin(), as: UTF8.self) }
    var plan: Plan?
    if let path = arguments[\.plan] {
      let loaded = try PlanInput.load(path, from: nil, loader: PlanLoader(), io: &io)
      guard let loadedPlan = loaded.plan, !loaded.hasErrors else {
        throw .diagnostics(loaded.diagnostics.filter { $0.severity == .error })
      }
      plan = loadedPlan
    }
    let scope = try scopeOption(arguments, hasPlan: plan != nil)
    let entity = try entityIndex(arguments, scope: scope, plan: plan)
    let asOf = arguments[\.asOf] ?? plan?.asOf.earliest ?? CheckSession.today()
    let evaluation = ExprEvaluation(
      source, asOf: asOf, plan: plan, scope: scope, entity: entity, params: params(arguments))
    if arguments[\.json] {
      io.writeOut(evaluation.json + "\n")
    } else if evaluation.failure != nil || evaluation.isError {
      io.writeErr(evaluation.text + "\n")
    } else {
      io.writeOut(evaluation.text + "\n")
    }
    return evaluation.failure == nil ? ExitCode.success : ExitCode.usage
  }

  private static func scopeOption(_ arguments: ParsedArguments, hasPlan: Bool) throws(CLIError)
    -> ScopeKind?
  {
    guard let name = arguments[\.scope] else { return nil }
    guard hasPlan else { throw .usage("--scope needs --plan", command: spec.command) }
    guard let scope = ScopeKind(name: name), scope.version == .current else {
      throw .usage(
        "unknown scope '\(name)'; use \(EntityKind.namesInProse)", command: spec.command)
    }
    return scope
  }

  private static func entityIndex(_ arguments: ParsedArguments, scope: ScopeKind?, plan: Plan?)
    throws(CLIError) -> Int
  {
    guard let plan, let scope, scope != .plan else { return 0 }
    let count = scope.count(in: plan)
    if let index = arguments[\.index] {
      guard index < count else {
        throw .usage("--index must be 0..<\(count) for \(scope.name)", command: spec.command)
      }
      return index
    }
    guard let ref = arguments[\.ref] else {
      throw .usage("--scope \(scope.name) needs --ref or --index", command: spec.command)
    }
    let found = scope.entityKind.descriptor.index(ofRef: ref, in: plan)
    guard let found else {
      throw .usage("no \(scope.name) '\(ref)' in the plan", command: spec.command)
    }
    return found
  }

  private static func params(_ arguments: ParsedArguments) -> [String: Value] {
    var result: [String: Value] = [:]
    for param in arguments[\.params] {
      switch JSONParser.parse(Array(param.json.utf8), file: "--param") {
      case .success(let value): result[param.name] = CompiledRule.value(of: value)
      case .failure: result[param.name] = .string(param.json)
      }
    }
    return result
  }
}
