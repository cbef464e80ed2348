import Testing

@testable import PlanModel

/// Every entity kind's descriptor is complete and consistent; a new kind is picked up by
/// iterating `EntityKind.allCases`.
struct PlanEntityTests {
  /// Two of each listed kind, each with its own line, and waivers where the model has them.
  static func sample() -> Plan {
    func span(_ line: Int) -> SourceSpan { SourceSpan(file: "p.json", line: line) }
    func waiver(_ rule: String, _ line: Int) -> Waiver {
      Waiver(rule: rule, reason: "agreed", span: span(line))
    }
    var plan = Plan(span: span(1))
    plan.id = "p1"
    plan.waivers = [waiver("plan-rule", 2)]
    plan.themes = [
      Theme(ref: "T1", title: "Workforce", span: span(3)),
      Theme(ref: "T2", title: "Voice", span: span(4)),
    ]
    var recommendations = [
      Recommendation(id: "R1", span: span(5)), Recommendation(id: "R2", span: span(6)),
    ]
    recommendations[1].text = "Improve supervision"
    plan.recommendations = recommendations
    var first = Action(span: span(10))
    first.ref = "1.1"
    first.title = "Recruit"
    first.milestones = 0..<2
    first.waivers = [waiver("action-rule", 11)]
    var second = Action(span: span(20))
    second.ref = "1.2"
    second.title = "Train"
    plan.actions = [first, second]
    plan.milestones = [
      Milestone(text: "Draft the strategy", due: .missing, action: 0, span: span(12)),
      Milestone(text: "Approve the strategy", due: .missing, action: 0, span: span(13)),
    ]
    var measure = Measure(span: span(30))
    measure.ref = "M1"
    measure.waivers = [waiver("measure-rule", 31)]
    var other = Measure(span: span(32))
    other.ref = "M2"
    plan.measures = [measure, other]
    plan.link()
    return plan
  }

  @Test(arguments: EntityKind.allCases)
  func descriptorDescribesItsOwnKind(kind: EntityKind) {
    #expect(kind.descriptor.entityKind == kind)
    #expect(EntityKind(rawValue: kind.name) == kind)
  }

  /// Every kind but the plan is a list of the plan, under a plural of its own.
  @Test func listedKindsHaveDistinctPlurals() {
    let listed = EntityKind.allCases.compactMap { $0.descriptor as? any ListedEntity.Type }
    #expect(listed.map { $0.entityKind } == EntityKind.allCases.filter { $0 != .plan })
    let plurals = listed.map { $0.plural }
    #expect(Set(plurals).count == plurals.count)
    #expect(!plurals.contains { EntityKind(rawValue: $0) != nil })
  }

  @Test(arguments: EntityKind.allCases)
  func countsRefsAndSpansCoverEveryEntity(kind: EntityKind) {
    let plan = Self.sample()
    let descriptor = kind.descriptor
    let count = descriptor.count(in: plan)
    #expect(count == (kind == .plan ? 1 : 2))
    var refs: Set<String> = []
    var lines: Set<Int> = []
    for index in 0..<count {
      let ref = descriptor.ref(index, in: plan) { plan.actions[$0].label }
      #expect(!ref.isEmpty, "\(kind) \(index) has no ref")
      refs.insert(ref)
      lines.insert(descriptor.span(index, field: nil, in: plan).line)
      #expect(descriptor.discriminator(index, in: plan) == "", "distinct refs need no number")
    }
    #expect(refs.count == count, "\(kind): every entity named apart")
    #expect(lines.count == count, "\(kind): every entity placed apart")
  }

  /// Where a kind can be looked up by ref, the lookup finds the entity the ref names.
  @Test(arguments: EntityKind.allCases)
  func lookupByRefInvertsRef(kind: EntityKind) {
    let plan = Self.sample()
    let descriptor = kind.descriptor
    for index in 0..<descriptor.count(in: plan) {
      let ref = descriptor.ref(index, in: plan) { plan.actions[$0].label }
      if let found = descriptor.index(ofRef: ref, in: plan) { #expect(found == index) }
    }
    let expected: Set<EntityKind> = [.theme, .action, .recommendation, .measure]
    let found = EntityKind.allCases.filter {
      $0.descriptor.index(ofRef: $0.descriptor.ref(0, in: plan) { _ in "1.1" }, in: plan) == 0
    }
    #expect(Set(found) == expected)
  }

  /// A milestone's waivers are its action's; marking one used marks it where it is written.
  @Test(arguments: EntityKind.allCases)
  func waiversAreFoundAndMarkedWhereWritten(kind: EntityKind) throws {
    var plan = Self.sample()
    let holder = kind.descriptor.waiverHolder(0, in: plan)
    #expect(holder?.kind == (kind == .milestone ? .action : kind))
    let owner = try #require(holder)
    let waivers = owner.kind.descriptor.waivers(owner.index, in: plan)
    let written: Set<EntityKind> = [.plan, .action, .milestone, .measure]
    #expect(waivers.count == (written.contains(kind) ? 1 : 0))
    guard !waivers.isEmpty else { return }
    owner.kind.descriptor.markWaiverUsed(0, of: owner.index, in: &plan)
    #expect(owner.kind.descriptor.waivers(owner.index, in: plan).map(\.used) == [true])
  }

  @Test func findingKindsAreNamedAsReportsPrintThem() {
    #expect(
      EntityKind.allCases.map { EntityRef.Kind.entity($0).name }
        == EntityKind.allCases.map(\.rawValue))
    #expect(EntityRef.Kind.removed(.action).name == "removed-action")
    #expect(EntityRef.Kind.waiver.name == "waiver")
    #expect(EntityRef(kind: .entity(.action), ref: "1.2").description == "action 1.2")
    #expect(EntityKind.namesInProse == "plan, theme, action, milestone, recommendation or measure")
  }
}
