import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenAPIRuntime
import TafelCore
import TafelStore

/// Where errors become responses, one per router group: `application/problem+json` for
/// the API (RFC 9457, NL API Design Rules), a Dutch HTML page for the pages. Unexpected
/// errors are logged with their details and shown without them.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext

    enum Surface: Sendable {
        case api
        case pages(Renderer)
    }

    let surface: Surface

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if case .pages = surface, error is SignInRequired {
                // Pages that need a signed-in user send the visitor to sign in and back.
                return Response.redirect(to: SiteRoute.signIn(back: request.method == .get || request.method == .head ? request.uri.path : SiteRoute.account.path).href,
                                         type: .normal)
            }
            let failure = Failure(error, request: request, surface: surface)
            if failure.status.code >= 500 {
                context.logger.error("verzoek mislukt", metadata: [
                    "pad": "\(request.uri.path)", "fout": "\(String(reflecting: failure.underlying))",
                ])
            }
            var response = switch surface {
            case .api: failure.problem(instance: request.uri.path).response()
            case .pages(let renderer): renderer.errorPage(failure)
            }
            if failure.status == .serviceUnavailable {
                response.headers[.retryAfter] = String(DatabaseBusy.retryAfterSeconds)
            }
            return response
        }
    }
}

/// An error, classified: the status, a Dutch title and detail, the invalid fields.
struct Failure: Error {
    let status: HTTPResponse.Status
    let title: String
    let detail: String
    let invalidFields: [FieldProblem]
    let underlying: any Error

    init(_ error: any Error, request: Request, surface: ErrorMiddleware.Surface) {
        let isAPI = if case .api = surface { true } else { false }
        var error = error
        if let server = error as? ServerError {
            if request.method == .post || request.method == .put,
               !(request.headers[.contentType] ?? "").lowercased().hasPrefix("application/json") {
                self.init(status: .unsupportedMediaType, title: "Verkeerd gegevensformaat",
                          detail: "Stuur de gegevens als JSON, met de header ‘Content-Type: application/json’.",
                          invalidFields: [FieldProblem(field: "Content-Type", code: "ongeldig",
                                                       message: "Content-Type moet application/json zijn; ontvangen: ‘\(request.headers[.contentType] ?? "")’.")],
                          underlying: server)
                return
            }
            if request.method == .put || request.method == .delete, request.headers[.ifMatch] == nil {
                // The contract requires If-Match on every PUT and DELETE; without it the generated server stops here.
                self = .preconditionRequired("Stuur bij elke PUT en DELETE de header ‘If-Match’ met de ETag van de versie waarop uw wijziging is gebaseerd (haal die op met GET).", underlying: server)
                return
            }
            if let decoding = server.underlyingError as? DecodingError, let field = Failure.bodyProblem(decoding) {
                self.init(status: .badRequest, title: "Ongeldige invoer", detail: field.message, invalidFields: [field], underlying: server)
                return
            }
            if server.httpStatus.code < 500, server.underlyingError is DecodingError || server.httpStatus == .badRequest {
                // The generated server could not decode a parameter: name it from the raw query.
                let fields = Failure.queryProblems(request)
                self.init(status: .badRequest, title: "Ongeldige invoer",
                          detail: fields.isEmpty ? "Het verzoek bevat een parameter die niet kan worden gelezen." : fields.map(\.message).joined(separator: " "),
                          invalidFields: fields, underlying: server)
                return
            }
            error = server.underlyingError
        }
        switch Database.classify(error) {
        case let failure as Failure:
            self = failure
        case let validation as ValidationFailure:
            self.init(status: .badRequest, title: "Ongeldige invoer", detail: validation.summary,
                      invalidFields: validation.problems, underlying: validation)
        case let missing as RecordNotFound:
            self.init(status: .notFound, title: "Niet gevonden", detail: missing.message, invalidFields: [], underlying: missing)
        case let missing as RecordNotVisible:
            self.init(status: .notFound, title: "Niet gevonden", detail: RecordNotFound(kind: missing.kind, id: missing.id).message,
                      invalidFields: [], underlying: missing)
        case let signIn as SignInRequired:
            self.init(status: .unauthorized, title: "Niet aangemeld",
                      detail: "Deze handeling vraagt een API-token: stuur de header ‘Authorization: Bearer <token>’. Een token maakt u op uw accountpagina.",
                      invalidFields: [], underlying: signIn)
        case let denied as AccessDenied:
            self.init(status: .forbidden, title: "Geen toegang", detail: denied.message, invalidFields: [], underlying: denied)
        case let conflict as VersionConflict:
            self.init(status: isAPI ? .preconditionFailed : .conflict,
                      title: "Versieconflict",
                      detail: "\(conflict.kind.label) ‘\(conflict.id)’ is intussen gewijzigd: u werkte met versie \(conflict.expected), de opgeslagen versie is \(conflict.current). Haal de nieuwe versie op en breng uw wijziging opnieuw aan.",
                      invalidFields: [], underlying: conflict)
        case let refused as DeletionRefused:
            self.init(status: .conflict, title: "Niet verwijderd", detail: refused.message, invalidFields: [], underlying: refused)
        case let missing as VersionRequired where isAPI:
            self = .preconditionRequired("Stuur bij elke wijziging van \(missing.kind.label.lowercased()) ‘\(missing.id)’ de header ‘If-Match’ met de ETag van de versie waarop uw wijziging is gebaseerd (haal die op met GET).", underlying: missing)
        case let missing as VersionRequired:
            self.init(status: .badRequest, title: "Versie ontbreekt", detail: FieldProblem.missingVersion.message,
                      invalidFields: [.missingVersion], underlying: missing)
        case let refused as NotAcceptable:
            self.init(status: .notAcceptable, title: "Formaat niet beschikbaar",
                      detail: "Dit adres levert \(refused.offered.joined(separator: " of ")); gevraagd werd ‘\(refused.accept)’.",
                      invalidFields: [FieldProblem(field: "Accept", code: "ongeldig",
                                                   message: "Accept moet een van deze formaten toestaan: \(refused.offered.joined(separator: ", ")).")],
                      underlying: error)
        case let tooLarge as BodyTooLarge:
            self.init(status: .contentTooLarge, title: "Verzoek te groot",
                      detail: "Wat u stuurde is groter dan de \(Format.bytes(tooLarge.limit)) die hier zijn toegestaan.",
                      invalidFields: [FieldProblem(field: "body", code: "te-groot",
                                                   message: "body mag hoogstens \(Format.bytes(tooLarge.limit)) groot zijn.")],
                      underlying: error)
        case let busy as DatabaseBusy:
            self.init(status: .serviceUnavailable, title: "Even geduld",
                      detail: "Tafel verwerkt op dit moment te veel wijzigingen tegelijk; er is niets opgeslagen. Probeer het over \(DatabaseBusy.retryAfterSeconds) seconden opnieuw.",
                      invalidFields: [], underlying: busy.underlying ?? busy)
        case let duplicate as DuplicateKey:
            self.init(status: .conflict, title: "Bestaat al",
                      detail: "Er is zojuist een record met dezelfde id opgeslagen; er is niets gewijzigd. Kies een andere id of naam.",
                      invalidFields: [FieldProblem(field: "id", code: "dubbel", message: "id is al in gebruik.")],
                      underlying: duplicate.underlying)
        case let http as HTTPError where http.status == .notFound:
            self.init(status: .notFound, title: "Niet gevonden",
                      detail: "Er is niets te vinden op \(request.uri.path).", invalidFields: [], underlying: http)
        case let http as HTTPError where http.status.code < 500:
            self.init(status: http.status, title: http.status.reasonPhrase,
                      detail: http.body ?? "Het verzoek kan niet worden verwerkt.", invalidFields: [], underlying: http)
        default:
            self.init(status: .internalServerError, title: "Interne fout",
                      detail: "Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, meld dan het tijdstip aan de beheerder.",
                      invalidFields: [], underlying: error)
        }
    }

    init(status: HTTPResponse.Status, title: String, detail: String, invalidFields: [FieldProblem], underlying: any Error) {
        self.status = status
        self.title = title
        self.detail = detail
        self.invalidFields = invalidFields
        self.underlying = underlying
    }

    /// 428: a write that does not name the version it is based on.
    static func preconditionRequired(_ detail: String, underlying: any Error) -> Failure {
        Failure(status: .preconditionRequired, title: "Versie ontbreekt", detail: detail,
                invalidFields: [FieldProblem(field: "If-Match", code: "verplicht", message: "If-Match is verplicht bij PUT en DELETE.")],
                underlying: underlying)
    }

    /// The paging and filter parameters that do not validate, read from the raw query.
    static func queryProblems(_ request: Request) -> [FieldProblem] {
        let query = request.uri.queryParameters
        var problems: [FieldProblem] = []
        do throws(ValidationFailure) {
            _ = try PageRequest.parse(page: query["page"].map(String.init), size: query["pageSize"].map(String.init))
        } catch { problems += error.problems }
        do throws(ValidationFailure) {
            _ = try SearchText.parse(query["q"].map(String.init))
        } catch { problems += error.problems }
        // An unknown `soort` fails the generated enum decoding: name it too.
        if let value = query["soort"].map(String.init), !value.isEmpty,
           let kinds = kindVocabulary(ofAPICollection: request.uri.path),
           let problem = Catalog.ListQuery.kindProblem(value, kinds: kinds) {
            problems.append(problem)
        }
        return problems
    }

    /// A JSON body field the generated decoder rejected, named by its path (e.g. `toegang.0.soort`).
    static func bodyProblem(_ error: DecodingError) -> FieldProblem? {
        let (path, reason): ([any CodingKey], String) = switch error {
        case .keyNotFound(let key, let context): (context.codingPath + [key], "is verplicht")
        case .typeMismatch(_, let context): (context.codingPath, "heeft het verkeerde type")
        case .valueNotFound(_, let context): (context.codingPath, "mag niet leeg (null) zijn")
        case .dataCorrupted(let context): (context.codingPath, "heeft een ongeldige waarde")
        @unknown default: ([], "")
        }
        let names = path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        guard let field = names.last, !field.isEmpty, names.first != "page", names.first != "pageSize" else { return nil }
        let name = names.joined(separator: ".")
        return FieldProblem(field: name, code: "ongeldig", message: "\(name) \(reason).")
    }

    /// The vocabulary of the `soort` filter of the API collection at `path`, if it has one.
    static func kindVocabulary(ofAPICollection path: String) -> (any Vocabulary.Type)? {
        switch path {
        case SiteRoute.apiList(.organisation).path: OrganisationKind.self
        case SiteRoute.apiList(.body).path: BodyKind.self
        case SiteRoute.apiList(.meeting).path: MeetingKind.self
        case SiteRoute.apiList(.document).path: DocumentKind.self
        default: nil
        }
    }

    func problem(instance: String) -> Problem {
        Problem(type: "https://tafel.example.org/problemen/\(status.code)", title: title, status: status.code,
                detail: detail, instance: instance,
                invalidParams: invalidFields.isEmpty ? nil : invalidFields.map {
                    Problem.InvalidParam(name: $0.field, code: $0.code, reason: $0.message)
                })
    }
}

extension FieldProblem {
    /// An edit form that did not say which version it was opened at.
    static let missingVersion = FieldProblem(field: "versie", code: "verplicht", message: """
        versie: het formulier vermeldt niet op welke versie uw wijziging is gebaseerd. \
        Controleer de gegevens hieronder (de opgeslagen versie is nu geladen) en sla opnieuw op.
        """)
}

/// A record that does not exist (or is not visible), named for the person asking.
struct RecordNotFound: Error {
    let kind: RecordKind
    let id: String
    var message: String { "\(kind.label) ‘\(id)’ bestaat niet." }
}

/// RFC 9457 problem details, as the NL API Design Rules ask.
struct Problem: Encodable {
    struct InvalidParam: Encodable {
        let name: String
        let code: String
        let reason: String
    }

    let type: String
    let title: String
    let status: Int
    let detail: String
    let instance: String
    let invalidParams: [InvalidParam]?

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == 401 { headers[.wwwAuthenticate] = "Bearer realm=\"Tafel\"" }
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
