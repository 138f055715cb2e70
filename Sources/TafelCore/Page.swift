import Foundation

/// A validated request for one page of a collection: `page` counts from 1,
/// `pageSize` is 1…100 (NL API Design Rules pagination).
public struct PageRequest: Sendable, Hashable {
    public static let defaultSize = 20
    public static let maximumSize = 100
    /// Far beyond any real collection, small enough that `offset` can never overflow.
    public static let maximumPage = 10_000_000

    public let page: Int
    public let size: Int

    public init(page: Int = 1, size: Int = PageRequest.defaultSize) {
        self.page = page
        self.size = size
    }

    /// Checks raw query values and names every invalid one in Dutch.
    public static func parse(page: String?, size: String?) throws(ValidationFailure) -> PageRequest {
        var problems: [FieldProblem] = []
        let pageValue = Self.integer(page, name: "page", default: 1, range: 1...maximumPage,
                                     rangeText: "een geheel getal van 1 tot en met \(maximumPage)", problems: &problems)
        let sizeValue = Self.integer(size, name: "pageSize", default: defaultSize, range: 1...maximumSize,
                                     rangeText: "een geheel getal van 1 tot en met \(maximumSize)", problems: &problems)
        guard problems.isEmpty else { throw ValidationFailure(problems) }
        return PageRequest(page: pageValue, size: sizeValue)
    }

    /// Checks already-typed values (the API layer decodes integers itself).
    public static func validate(page: Int?, size: Int?) throws(ValidationFailure) -> PageRequest {
        try parse(page: page.map { String($0) }, size: size.map { String($0) })
    }

    public var offset: Int { (page - 1) * size }

    private static func integer(
        _ raw: String?, name: String, default value: Int, range: ClosedRange<Int>,
        rangeText: String, problems: inout [FieldProblem]
    ) -> Int {
        guard let raw else { return value }
        guard let number = Int(raw.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            problems.append(FieldProblem(field: name, code: "ongeldig",
                                         message: "\(name) moet \(rangeText) zijn; ontvangen: ‘\(raw)’."))
            return value
        }
        return number
    }
}

/// One page of results with the total count across all pages.
public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    public let total: Int
    public let request: PageRequest

    public init(items: [Item], total: Int, request: PageRequest) {
        self.items = items
        self.total = total
        self.request = request
    }

    public var pageCount: Int { max(1, (total + request.size - 1) / request.size) }
    public var hasNext: Bool { request.page < pageCount }
    public var hasPrevious: Bool { request.page > 1 }

    public func map<T: Sendable>(_ transform: (Item) throws -> T) rethrows -> Page<T> {
        Page<T>(items: try items.map(transform), total: total, request: request)
    }
}

/// A list's query that is read a page at a time: the register's filter, a collection's query.
public protocol PagedQuery: Sendable {
    var page: PageRequest { get set }
}

extension PagedQuery {
    /// The same query on page `number`, at the same page size: for page links.
    public func onPage(_ number: Int) -> Self {
        var copy = self
        copy.page = PageRequest(page: number, size: page.size)
        return copy
    }
}
