import SQLKit
@testable import TafelStore
import Testing

@Suite("Column names from coding keys")
struct SnakeCaseColumnsTests {
    @Test("the remembered conversion gives SQLKit's column names", arguments: [
        ("id", "id"), ("startDate", "start_date"), ("participantCount", "participant_count"), ("bodyId", "body_id"),
        ("tooiURI", "tooi_uRI"), ("aB", "a_b"), ("", ""),
    ])
    func columnNames(key: String, column: String) {
        #expect(SnakeCaseColumns.snakeCase(key) == column)
        #expect(SnakeCaseColumns.shared.column(for: SnakeCaseColumns.Column(stringValue: key)).stringValue == column)
        #expect(SnakeCaseColumns.shared.column(for: SnakeCaseColumns.Column(stringValue: key)).stringValue == column, "second time, remembered")
    }
}
