import Synchronization

/// One read shared by everyone who asks while it is under way, yet never older than the
/// question: a caller joins the next read that starts after it asked, so its answer
/// reflects every commit made before it asked. Under load, one query answers hundreds of
/// callers instead of one each (the public cache's data-version check).
final class SharedRead<Value: Sendable>: Sendable {
    private typealias Waiter = CheckedContinuation<Value, any Error>

    private struct State {
        var running = false
        /// Waiting for the read under way (they asked before it started).
        var current: [Waiter] = []
        /// Asked while a read was under way: they get the next one.
        var next: [Waiter] = []
    }

    private let state = Mutex(State())
    private let read: @Sendable () async throws -> Value

    init(_ read: @escaping @Sendable () async throws -> Value) {
        self.read = read
    }

    func value() async throws -> Value {
        try await withCheckedThrowingContinuation { (waiter: Waiter) in
            let start = state.withLock { state in
                if state.running {
                    state.next.append(waiter)
                    return false
                }
                state.running = true
                state.current = [waiter]
                return true
            }
            if start { run() }
        }
    }

    private func run() {
        _Concurrency.Task {
            let result: Result<Value, any Error>
            do { result = .success(try await read()) } catch { result = .failure(error) }
            let (answered, again) = state.withLock { state in
                let answered = state.current
                state.current = state.next
                state.next = []
                state.running = !state.current.isEmpty
                return (answered, state.running)
            }
            for waiter in answered { waiter.resume(with: result) }
            if again { run() }
        }
    }
}
