/// An action item as it is followed up: what, who, by when, from which meeting, and where it stands.
public struct ActionItem: Sendable, Hashable {
    public var reference: MeetingDraft.ActionReference
    public var meeting: Reference
    public var meetingDate: PartialDate?
    public var text: String
    /// Nil when nobody is named, or when the viewer may not see the person.
    public var owner: Reference?
    public var due: PartialDate?
    public var status: ActionStatus

    public init(reference: MeetingDraft.ActionReference, meeting: Reference, meetingDate: PartialDate?, text: String,
                owner: Reference?, due: PartialDate?, status: ActionStatus) {
        self.reference = reference; self.meeting = meeting; self.meetingDate = meetingDate; self.text = text
        self.owner = owner; self.due = due; self.status = status
    }

    /// Open and past its deadline (a deadline of a month or year lasts to its last day).
    public func isOverdue(today: PartialDate = .today()) -> Bool {
        guard status == .open, let due else { return false }
        return due.upperBound < today.iso
    }
}
