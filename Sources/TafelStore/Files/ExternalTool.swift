import Foundation

/// A Debian program that Tafel runs for a file (`pdftotext`, `unzip`): found on the PATH or at a
/// fixed place, run without a shell, stopped when it takes too long or writes too much.
struct ExternalTool: Sendable {
    /// The program's name, as Debian installs it.
    let name: String
    /// The Debian package that brings it, for the message when it is missing.
    let package: String
    /// Where to look first; nil searches the PATH and /usr/bin.
    let path: String?

    enum Failure: Error, Sendable, Equatable {
        case missing
        case failed(status: Int32, message: String)
        case tooLarge
        case tooSlow
    }

    /// The program's location, if it is installed.
    var executable: URL? {
        let candidates = path.map { [$0] } ?? (
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" } + ["/usr/bin/\(name)"])
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    /// Runs the program and returns what it wrote to standard output, at most `limit` bytes.
    func run(_ arguments: [String], limit: Int, timeout: Duration = .seconds(60)) async throws(Failure) -> Data {
        guard let executable else { throw .missing }
        let result: Result<Data, Failure> = await withCheckedContinuation { continuation in
            // Blocking reads belong on a thread of their own, never on the concurrency pool.
            Thread.detachNewThread {
                continuation.resume(returning: Self.runBlocking(executable, arguments, limit: limit, timeout: timeout))
            }
        }
        return try result.get()
    }

    private static func runBlocking(_ executable: URL, _ arguments: [String], limit: Int, timeout: Duration) -> Result<Data, Failure> {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(.missing) }
        let deadline = DispatchTime.now() + .milliseconds(Int(timeout.components.seconds * 1000))
        let timer = DispatchSource.makeTimerSource()
        let timedOut = Flag()
        timer.schedule(deadline: deadline)
        timer.setEventHandler { timedOut.set(); process.terminate() }
        timer.resume()
        let errorText = Collected()
        let errorsRead = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errorText.data = errors.fileHandleForReading.readDataToEndOfFile()
            errorsRead.signal()
        }
        var data = Data()
        var tooLarge = false
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > limit { tooLarge = true; process.terminate(); break }
        }
        process.waitUntilExit()
        timer.cancel()
        errorsRead.wait()
        if tooLarge { return .failure(.tooLarge) }
        if timedOut.isSet { return .failure(.tooSlow) }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorText.data.prefix(2_000), as: UTF8.self)
            return .failure(.failed(status: process.terminationStatus, message: message))
        }
        return .success(data)
    }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
    }
}
