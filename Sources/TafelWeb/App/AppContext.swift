import Hummingbird
import NIOCore
import TafelCore

/// The request context of every route: the usual Hummingbird storage plus who is asking.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by the authentication middleware of the group; the public until then.
    public var viewer: Viewer = .anonymous
    /// The session's token and CSRF token, when the request came with a valid session cookie.
    var session: SessionCookie?
    /// The form body, once the CSRF middleware has read and checked it.
    var form: FormData?
    /// The uploaded files and fields of a `multipart/form-data` post, once read.
    var upload: MultipartForm?
    /// The network address the request came from (for sign-in throttling).
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress ?? "onbekend"
    }
}

struct SessionCookie: Sendable {
    let token: String
    let csrfToken: String
}

/// Who is asking, for code the router does not hand a context: the generated OpenAPI
/// handlers and the renderer's layout. Set by the authentication middleware of the group for the request.
struct RequestState: Sendable {
    let viewer: Viewer
    let account: AccountBar
    /// The synthetic-data banner, when the data set is synthetic.
    var datasetNotice: String? = nil

    @TaskLocal static var current = RequestState(viewer: .anonymous, account: .anonymous)
}
