import Foundation
import JSONSyntax
import PlanModel
import TestSupport
import Testing

@testable import PlanReading

/// The published schema and the decoder must know the same keys, so they cannot drift apart.
struct PlanSchemaTests {
  private func schema() throws -> JSONObject {
    let url = Golden.repositoryRoot().appendingPathComponent("Rules/schema/plan.schema.json")
    let bytes = [UInt8](try Data(contentsOf: url))
    return try #require(try JSONParser.parse(bytes, file: url.path).get().objectValue)
  }

  @Test(arguments: PlanJSONKeys.definitions.map(\.name))
  func schemaPropertiesMatchDecoderKeys(_ name: String) throws {
    let schema = try schema()
    let definition = try #require(
      name == "plan" ? schema : schema["$defs"]?.objectValue?[name]?.objectValue,
      "schema has no definition '\(name)'")
    let properties = try #require(definition["properties"]?.objectValue)
    let keys = try #require(PlanJSONKeys.definitions.first { $0.name == name }?.keys)
    #expect(properties.keys == keys)
    #expect(definition["additionalProperties"]?.boolValue == false)
  }

  @Test func schemaDeclaresDraft2020AndTheBuiltInSchemes() throws {
    let schema = try schema()
    #expect(schema["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema")
    let scheme = try #require(schema["properties"]?.objectValue?["statusScheme"])
    let names = scheme.value(at: ["anyOf", "0", "enum"])?.arrayValue?.compactMap(\.stringValue)
    #expect(names == StatusScheme.builtIn.map(\.name))
  }
}
