/// The request needs a signed-in user (web: to the sign-in page; API: 401).
public struct SignInRequired: Error, Sendable {
    public init() {}
}

/// The signed-in user may not do this (403). The message names what is missing.
public struct AccessDenied: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// A write based on an older version than the stored one (web: 409 page; API: 412).
public struct VersionConflict: Error, Sendable {
    public let kind: RecordKind
    public let id: String
    public let expected: Int
    public let current: Int

    public init(kind: RecordKind, id: String, expected: Int, current: Int) {
        self.kind = kind; self.id = id; self.expected = expected; self.current = current
    }
}

/// A change to a stored record that does not say which version it was based on: it
/// could overwrite a change its author never saw, so it is refused (API: 428).
public struct VersionRequired: Error, Sendable {
    public let kind: RecordKind
    public let id: String

    public init(kind: RecordKind, id: String) {
        self.kind = kind; self.id = id
    }
}

/// A record that may not be removed (409): other records still name it, or it holds parts
/// the remover may not see. `reason` says which, in Dutch, after the record's name.
public struct DeletionRefused: Error, Sendable {
    public let kind: RecordKind
    public let id: String
    public let reason: String

    public init(kind: RecordKind, id: String, reason: String) {
        self.kind = kind; self.id = id; self.reason = reason
    }

    public var message: String { "\(kind.label) ‘\(id)’ kan niet worden verwijderd: \(reason)" }
}
