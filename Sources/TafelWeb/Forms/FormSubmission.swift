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
