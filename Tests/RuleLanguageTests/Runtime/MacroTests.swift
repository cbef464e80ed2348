import Testing

@testable import RuleLanguage

struct MacroTests {
  @Test(arguments: [
    ExprCase("[1, 2, 3].all(x, x > 0)", "true"),
    ExprCase("[1, 2, 3].all(x, x > 1)", "false"),
    ExprCase("[].all(x, x > 0)", "true"),
    ExprCase("[1, 2, 3].exists(x, x == 2)", "true"),
    ExprCase("[1, 2, 3].exists(x, x > 3)", "false"),
    ExprCase("[].exists(x, x == 2)", "false"),
    ExprCase("[1, 2, 3].exists_one(x, x > 2)", "true"),
    ExprCase("[1, 2, 3].exists_one(x, x > 1)", "false"),
    ExprCase("[].exists_one(x, true)", "false"),
    ExprCase("[1, 2, 3].map(x, x * x)", "[1, 4, 9]"),
    ExprCase("[1, 2, 3, 4].map(x, x % 2 == 0, x * 10)", "[20, 40]", "three-argument map"),
    ExprCase("[1, 2, 3, 4].filter(x, x % 2 == 1)", "[1, 3]"),
    ExprCase("[].map(x, x)", "[]"),
    ExprCase("{'a': 1, 'b': 2}.all(k, k != 'c')", "true", "maps iterate keys"),
    ExprCase("{'a': 1, 'b': 2}.map(k, k + '!')", "[\"a!\", \"b!\"]"),
    ExprCase("{'a': 1, 'b': 2}.filter(k, k == 'b')", "[\"b\"]"),
    ExprCase("{'key': 1, 1: 21}.exists(k, k != 2)", "true"),
    ExprCase("[1, 2, 3].all(e, e / 0 != 17)", "error: division by zero"),
    ExprCase("[0, 1, 2].all(e, 6 / e == 6)", "false", "false absorbs an earlier error"),
    ExprCase("[0, 1].exists(e, 6 / e == 6)", "true", "true absorbs an earlier error"),
    ExprCase("[1, 2, 3].exists(e, e / 0 == 17)", "error: division by zero"),
    ExprCase("[3, 0].exists_one(n, 12 / n > 1)", "error: division by zero", "exists_one is strict"),
    ExprCase("[1, 'foo', 3].exists(e, e != '1')", "true"),
    ExprCase("[1, 'foo', 3].all(e, e % 2 == 1)", "error: no such overload: _%_(string, int)"),
    ExprCase("[2, 1, 0].map(n, 4 / n)", "error: division by zero"),
    ExprCase("[[1, 2], [3]].map(l, l.map(x, x + 1))", "[[2, 3], [4]]", "nested macros"),
    ExprCase("[1, 2].exists(x, [3, 4].exists(x, x == 4))", "true", "inner variable shadows"),
    ExprCase("[1, 2].map(x, [10].map(y, x + y))", "[[11], [12]]"),
    ExprCase("[1, 2].all(x, x)", "load error: the predicate of all() must be a bool, not int"),
    ExprCase("[1].filter(x, 'a')", "load error: the predicate of filter() must be a bool"),
    ExprCase("[1].map(x, 'a', x)", "load error: the predicate of map() must be a bool"),
    ExprCase("[1].all(1, true)", "load error: the first argument of all() must be a variable name"),
    ExprCase("1.all(x, true)", "load error: cannot iterate over int"),
    ExprCase("all([1], true)", "load error: all() is a macro; write list.all(x, p)"),
    ExprCase("[1].exists(x)", "load error: exists() is a macro"),
    ExprCase("x", "load error: unknown name 'x'", "macro variables do not leak"),
    ExprCase("[1].map(x, x) + [x]", "load error: unknown name 'x'"),
  ])
  func macros(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }
}
