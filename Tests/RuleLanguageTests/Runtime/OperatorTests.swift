import Testing

@testable import RuleLanguage

struct OperatorTests {
  @Test(arguments: [
    ExprCase("2 + 3", "5"),
    ExprCase("2 - 5", "-3"),
    ExprCase("6 * 7", "42"),
    ExprCase("7 / 2", "3", "int division truncates"),
    ExprCase("-7 / 2", "-3", "toward zero"),
    ExprCase("7 % 3", "1"),
    ExprCase("-7 % 3", "-1", "remainder takes the dividend's sign"),
    ExprCase("1.5 + 2.25", "3.75"),
    ExprCase("1.0 / 4.0", "0.25"),
    ExprCase("1.0 / 0.0", "+Inf", "double division by zero is IEEE"),
    ExprCase("-1.0 / 0.0", "-Inf"),
    ExprCase("0.0 / 0.0", "NaN"),
    ExprCase("2.0 * 3.0", "6.0"),
    ExprCase("-(2)", "-2"),
    ExprCase("-(-2.5)", "2.5"),
    ExprCase("'ab' + 'cd'", "\"abcd\""),
    ExprCase("[1] + [2, 3]", "[1, 2, 3]"),
    ExprCase("[] + []", "[]"),
    ExprCase("1 / 0", "error: division by zero"),
    ExprCase("1 % 0", "error: modulus by zero"),
    ExprCase("9223372036854775807 + 1", "error: integer overflow"),
    ExprCase("-9223372036854775808 - 1", "error: integer overflow"),
    ExprCase("9223372036854775807 * 2", "error: integer overflow"),
    ExprCase("-9223372036854775808 / -1", "error: integer overflow"),
    ExprCase("-9223372036854775808 % -1", "error: integer overflow"),
    ExprCase("-(-9223372036854775808)", "error: integer overflow"),
    ExprCase("4611686018427387904 * 2 - 1", "error: integer overflow"),
    ExprCase(
      "1 + 2.0", "load error: no overload of '+' takes (int, double)", "no mixed arithmetic"),
    ExprCase("'a' + 1", "load error: no overload of '+' takes (string, int)"),
    ExprCase("1.5 % 1.0", "load error: no overload of '%'"),
    ExprCase("-'a'", "load error: no overload of '-' takes (string)"),
    ExprCase("!1", "load error: no overload of '!' takes (int)"),
    ExprCase("true + true", "load error: no overload of '+'"),
  ])
  func arithmetic(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }

  @Test(arguments: [
    ExprCase("1 == 1", "true"),
    ExprCase("1 != 2", "true"),
    ExprCase("1 == 1.0", "true", "numeric equality across int and double"),
    ExprCase("2 != 2.5", "true"),
    ExprCase("1 < 1.5", "true", "numeric ordering across types"),
    ExprCase("2.0 >= 2", "true"),
    ExprCase("9223372036854775807 < 9223372036854775808.0", "true", "no rounding of large ints"),
    ExprCase("0.0 / 0.0 == 0.0 / 0.0", "false", "NaN is not equal to itself"),
    ExprCase("0.0 / 0.0 < 1.0", "false"),
    ExprCase("'a' < 'b'", "true"),
    ExprCase("'abc' <= 'abd'", "true"),
    ExprCase("'b' > 'abc'", "true"),
    ExprCase("'a' >= 'a'", "true"),
    ExprCase("false < true", "true"),
    ExprCase("'a' == 'a'", "true"),
    ExprCase("[1, 2] == [1, 2]", "true"),
    ExprCase("[1, 2] == [2, 1]", "false"),
    ExprCase("[1, 2.0] == [1.0, 2]", "true"),
    ExprCase("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", "true", "map equality ignores order"),
    ExprCase("{'a': 1} != {'a': 2}", "true"),
    ExprCase("null == null", "true"),
    ExprCase("null != 1", "true"),
    ExprCase("type(1) == int", "true"),
    ExprCase("type('a') == string", "true"),
    ExprCase("type(null) == null_type", "true"),
    ExprCase("type(int) == type", "true"),
    ExprCase("'a' < 1", "load error: cannot compare string and int with '<'"),
    ExprCase("'1' == 1", "load error: cannot compare string and int with '=='"),
    ExprCase("true == 1", "load error: cannot compare bool and int"),
    ExprCase("[1] == {'a': 1}", "load error: cannot compare list<int> and map<string, int>"),
    ExprCase("[1] < [2]", "load error: cannot compare list<int> and list<int> with '<'"),
    ExprCase("[1, 'a'][1] == 1", "false", "dyn equality across types is false"),
    ExprCase("[1, 'a'][1] < 1", "error: no such overload: _<_(string, int)"),
  ])
  func comparisons(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }

  @Test(arguments: [
    ExprCase("true && true", "true"),
    ExprCase("true && false", "false"),
    ExprCase("false || true", "true"),
    ExprCase("false || false", "false"),
    ExprCase("false && 1 / 0 == 1", "false", "false && error"),
    ExprCase("1 / 0 == 1 && false", "false", "error && false (commutative)"),
    ExprCase("true || 1 / 0 == 1", "true", "true || error"),
    ExprCase("1 / 0 == 1 || true", "true", "error || true (commutative)"),
    ExprCase("1 / 0 == 1 && true", "error: division by zero"),
    ExprCase("true && 1 / 0 == 1", "error: division by zero"),
    ExprCase("1 / 0 == 1 || false", "error: division by zero"),
    ExprCase("1 / 0 == 1 && 2 % 0 == 1", "error: division by zero", "first error wins"),
    ExprCase("[1, 'a'][1] && false", "false", "non-bool absorbed by false"),
    ExprCase("[1, 'a'][1] || true", "true"),
    ExprCase("[1, 'a'][1] && true", "error: no such overload: _&&_(string)"),
    ExprCase("!true", "false"),
    ExprCase("!!true", "true"),
    ExprCase("!(1 < 2)", "false"),
    ExprCase("1 && true", "load error: an operand of '&&' must be a bool, not int"),
    ExprCase("true ? 1 : 2", "1"),
    ExprCase("false ? 1 : 2", "2"),
    ExprCase("true ? 1 : 1 / 0", "1", "only the chosen branch runs"),
    ExprCase("false ? 1 / 0 : 2", "2"),
    ExprCase("1 / 0 == 1 ? 1 : 2", "error: division by zero"),
    ExprCase("1 ? 2 : 3", "load error: the condition of '?:' must be a bool, not int"),
    ExprCase("true ? 'a' : 1", "\"a\"", "branches may differ in type"),
    ExprCase("false ? 1 : true ? 2 : 3", "2"),
  ])
  func logic(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }

  @Test(arguments: [
    ExprCase("2 in [1, 2, 3]", "true"),
    ExprCase("4 in [1, 2, 3]", "false"),
    ExprCase("2.0 in [1, 2]", "true", "numeric equality in membership"),
    ExprCase("'a' in {'a': 1}", "true", "map keys"),
    ExprCase("'b' in {'a': 1}", "false"),
    ExprCase("1 in {1: 'x'}", "true"),
    ExprCase("'x' in []", "false"),
    ExprCase("[1] in [[1], [2]]", "true"),
    ExprCase("'a' in [1, 2]", "load error: cannot compare string and int with 'in'"),
    ExprCase("1 in 'abc'", "load error: no overload of 'in' takes (int, string)"),
    ExprCase("[10, 20, 30][1]", "20"),
    ExprCase("[10, 20][2]", "error: index out of range: 2"),
    ExprCase("[10, 20][-1]", "error: index out of range: -1"),
    ExprCase("{'a': 1}['a']", "1"),
    ExprCase("{'a': 1}.a", "1", "map field selection"),
    ExprCase("{'a': 1}['b']", "error: no such key: \"b\""),
    ExprCase("{'a': 1}.b", "error: no such key: 'b'"),
    ExprCase("{1: 'one'}[1.0]", "\"one\"", "integral double finds int key"),
    ExprCase("{'a': {'b': [1, 2]}}.a.b[1]", "2"),
    ExprCase("[1]['a']", "load error: no overload of '_[_]' takes (list<int>, string)"),
    ExprCase("1[0]", "load error: cannot index int"),
    ExprCase("1.a", "load error: int has no fields"),
    ExprCase("{'a': 1, 'a': 2}", "error: repeated map key \"a\""),
    ExprCase("{1.5: 1}", "load error: no overload of 'map key' takes (double)"),
    ExprCase("{true: 1, 2: 'b', 'c': 3.0}", "{true: 1, 2: \"b\", \"c\": 3.0}"),
    ExprCase("[[1, 2], [3]][0][1]", "2"),
  ])
  func membershipAndIndexing(_ c: ExprCase) {
    c.verify(outcome(c.source))
  }
}
