/// The subset of the SARIF 2.1.0 object model plancheck writes; property names are SARIF's.
extension SARIFReporter {
  struct Log: Encodable {
    var schema =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var results: [ResultEntry]
    var originalUriBaseIds: [String: BaseLocation]
    var invocations: [Invocation]
    var properties: RunProperties
  }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String
    var informationUri: String
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Text
    var fullDescription: Text
    var help: Help
    var defaultConfiguration: Configuration
    var properties: RuleProperties
  }

  struct Text: Encodable { var text: String }

  struct Help: Encodable {
    var text: String
    var markdown: String
  }

  struct Configuration: Encodable { var level: String }

  struct RuleProperties: Encodable {
    var tags: [String]
    var scope: String?
  }

  struct ResultEntry: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Text
    var locations: [Location]
    var partialFingerprints: [String: String]
    var suppressions: [SuppressionEntry]?
    var properties: ResultProperties
  }

  struct ResultProperties: Encodable {
    var plan: String
    var pointer: String?
    var row: Int?
  }

  struct Location: Encodable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  struct ArtifactLocation: Encodable {
    var uri: String
    var uriBaseId: String?
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int?
  }

  struct LogicalLocation: Encodable {
    var name: String
    var fullyQualifiedName: String
    var kind: String
  }

  struct SuppressionEntry: Encodable {
    /// `inSource` for a waiver written in the plan or config, `external` for the baseline.
    var kind: String
    var status = "accepted"
    var justification: String
    var location: Location?
  }

  struct BaseLocation: Encodable { var description: Text }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [NotificationEntry]
  }

  struct NotificationEntry: Encodable {
    var level: String
    var message: Text
    var descriptor: Reference?
    var associatedRule: Reference?
    var locations: [Location]?
  }

  struct Reference: Encodable {
    var id: String
    var index: Int?
  }

  struct RunProperties: Encodable {
    var asOf: String
    var failOn: String
    var staleBaselineEntries: [String]?
  }
}
