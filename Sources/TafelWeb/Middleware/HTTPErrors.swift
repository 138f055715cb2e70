/// The client asked (`Accept`) for a representation this resource does not have (406).
struct NotAcceptable: Error {
    let accept: String
    let offered: [String]
}

/// A request body over the limit for where it was sent (413).
struct BodyTooLarge: Error {
    let limit: Int
}
