#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for the watcher's next look. On Linux, inotify ends the wait as soon as a file in a
/// watched folder is written, so a save shows in the browser in milliseconds rather than after
/// the next poll. It is only a wake-up call: what changed is always decided by `FileWatcher`,
/// so a missed or spurious event costs at most one poll interval. Another thread can end the
/// wait too, through `wakeup`.
final class ChangeSignal {
    /// Ends a wait from another thread: the slow half of a rebuild, when it is done.
    final class Wakeup: Sendable {
        fileprivate let readEnd: Int32
        private let writeEnd: Int32

        init() {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
            }
            (readEnd, writeEnd) = (ends[0], ends[1])
        }

        deinit {
            if readEnd >= 0 { close(readEnd) }
            if writeEnd >= 0 { close(writeEnd) }
        }

        func wake() {
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }
    }

    /// Kept alive by whoever may still call `wake()`, so its pipe is never closed under it.
    let wakeup = Wakeup()

    #if os(Linux)
    private let inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    private var watched: Set<String> = []

    deinit {
        if inotify >= 0 { close(inotify) }
    }

    /// Adds the folders not watched yet; inotify forgets removed folders by itself.
    func watch(_ directories: [String]) {
        guard inotify >= 0 else { return }
        let current = Set(directories)
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        for directory in current.subtracting(watched) {
            _ = inotify_add_watch(inotify, directory, mask)
        }
        // Forget folders that are gone, so one made again under the same name is watched anew
        // (one removed and made again between two looks is still seen by polling).
        watched = current
    }
    #else
    func watch(_ directories: [String]) {}
    private let inotify: Int32 = -1
    #endif

    /// Returns when a watched folder changes, when woken, or after `milliseconds`.
    func wait(milliseconds: Int32) {
        guard ready([wakeup.readEnd, inotify], milliseconds) else { return }
        // Saving a file is often several events (write, rename, attributes); let them settle
        // briefly so that one save is one rebuild.
        var rounds = 0
        while inotify >= 0, rounds < 5, ready([inotify], 5) { rounds += 1 }
    }

    /// Waits until one of `descriptors` can be read, and empties them.
    private func ready(_ descriptors: [Int32], _ milliseconds: Int32) -> Bool {
        var requests = descriptors.filter { $0 >= 0 }.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&requests, nfds_t(requests.count), milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        for request in requests where request.revents != 0 {
            while read(request.fd, &buffer, buffer.count) > 0 {}
        }
        return true
    }
}
