import TafelCore
import Testing

@Suite("PageRequest")
struct PageRequestTests {
    @Test("no parameters give page 1 of 20")
    func defaults() throws {
        let request = try PageRequest.parse(page: nil, size: nil)
        #expect(request.page == 1)
        #expect(request.size == 20)
        #expect(request.offset == 0)
        #expect(request == PageRequest())
        #expect(PageRequest.defaultSize == 20)
        #expect(PageRequest.maximumSize == 100)
    }

    @Test("valid values are taken, with their offset")
    func valid() throws {
        let request = try PageRequest.parse(page: "3", size: "100")
        #expect(request.page == 3)
        #expect(request.size == 100)
        #expect(request.offset == 200)
        #expect(try PageRequest.parse(page: "1", size: "1") == PageRequest(page: 1, size: 1))
        #expect(try PageRequest.validate(page: 2, size: 5) == PageRequest(page: 2, size: 5))
        #expect(try PageRequest.validate(page: nil, size: nil) == PageRequest())
    }

    @Test("an invalid value is named in a Dutch message", arguments: [
        ("0", nil, "page"), ("abc", nil, "page"), ("10000001", nil, "page"), ("9223372036854775807", nil, "page"), ("-1", nil, "page"), ("1.5", nil, "page"), ("", nil, "page"),
        (nil, "101", "pageSize"), (nil, "0", "pageSize"), (nil, "twintig", "pageSize"),
    ] as [(String?, String?, String)])
    func invalid(page: String?, size: String?, field: String) {
        let failure = #expect(throws: ValidationFailure.self) { try PageRequest.parse(page: page, size: size) }
        let problems = failure?.problems ?? []
        #expect(problems.count == 1)
        let problem = problems.first
        #expect(problem?.field == field)
        #expect(problem?.code == "ongeldig")
        let message = problem?.message ?? ""
        #expect(message.hasPrefix("\(field) moet"))
        #expect(message.contains("ontvangen: ‘\(page ?? size ?? "")’"))
        #expect(message.contains("geheel getal"))
    }

    @Test("pageSize names its upper bound")
    func sizeBound() {
        let failure = #expect(throws: ValidationFailure.self) { try PageRequest.parse(page: nil, size: "101") }
        #expect(failure?.summary.contains("1 tot en met 100") == true)
    }

    @Test("both invalid at once gives two problems, page first")
    func bothInvalid() {
        let failure = #expect(throws: ValidationFailure.self) { try PageRequest.parse(page: "0", size: "101") }
        #expect(failure?.problems.map(\.field) == ["page", "pageSize"])
        #expect(failure?.summary.contains("page moet") == true)
        #expect(failure?.summary.contains("pageSize moet") == true)
    }

    @Test("a page knows how many pages there are")
    func pageCounts() {
        let request = PageRequest(page: 2, size: 5)
        let page = Page(items: [1, 2, 3, 4, 5], total: 12, request: request)
        #expect(page.pageCount == 3)
        #expect(page.hasNext)
        #expect(page.hasPrevious)
        let last = Page(items: [11, 12], total: 12, request: PageRequest(page: 3, size: 5))
        #expect(!last.hasNext)
        let empty = Page<Int>(items: [], total: 0, request: PageRequest())
        #expect(empty.pageCount == 1)
        #expect(!empty.hasNext && !empty.hasPrevious)
        #expect(page.map { "\($0)" }.items == ["1", "2", "3", "4", "5"])
        #expect(page.map { $0 }.total == 12)
    }
}
