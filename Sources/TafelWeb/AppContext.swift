import Hummingbird

/// The request context of every route.
public typealias AppContext = BasicRequestContext
