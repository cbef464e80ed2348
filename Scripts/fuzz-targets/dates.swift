// libFuzzer entry: the plan-date parser, in every date order, with and without Excel serials.
// Built by Scripts/fuzz; not part of the SwiftPM package.
import PlanModel
import PlanReading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for order in DateOrder.allCases {
    for serials in [false, true] {
      let date = PlanDateParser(order: order, excelSerials: serials).parse(text)
      if let earliest = date.earliest {
        precondition(date.latest.map { earliest <= $0 } == true, "earliest after latest")
      } else {
        precondition(date.latest == nil, "latest without earliest")
      }
    }
  }
  return 0
}
