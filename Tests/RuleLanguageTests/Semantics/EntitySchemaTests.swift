import PlanModel
import Testing

@testable import RuleLanguage

/// Every entity kind has a schema and a scope, and the plan lists every listed kind.
struct EntitySchemaTests {
  @Test(arguments: EntityKind.allCases)
  func everyKindHasItsSchema(kind: EntityKind) throws {
    let schema = EntitySchema.of(kind)
    #expect(schema.kind == kind)
    #expect(Set(schema.fields.map(\.name)).count == schema.fields.count, "field names repeat")
    let label = try #require(schema.label, "\(kind) has no field naming it in messages")
    #expect(label.type == .string)
    for name in ["line", "index"] { #expect(schema.field(name)?.type == .int, "\(kind).\(name)") }
  }

  /// `plan.actions` and the like: one list per listed kind, under its plural.
  @Test(arguments: EntityKind.allCases.filter { $0 != .plan })
  func thePlanListsEveryListedKind(kind: EntityKind) throws {
    let listed = try #require(kind.descriptor as? any ListedEntity.Type)
    let field = try #require(EntitySchema.of(.plan).field(listed.plural))
    #expect(field.type == .list(.entity(kind)))
  }

  /// A kind whose model holds waivers gives rules a `waivers` field, and the other way round.
  @Test(arguments: EntityKind.allCases)
  func waiverFieldsMatchWhereWaiversAreWritten(kind: EntityKind) {
    var plan = Plan(span: SourceSpan(file: "p.json"))
    let waiver = Waiver(rule: "r", reason: "agreed", span: SourceSpan(file: "p.json"))
    plan.waivers = [waiver]
    var action = Action(span: SourceSpan(file: "p.json"))
    action.waivers = [waiver]
    var measure = Measure(span: SourceSpan(file: "p.json"))
    measure.waivers = [waiver]
    plan.actions = [action]
    plan.measures = [measure]
    plan.themes = [Theme(ref: "T", title: "", span: SourceSpan(file: "p.json"))]
    plan.recommendations = [Recommendation(id: "R", span: SourceSpan(file: "p.json"))]
    let writes = !kind.descriptor.waivers(0, in: plan).isEmpty
    #expect((EntitySchema.of(kind).field("waivers") != nil) == writes)
  }

  @Test func everyKindIsAScopeAndRemovedActionsAreToo() {
    #expect(
      ScopeKind.allCases.map(\.name) == EntityKind.allCases.map(\.rawValue) + ["removed-action"])
    for scope in ScopeKind.allCases { #expect(ScopeKind(name: scope.name) == scope) }
    #expect(ScopeKind(name: "removed-theme") == nil)
    #expect(ScopeKind.removedAction.refKind == .removed(.action))
    #expect(ScopeKind.milestone.refKind == .entity(.milestone))
  }
}
