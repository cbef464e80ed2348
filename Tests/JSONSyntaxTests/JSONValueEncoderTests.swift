import Testing

@testable import JSONSyntax

struct JSONValueEncoderTests {
  private struct Inner: Encodable {
    var b: Int
    var a: String?
  }

  private struct Outer: Encodable {
    var zeta: [Inner]
    var alpha: Double
    var missing: String?
    var flag: Bool
  }

  @Test func sortsKeysOmitsNilsAndNests() {
    let value = Outer(
      zeta: [Inner(b: 2, a: "x"), Inner(b: 1, a: nil)], alpha: 1.5, missing: nil, flag: true)
    #expect(
      JSONWriter.compact(JSONValueEncoder.encode(value))
        == #"{"alpha":1.5,"flag":true,"zeta":[{"a":"x","b":2},{"b":1}]}"#)
  }

  @Test(arguments: [
    (Double.nan, #""NaN""#), (Double.infinity, #""Infinity""#), (-Double.infinity, #""-Infinity""#),
    (3.0, "3"),
  ])
  func doubles(value: Double, expected: String) {
    #expect(JSONWriter.compact(JSONValueEncoder.encode([value])) == "[\(expected)]")
  }

  @Test func largeArraysKeepOrder() {
    let numbers = Array(0..<5000)
    let encoded = JSONValueEncoder.encode(numbers)
    #expect(encoded.arrayValue?.count == 5000)
    #expect(encoded.arrayValue?.last?.intValue == 4999)
  }
}
