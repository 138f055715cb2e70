/// One invalid input field, with a Dutch message that names the field and the problem.
public struct FieldProblem: Sendable, Hashable {
    public let field: String
    public let code: String
    public let message: String

    public init(field: String, code: String, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }
}

/// Input that cannot be accepted; carries every problem found, not only the first.
public struct ValidationFailure: Error, Sendable, Hashable {
    public let problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) { self.problems = problems }

    public init(field: String, code: String = "ongeldig", message: String) {
        self.problems = [FieldProblem(field: field, code: code, message: message)]
    }

    /// All messages in one Dutch sentence list, for a page or a log line.
    public var summary: String { problems.map(\.message).joined(separator: " ") }
}
