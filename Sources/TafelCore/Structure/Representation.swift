/// A body in which members represent others (a VNG committee with its Drentse members) with the
/// bodies that act as its constituency (achterban): where they get their mandate and report back.
public struct Representation: Sendable, Hashable {
    public var body: Reference
    public var organisation: Reference?
    public var constituencies: [Reference]
    /// Its members on the day asked, as far as the viewer may see them.
    public var members: [MembershipLine]

    public init(body: Reference, organisation: Reference?, constituencies: [Reference], members: [MembershipLine]) {
        self.body = body; self.organisation = organisation; self.constituencies = constituencies; self.members = members
    }
}
