// swift-tools-version: 6.0
import PackageDescription

// One target per layer; arrows point inward (see README "Architecture").
// No package dependencies: the toolchain only.
let package = Package(
  name: "plancheck",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "plancheck", targets: ["plancheck"]),
    .executable(name: "plancheck-bench", targets: ["PlanCheckBenchmark"]),
  ],
  targets: [
    .target(name: "PlanModel"),
    .target(name: "JSONSyntax", dependencies: ["PlanModel"]),
    .target(name: "PlanReading", dependencies: ["PlanModel", "JSONSyntax"]),
    .target(name: "RuleLanguage", dependencies: ["PlanModel"]),
    .target(name: "RuleEngine", dependencies: ["PlanModel", "JSONSyntax", "RuleLanguage"]),
    .target(name: "Reporting", dependencies: ["PlanModel", "JSONSyntax"]),
    .target(
      name: "PlanCheckCLI",
      dependencies: [
        "PlanModel", "JSONSyntax", "PlanReading", "RuleLanguage", "RuleEngine", "Reporting",
      ]
    ),
    .executableTarget(name: "plancheck", dependencies: ["PlanCheckCLI"]),
    // The benchmark (README, Performance): synthetic plans, timed through the real CLI.
    .executableTarget(
      name: "PlanCheckBenchmark", dependencies: ["PlanModel", "PlanReading", "RuleEngine"],
      path: "Sources/PlanCheckBenchmark"),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "TestSupport"]),
    .testTarget(name: "JSONSyntaxTests", dependencies: ["JSONSyntax", "PlanModel", "TestSupport"]),
    .testTarget(
      name: "PlanReadingTests",
      dependencies: ["PlanReading", "JSONSyntax", "PlanModel", "TestSupport"]),
    .testTarget(
      name: "RuleLanguageTests", dependencies: ["RuleLanguage", "PlanModel", "TestSupport"]),
    .testTarget(
      name: "RuleEngineTests",
      dependencies: ["RuleEngine", "RuleLanguage", "PlanReading", "PlanModel", "TestSupport"]
    ),
    .testTarget(
      name: "ReportingTests", dependencies: ["Reporting", "PlanModel", "TestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "PlanCheckCLITests",
      dependencies: [
        "PlanCheckCLI", "PlanModel", "PlanReading", "Reporting", "RuleEngine", "TestSupport",
      ],
      exclude: ["Golden"]),
  ]
)
