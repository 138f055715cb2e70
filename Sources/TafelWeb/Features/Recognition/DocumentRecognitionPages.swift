import Hummingbird
import TafelCore
import TafelStore

/// `/documenten/{id}/herkenning`: what the document names, and accepting a finding.
struct DocumentRecognitionPages {
    static let purpose = "bevindingen overnemen"
    let catalog: Catalogs
    let citations: SourceCitations
    let commitments: CommitmentEditor
    let renderer: Renderer

    func addRoutes(to router: RouterGroup<AppContext>) {
        router.get(.documentRecognition(.routeID), use: show)
        router.post(.acceptFinding(.routeID), use: accept)
    }

    func show(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        let (detail, recognizer) = try await prepare(request, context)
        let notice: String? = switch request.queryValue("overgenomen") {
        case "koppeling": "De zin is als bron aan het record toegevoegd."
        case "bestaand": "Die zin was al een bron van dat record."
        default: nil
        }
        return renderer.render(DocumentRecognitionPage(detail: detail, findings: recognizer.findings(in: detail.fullText),
                                                       names: recognizer.gazetteer.names, csrf: context.session?.csrfToken ?? "",
                                                       notice: notice))
    }

    func accept(_ request: Request, context: AppContext) async throws -> Response {
        try context.requireEditor(to: Self.purpose)
        var request = request
        let form = try await request.form(context: context)
        let (detail, recognizer) = try await prepare(request, context)
        let id = detail.document.id
        let kind = form["soort"].flatMap(FindingKind.init(rawValue:))
        let start = form["begin"].flatMap { Int($0) }, end = form["einde"].flatMap { Int($0) }
        guard let finding = recognizer.findings(in: detail.fullText).first(where: {
            $0.kind == kind && $0.start == start && $0.end == end && (form["record"] == nil || $0.record?.id == form["record"])
        }) else {
            throw ValidationFailure(field: "bevinding", code: "onbekend",
                                    message: "Deze bevinding staat niet (meer) in de tekst van het document; laad de pagina opnieuw.")
        }
        let passage = finding.sentence(in: detail.fullText)
        if form["als"] == "toezegging" {
            guard finding.kind == .toezegging else {
                throw ValidationFailure(field: "als", code: "ongeldig", message: "Alleen een toezegging kan als toezegging worden vastgelegd.")
            }
            let inSentence = recognizer.findings(in: passage)
            let deadline = inSentence.first { $0.kind == .termijn }?.value
            // Who made it: the body that sent the document, else a person the sentence names.
            let byBody = detail.senders.first { $0.kind == .body }?.id
            let byPerson = byBody == nil ? inSentence.first { $0.kind == .persoon && $0.record != nil }?.record?.id : nil
            guard byBody != nil || byPerson != nil else {
                throw ValidationFailure(field: "als", code: "onbekend",
                                        message: "Tafel weet niet wie deze toezegging deed: het document heeft geen gremium als afzender en de zin noemt geen persoon die Tafel kent. Leg haar vast met ‘Toezegging toevoegen’.")
            }
            let title = passage.count > 120 ? String(passage.prefix(117)) + "…" : passage
            let commitment = try await commitments.create(CommitmentInput(
                titel: title, tekst: passage, gedaanOp: detail.document.date?.iso, document: id, doorPersoon: byPerson, doorGremium: byBody,
                aanGremium: detail.addressees.first { $0.kind == .body }?.id,
                aanOrganisatie: detail.addressees.first { $0.kind == .body } == nil ? detail.addressees.first { $0.kind == .organisation }?.id : nil,
                termijnDatum: deadline,
                vertrouwelijkheid: detail.document.confidentiality.rawValue, toegang: detail.accessGroups.map(\.code).sorted()),
                source: (id, passage), by: context.viewer)
            return .redirect(to: SiteRoute.editCommitment(commitment).href, type: .normal)
        }
        guard let record = finding.record else {
            throw ValidationFailure(field: "record", code: "verplicht", message: "Deze bevinding noemt geen record dat Tafel kent.")
        }
        let added = try await citations.cite(record, document: id, passage: passage, by: context.viewer)
        return .redirect(to: SiteRoute.documentRecognition(id).href + "?overgenomen=\(added ? "koppeling" : "bestaand")#bevindingen",
                         type: .normal)
    }

    private func prepare(_ request: Request, _ context: AppContext) async throws -> (DocumentDetail, Recognizer) {
        let id = try request.recordID(context, kind: .document)
        let catalog = catalog(context)
        guard let detail = try await catalog.document(id: id) else { throw RecordNotFound(kind: .document, id: id) }
        guard context.viewer.mayEdit(recordGroups: detail.accessGroups) else {
            throw AccessDenied("U mag de bevindingen van dit document niet overnemen: het hoort bij een organisatie of gremium dat niet van u is.")
        }
        return (detail, Recognizer(gazetteer: try await catalog.recognitionGazetteer()))
    }
}
