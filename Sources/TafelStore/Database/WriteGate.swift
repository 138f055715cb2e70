import Synchronization

/// One writer at a time inside this process, first come first served. SQLite allows one
/// write transaction per file; letting several connections wait for it inside SQLite ties
/// up a blocking thread each, so writers queue here instead, where waiting costs nothing.
/// A writer that cannot enter within its timeout is refused (the caller answers 503).
final class WriteGate: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Bool, Never>
        var timer: Task<Void, Never>?
    }

    private struct State {
        var held = false
        var heldSince: ContinuousClock.Instant?
        var waiters: [Waiter] = []
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    /// Enters the gate; false when `timeout` passed first.
    func enter(timeout: Duration) async -> Bool {
        let id: UInt64? = state.withLock { state in
            if !state.held {
                state.held = true
                state.heldSince = .now
                return nil
            }
            state.nextID += 1
            return state.nextID
        }
        guard let id else { return true }
        return await withCheckedContinuation { continuation in
            let queued = state.withLock { state in
                if !state.held {  // left in between
                    state.held = true
                    state.heldSince = .now
                    return false
                }
                state.waiters.append(Waiter(id: id, continuation: continuation))
                return true
            }
            guard queued else { return continuation.resume(returning: true) }
            let timer = Task { [self] in
                try? await Task.sleep(for: timeout)
                if !Task.isCancelled { giveUp(id) }
            }
            let resumed = state.withLock { state in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return true }
                state.waiters[index].timer = timer
                return false
            }
            if resumed { timer.cancel() }
        }
    }

    /// Leaves the gate, handing it straight to the writer who waited longest.
    func leave() {
        let next: Waiter? = state.withLock { state in
            guard !state.waiters.isEmpty else {
                state.held = false
                state.heldSince = nil
                return nil
            }
            state.heldSince = .now
            return state.waiters.removeFirst()
        }
        next?.timer?.cancel()
        next?.continuation.resume(returning: true)
    }

    /// How long the current writer has held the gate, if anyone holds it.
    var heldFor: Duration? {
        state.withLock { state in state.heldSince.map { ContinuousClock.now - $0 } }
    }

    /// How many writers are queued behind the current one.
    var waiting: Int {
        state.withLock { $0.waiters.count }
    }

    private func giveUp(_ id: UInt64) {
        let waiter: Waiter? = state.withLock { state in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiters.remove(at: index)
        }
        waiter?.continuation.resume(returning: false)
    }
}
