import TafelCore
import TafelStore

/// Hands out the catalog as the asking viewer may see it: every read goes through one.
struct Catalogs: Sendable {
    let database: Database

    func callAsFunction(_ context: AppContext) -> Catalog {
        Catalog(database: database, viewer: context.viewer)
    }

    /// For the generated API handlers, which get no context: the viewer the middleware set.
    var current: Catalog {
        Catalog(database: database, viewer: RequestState.current.viewer)
    }
}
