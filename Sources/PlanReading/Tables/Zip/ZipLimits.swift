/// Hard limits on what a workbook archive may make plancheck do (zip bombs).
///
/// Each is checked against the sizes the central directory declares *before* anything is
/// inflated, and the inflater never writes past an entry's declared size, so no archive can
/// make the reader allocate or loop beyond these bounds; crossing one is an `xlsx-limit`
/// diagnostic. Real workbooks sit far below all of them: an improvement plan's sheet is
/// kilobytes, and Excel's own row limit (1,048,576) at ~250 bytes a row fits in `maxEntryBytes`.
package struct ZipLimits: Sendable {
  /// Entries in the central directory. A workbook has tens; images and charts add hundreds.
  var maxEntries = 10_000
  /// Uncompressed size of any one entry that is read (a sheet, the shared strings).
  var maxEntryBytes = 256 * 1_048_576
  /// Uncompressed bytes read from the archive in total, over every entry extracted.
  var maxTotalBytes = 256 * 1_048_576
  /// Uncompressed-to-compressed ratio allowed for entries above `ratioFloorBytes`; DEFLATE
  /// tops out near 1032:1, and spreadsheet XML compresses 10-30:1.
  var maxRatio = 200
  /// Entries smaller than this are not ratio-checked: a tiny, highly repetitive part (an empty
  /// sheet's XML, a theme) can legitimately compress very well.
  var ratioFloorBytes = 1_048_576

  static let standard = ZipLimits()
}
