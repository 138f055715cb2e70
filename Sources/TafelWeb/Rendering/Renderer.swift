import Foundation
import Hummingbird
import NIOCore
import TafelCore

/// Renders page models with their typed views, framed by the layout; the layout's account
/// corner and the synthetic-data banner come from `RequestState`.
struct Renderer: Sendable {
    func render(_ page: some PageView, status: HTTPResponse.Status = .ok) -> Response {
        let html = Layout.page(page, account: RequestState.current.account, datasetNotice: RequestState.current.datasetNotice)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }

    func errorPage(_ failure: Failure) -> Response {
        render(ErrorPage(failure), status: failure.status)
    }
}

struct ErrorPage: Sendable {
    let shell: Shell
    let status: Int
    let heading: String
    let detail: String
    let fields: [String]
    let hasFields: Bool

    init(_ failure: Failure) {
        let heading = failure.status == .notFound ? "Pagina niet gevonden" : failure.title
        shell = Shell(title: heading, section: nil)
        status = failure.status.code
        self.heading = heading
        detail = failure.detail
        fields = failure.invalidFields.map(\.message)
        hasFields = !failure.invalidFields.isEmpty
    }
}
