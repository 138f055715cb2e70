/// Commitments in the open standard's shape: the VNG model "Open Raads-, Staten- en
/// Bestuursinformatie" (ODS 2.0.0-beta.4) knows a toezegging only as an InformatieObject of
/// type `toezegging` with a text; what Tafel holds beyond it (the deadline, the computed
/// status, the fulfilment) travels in fields marked as Tafel's. Field by field in
/// docs/TOEZEGGINGEN.md. Pure: list items in, values out; also as CSV for a spreadsheet.
public enum CommitmentExport {
    public struct Toezegging: Codable, Sendable, Hashable {
        // ODS InformatieObject
        public var identificatie: String
        public var informatieobjecttype = "toezegging"
        public var naam: String
        public var tekst: String
        public var creatiedatum: String?
        public var portefeuillehouder: String?
        public var vertrouwelijkheidsaanduiding: String
        // Tafel's additions
        public var tafelDoorGremium: String?
        public var tafelAan: String?
        public var tafelTermijnDatum: String?
        public var tafelTermijnGebeurtenis: String?
        public var tafelLaatsteDag: String?
        public var tafelVoldaanOp: String?
        public var tafelStatus: String
        public var tafelTeLaat: Bool
        public var tafelPeildatum: String
        public var tafelBesluitToelichting: String?
    }

    public static func toezegging(_ item: CommitmentListItem, on day: PartialDate) -> Toezegging {
        let c = item.commitment
        let standing = c.standing(on: day)
        return Toezegging(
            identificatie: c.id, naam: c.title, tekst: c.text, creatiedatum: c.madeOn?.iso,
            portefeuillehouder: item.by?.kind == .person ? item.by?.name : nil, vertrouwelijkheidsaanduiding: c.meta.confidentiality.rawValue,
            tafelDoorGremium: item.by?.kind == .body ? item.by?.name : nil, tafelAan: item.to?.name,
            tafelTermijnDatum: c.deadline.date?.iso, tafelTermijnGebeurtenis: c.deadline.event, tafelLaatsteDag: c.deadline.lastDate?.iso,
            tafelVoldaanOp: c.fulfilledOn?.iso, tafelStatus: standing.status.rawValue, tafelTeLaat: standing.isOverdue,
            tafelPeildatum: day.iso, tafelBesluitToelichting: c.decisionNote)
    }

    public static let columns = [
        "identificatie", "naam", "tekst", "creatiedatum", "portefeuillehouder", "doorGremium", "aan", "termijnDatum",
        "termijnGebeurtenis", "laatsteDag", "voldaanOp", "status", "teLaat", "peildatum", "besluitToelichting", "vertrouwelijkheid",
    ]

    /// The same as CSV (RFC 4180, a header row; cells a spreadsheet would read as a formula neutralised).
    public static func csv(_ items: [CommitmentListItem], on day: PartialDate) -> String {
        var out = CSV.line(columns) + "\r\n"
        for item in items {
            let t = toezegging(item, on: day)
            let cells = [t.identificatie, t.naam, t.tekst, t.creatiedatum, t.portefeuillehouder, t.tafelDoorGremium, t.tafelAan,
                         t.tafelTermijnDatum, t.tafelTermijnGebeurtenis, t.tafelLaatsteDag, t.tafelVoldaanOp, t.tafelStatus,
                         t.tafelTeLaat ? "ja" : "nee", t.tafelPeildatum, t.tafelBesluitToelichting, t.vertrouwelijkheidsaanduiding]
            out += CSV.line(cells.map { CSV.formulaNeutralised($0 ?? "") }) + "\r\n"
        }
        return out
    }
}
