/// The questions of agenda requests and their answers in the open standard's shape: the VNG
/// model "Open Raads-, Staten- en Bestuursinformatie" (ODS 2.0.0-beta.4) knows them as
/// InformatieObjecten of type `vraag` and `antwoord`, with a text; what Tafel holds beyond it
/// (the request, the addressee, the number, the computed status, which question an answer
/// answers, who answered and where) travels in fields marked as Tafel's. Field by field in
/// docs/AGENDERINGSVERZOEKEN.md. Pure: requests in, values out; also as CSV.
public enum QuestionExport {
    public struct InformatieObject: Codable, Sendable, Hashable {
        // ODS InformatieObject
        public var identificatie: String
        public var informatieobjecttype: String
        public var naam: String
        public var tekst: String?
        public var creatiedatum: String?
        public var vertrouwelijkheidsaanduiding: String
        // Tafel's additions
        public var tafelAgenderingsverzoek: String
        public var tafelVerzoek: String
        public var tafelFractie: String?
        public var tafelGremium: String?
        public var tafelAan: String
        public var tafelNummer: Int?
        public var tafelStatus: String?
        public var tafelAntwoordOp: String?
        public var tafelDoor: String?
        public var tafelDocument: String?
        public var tafelBijeenkomst: String?
    }

    /// Every question of `detail`, each followed by its answers.
    public static func objects(_ detail: AgendaRequestDetail) -> [InformatieObject] {
        let r = detail.request
        return detail.questions.flatMap { question -> [InformatieObject] in
            let questionID = "\(r.id)/vraag-\(question.position)"
            func object(id: String, type: String, name: String, text: String?, date: PartialDate?) -> InformatieObject {
                InformatieObject(
                    identificatie: id, informatieobjecttype: type, naam: name, tekst: text, creatiedatum: date?.iso,
                    vertrouwelijkheidsaanduiding: r.meta.confidentiality.rawValue, tafelAgenderingsverzoek: r.id, tafelVerzoek: r.title,
                    tafelFractie: detail.fraction?.name, tafelGremium: detail.body?.name, tafelAan: question.addressee.rawValue,
                    tafelNummer: question.number)
            }
            var asked = object(id: questionID, type: "vraag", name: question.heading, text: question.text, date: r.submittedOn)
            asked.tafelStatus = question.status.rawValue
            return [asked] + question.answers.enumerated().map { index, answer in
                var given = object(id: "\(questionID)/antwoord-\(index + 1)", type: "antwoord", name: "Antwoord op \(question.heading.lowercasedFirst)",
                                   text: answer.text, date: answer.answeredOn)
                given.tafelAntwoordOp = questionID
                given.tafelDoor = answer.by?.name
                given.tafelDocument = answer.document?.name
                given.tafelBijeenkomst = answer.meeting?.name
                return given
            }
        }
    }

    public static let columns = [
        "identificatie", "informatieobjecttype", "naam", "tekst", "creatiedatum", "agenderingsverzoek", "verzoek", "fractie", "gremium",
        "aan", "nummer", "status", "antwoordOp", "door", "document", "bijeenkomst", "vertrouwelijkheid",
    ]

    /// The same as CSV (RFC 4180, a header row; cells a spreadsheet would read as a formula neutralised).
    public static func csv(_ details: [AgendaRequestDetail]) -> String {
        var out = CSV.line(columns) + "\r\n"
        for o in details.flatMap(objects) {
            let cells = [o.identificatie, o.informatieobjecttype, o.naam, o.tekst, o.creatiedatum, o.tafelAgenderingsverzoek, o.tafelVerzoek,
                         o.tafelFractie, o.tafelGremium, o.tafelAan, o.tafelNummer.map(String.init), o.tafelStatus, o.tafelAntwoordOp,
                         o.tafelDoor, o.tafelDocument, o.tafelBijeenkomst, o.vertrouwelijkheidsaanduiding]
            out += CSV.line(cells.map { CSV.formulaNeutralised($0 ?? "") }) + "\r\n"
        }
        return out
    }
}

extension String {
    /// "Vraag 3" → "vraag 3".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
