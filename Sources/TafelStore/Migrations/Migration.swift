/// One numbered, irreversible step of the schema. Migrations are registered in
/// `Migrations.all` in order and run by `tafel migrate` and at the start of `serve`.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    /// The SQL statements, each portable or chosen per backend.
    public let statements: @Sendable (Database.Backend) -> [String]

    public init(version: Int, name: String, statements: @escaping @Sendable (Database.Backend) -> [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}

public enum Migrations {
    /// Every migration, oldest first. Append; never edit one that has shipped.
    public static let all: [Migration] = [
        m0001CoreSchema,
        m0002Access,
        m0003Register,
        m0004Reliability,
        m0005Speed,
        m0006FacetIndex,
        m0007OrganisationMemberships,
        m0008MeetingWork,
        m0009Programmes,
        m0010OrganisationCourse,
        m0011Commitments,
        m0012AgendaRequests,
        m0013PolicyProducts,
        m0014JointDecisions,
        m0015Stances,
        m0016Constituencies,
        m0017OpenCommitments,
        m0018SearchIndex,
        m0019SearchTextReadable,
        m0020DocumentFiles,
        m0021WooCategory,
        m0022DocumentAttachments,
        m0023PageIndexes,
    ]
}

/// `CREATE TABLE` with the columns every table carries: when it was made, last
/// changed, and its version for optimistic concurrency.
func createTable(_ name: String, _ columns: [String], constraints: [String] = []) -> String {
    let meta = [
        "created_at TEXT NOT NULL",
        "updated_at TEXT NOT NULL",
        "version INTEGER NOT NULL DEFAULT 1",
    ]
    let body = (columns + meta + constraints).map { "    " + $0 }.joined(separator: ",\n")
    return "CREATE TABLE \(name) (\n\(body)\n)"
}
