/// A column or key the reader did not map to a model field, kept so nothing is lost.
package struct ExtraField: Sendable, Hashable {
  package var name: String
  package var value: String
  package init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
