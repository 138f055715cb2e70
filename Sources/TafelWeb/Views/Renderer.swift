import Foundation
import Hummingbird
import Mustache
import TafelCore

/// Renders typed view models with the Mustache templates in `Templates/`.
/// `{{x}}` escapes HTML; `{{{x}}}` is used only for markup Tafel built itself.
struct Renderer: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> Renderer {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw HTTPError(.internalServerError, message: "De sjablonen (Templates) ontbreken in de installatie.")
        }
        return Renderer(library: try await MustacheLibrary(directory: folder.path))
    }

    /// Renders a page for the request being handled; the layout's account corner comes from `RequestState`.
    func render(_ template: String, _ model: some Sendable, status: HTTPResponse.Status = .ok) throws -> Response {
        let framed = Framed(page: model, account: RequestState.current.account, datasetNotice: RequestState.current.datasetNotice)
        guard let html = library.render(framed, withTemplate: template) else {
            throw HTTPError(.internalServerError, message: "Sjabloon ‘\(template)’ ontbreekt.")
        }
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func errorPage(_ failure: Failure) throws -> Response {
        let model = ErrorPage(shell: Shell(title: failure.status == .notFound ? "Pagina niet gevonden" : failure.title,
                                           section: nil),
                              status: failure.status.code, heading: failure.status == .notFound ? "Pagina niet gevonden" : failure.title,
                              detail: failure.detail, fields: failure.invalidFields.map(\.message),
                              hasFields: !failure.invalidFields.isEmpty)
        return try render("fout", model, status: failure.status)
    }
}

struct ErrorPage: Sendable {
    let shell: Shell
    let status: Int
    let heading: String
    let detail: String
    let fields: [String]
    let hasFields: Bool
}
