import Hummingbird
import TafelCore
import TafelStore

/// What an edit form does with the outcome of a save: on success whatever `save` answers; a
/// refused input, a missing version or a stale one comes back as the form again (`again`),
/// with the problems, or with the conflict and the version stored now.
enum FormSubmission {
    enum Refusal {
        case problems([FieldProblem])
        case missingVersion
        case conflict(VersionConflict)
    }

    static func run(_ save: () async throws -> Response,
                    again: (Refusal) async throws -> Response) async throws -> Response {
        do {
            return try await save()
        } catch let failure as ValidationFailure {
            return try await again(.problems(failure.problems))
        } catch is VersionRequired {
            return try await again(.missingVersion)
        } catch let conflict as VersionConflict {
            return try await again(.conflict(conflict))
        }
    }
}

/// How an edit form comes back after a refused save: the version it now acts on, the problems
/// to name, or the conflict with what is stored, and the status to answer with.
struct FormAgain: Sendable {
    var version: Int?
    var problems: [FieldProblem] = []
    var conflict: FormConflict?
    var status: HTTPResponse.Status
}

extension FormSubmission {
    /// An edit's save: saved, a redirect to `done`; refused, the form again (`again`) with the
    /// problems, with the version stored now (`storedVersion`) when none was sent, or with the
    /// differences from what is stored now (`differences`) when it changed meanwhile.
    static func update(version: Int?, done: String, save: () async throws -> Void, storedVersion: () async throws -> Int?,
                       differences: () async throws -> [FormConflict.Row],
                       again: (FormAgain) async throws -> Response) async throws -> Response {
        try await run({
            try await save()
            return .redirect(to: done, type: .normal)
        }, again: { refusal in
            switch refusal {
            case .problems(let problems):
                return try await again(FormAgain(version: version, problems: problems, status: .badRequest))
            case .missingVersion:
                return try await again(FormAgain(version: try await storedVersion(), problems: [.missingVersion], status: .badRequest))
            case .conflict(let conflict):
                let rows = try await differences()
                return try await again(FormAgain(version: conflict.current,
                                                 conflict: FormConflict(expectedVersion: conflict.expected, currentVersion: conflict.current, rows: rows),
                                                 status: .conflict))
            }
        })
    }
}
