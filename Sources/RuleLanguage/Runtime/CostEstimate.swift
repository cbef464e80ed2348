import PlanModel

/// The sizes a static cost estimate assumes for lists whose length is only known at run time.
/// A literal list has its own length; everything else is bounded by one of these.
package struct CostSizes: Sendable, Equatable {
  /// Entities of one kind in a plan: `actions`, `plan.milestones`, `prev.recommendations`,
  /// and the indexed lookups (`actionsLedBy(lead)`), which may return all of them.
  package var planEntities: Int
  /// Items one entity holds: an action's milestones, waivers or dependencies, a theme's
  /// actions, the parts of a split string, a list parameter or `extra` value.
  package var entityItems: Int

  package init(planEntities: Int = 10_000, entityItems: Int = 100) {
    self.planEntities = planEntities
    self.entityItems = entityItems
  }
}

/// The worst case of one expression in run-time steps (the unit `EvalBudget.steps` counts:
/// one per macro iteration and per `matches` call with a computed pattern), assuming no
/// macro stops early. Plan-wide subexpressions that the compiler hoists run once per plan;
/// the first evaluation on a plan pays for them, so `worstEvaluation` adds both parts.
package struct CostEstimate: Sendable, Equatable {
  /// Steps each evaluation takes itself.
  package var perEntity: Int
  /// Steps of hoisted plan-wide subexpressions, paid once per plan.
  package var perPlan: Int
  /// The macro that costs most (the outermost of the costliest nest), if any.
  package var hotspot: SourceRange?

  /// What the most expensive single evaluation can take: its own steps plus the hoisted ones.
  package var worstEvaluation: Int { CostEstimate.add(perEntity, perPlan) }

  /// Saturating arithmetic: a huge estimate stays huge instead of trapping.
  package static func add(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
  }

  package static func multiply(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? Int.max : product
  }
}

extension CompiledExpr {
  /// The static worst case of this expression with lists of the given sizes.
  package func estimatedCost(_ sizes: CostSizes = CostSizes()) -> CostEstimate {
    var estimator = CostEstimator(sizes: sizes, hoisting: CodeGenerator.hoists(in: scope))
    let steps = estimator.walk(checked).steps
    return CostEstimate(
      perEntity: steps, perPlan: estimator.perPlan, hotspot: estimator.hotspot?.range)
  }
}

/// Walks a checked expression the way `CodeGenerator` compiles it: the same subtrees are
/// hoisted (their steps go to `perPlan`, once), and each macro multiplies its body by the
/// length bound of the list it iterates.
struct CostEstimator {
  /// What one node costs and, for lists, how long it can be (and how long its elements).
  struct Node {
    var steps = 0
    var shape: Shape?
  }

  struct Shape {
    var count: Int
    /// The length bound of the elements, when they are lists themselves.
    var element: Int?
  }

  let sizes: CostSizes
  var hoisting: Bool
  var perPlan = 0
  var hotspot: (range: SourceRange, steps: Int)?
  /// Shapes of macro variables in scope, by slot.
  private var locals: [Int: Shape] = [:]

  init(sizes: CostSizes, hoisting: Bool) {
    self.sizes = sizes
    self.hoisting = hoisting
  }

  mutating func walk(_ e: CheckedExpr) -> Node {
    if hoisting, e.planWide, e.costly, !e.constant {
      hoisting = false
      let inner = node(e)
      hoisting = true
      perPlan = CostEstimate.add(perPlan, inner.steps)
      return Node(steps: 0, shape: inner.shape)
    }
    return node(e)
  }

  private mutating func sum(_ children: [CheckedExpr]) -> Int {
    children.reduce(0) { CostEstimate.add($0, walk($1).steps) }
  }

  private mutating func node(_ e: CheckedExpr) -> Node {
    switch e.kind {
    case .constant(let value):
      if case .map(let map) = value { return Node(shape: Shape(count: map.count)) }
      guard case .list(let list) = value else { return Node() }
      var inner: [Int] = []
      for index in 0..<list.count {
        guard case .list(let element) = list[index] else {
          return Node(shape: Shape(count: list.count))
        }
        inner.append(element.count)
      }
      return Node(shape: Shape(count: list.count, element: inner.max()))
    case .binding(.local(let slot)): return Node(shape: locals[slot])
    case .binding: return Node(shape: unknownShape(e.type, planList: false))
    case .field(let owner, _):
      let steps = walk(owner).steps
      return Node(steps: steps, shape: unknownShape(e.type, planList: owner.type == .entity(.plan)))
    case .valueField(let base, _), .select(let base, _):
      return Node(steps: walk(base).steps, shape: unknownShape(e.type, planList: false))
    case .index(let base, let index):
      let container = walk(base)
      let steps = CostEstimate.add(container.steps, walk(index).steps)
      let element = container.shape?.element.map { Shape(count: $0) }
      return Node(steps: steps, shape: element ?? unknownShape(e.type, planList: false))
    case .call(let call): return self.call(call, e.type)
    case .and(let l, let r), .or(let l, let r), .equal(let l, let r, _):
      return Node(steps: sum([l, r]), shape: unknownShape(e.type, planList: false))
    case .conditional(let c, let t, let f):
      let (condition, yes, no) = (walk(c), walk(t), walk(f))
      let steps = CostEstimate.add(condition.steps, max(yes.steps, no.steps))
      return Node(steps: steps, shape: larger(yes.shape, no.shape))
    case .list(let elements):
      let nodes = elements.map { walk($0) }
      let steps = nodes.reduce(0) { CostEstimate.add($0, $1.steps) }
      let inner = nodes.map { $0.shape?.count }
      let element = inner.contains { $0 == nil } ? nil : inner.compactMap { $0 }.max()
      return Node(steps: steps, shape: Shape(count: elements.count, element: element))
    case .map(let keys, let values):
      return Node(steps: sum(keys + values), shape: Shape(count: keys.count))
    case .has(let presence):
      switch presence {
      case .field(let base, _), .key(let base, _, _), .value(let base):
        return Node(steps: walk(base).steps)
      }
    case .comprehension(let c): return comprehension(c, at: e.range)
    }
  }

  private mutating func comprehension(_ c: Comprehension, at range: SourceRange) -> Node {
    let source = walk(c.range)
    let shape = source.shape ?? Shape(count: sizes.entityItems)
    let saved = locals[c.slot]
    locals[c.slot] = shape.element.map { Shape(count: $0) }
    let filter = c.filter.map { walk($0) }
    let body = walk(c.body)
    locals[c.slot] = saved
    let perItem = CostEstimate.add(1, CostEstimate.add(body.steps, filter?.steps ?? 0))
    let steps = CostEstimate.add(source.steps, CostEstimate.multiply(shape.count, perItem))
    if steps > (hotspot?.steps ?? 0) { hotspot = (range, steps) }
    let result: Shape? =
      switch c.macro {
      case .all, .exists, .existsOne: nil
      case .filter: shape
      case .map: Shape(count: shape.count, element: body.shape?.count)
      }
    return Node(steps: steps, shape: result)
  }

  private mutating func call(_ call: BuiltinCall, _ type: ExprType) -> Node {
    let args = call.arguments.map { walk($0) }
    var steps = args.reduce(0) { CostEstimate.add($0, $1.steps) }
    if call.name == "matches", CodeGenerator.literalPattern(call) == nil {
      steps = CostEstimate.add(steps, 1)
    }
    let shape: Shape? =
      switch call.name {
      case "_+_" where args.count == 2:
        args[0].shape.flatMap { left in
          args[1].shape.map { right in
            Shape(
              count: CostEstimate.add(left.count, right.count),
              element: larger(left, right)?.element)
          }
        } ?? unknownShape(type, planList: false)
      case "distinct": args.first?.shape ?? unknownShape(type, planList: false)
      default: unknownShape(type, planList: call.overload.readsPlan)
      }
    return Node(steps: steps, shape: shape)
  }

  /// The bound for a list (or map) whose length only the data knows.
  private func unknownShape(_ type: ExprType, planList: Bool) -> Shape? {
    let count = planList ? sizes.planEntities : sizes.entityItems
    switch type {
    case .list(.list), .list(.map), .list(.dyn):
      return Shape(count: count, element: sizes.entityItems)
    case .list, .map, .dyn, .params, .record: return Shape(count: count, element: nil)
    default: return nil
    }
  }

  private func larger(_ a: Shape?, _ b: Shape?) -> Shape? {
    guard let a, let b else { return a ?? b }
    let element: Int? =
      switch (a.element, b.element) {
      case (let x?, let y?): max(x, y)
      case (let x?, nil), (nil, let x?): x
      case (nil, nil): nil
      }
    return Shape(count: max(a.count, b.count), element: element)
  }
}
