import TafelAPI
import TafelCore
import TafelStore

/// `POST /api/v1/herkenning`: what a text names. Stores nothing; open to every reader, and names only
/// the records that reader may see.
extension APIImplementation {
    func herkenning(_ input: Operations.Herkenning.Input) async throws -> Operations.Herkenning.Output {
        guard case .json(let body) = input.body else { throw ValidationFailure(field: "tekst", code: "ontbreekt", message: "tekst ontbreekt.") }
        if body.tekst.count > DocumentDraft.maximumTextLength {
            throw ValidationFailure(field: "tekst", code: "te_lang",
                                    message: "tekst mag hoogstens \(DocumentDraft.maximumTextLength) tekens lang zijn; ontvangen: \(body.tekst.count) tekens.")
        }
        let recognizer = Recognizer(gazetteer: try await catalog.recognitionGazetteer())
        let findings = recognizer.findings(in: body.tekst)
        return .ok(.init(body: .json(.init(bevindingen: findings.map { Self.finding($0, names: recognizer.gazetteer.names) }))))
    }

    static func finding(_ finding: Finding, names: [RecordKey: String]) -> Components.Schemas.Bevinding {
        .init(soort: .init(rawValue: finding.kind.rawValue)!, begin: finding.start, einde: finding.end, tekst: finding.text,
              waarde: finding.value, bedragCent: finding.amountCents,
              record: finding.record.map { APIMapping.ref(Reference(kind: $0.kind, id: $0.id, name: names[$0] ?? $0.id)) },
              zekerheid: finding.confidence)
    }
}
