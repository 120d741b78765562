#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for the watcher's next look. On Linux, inotify ends the wait as soon as a file in a
/// watched folder is written, so a save shows in the browser in milliseconds rather than after
/// the next poll. It is only a wake-up call: what changed is always decided by `FileWatcher`,
/// so a missed or spurious event costs at most one poll interval.
final class ChangeSignal {
    #if os(Linux)
    private let descriptor: Int32
    private var watched: Set<String> = []

    init() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Adds the folders not watched yet; inotify forgets removed folders by itself.
    func watch(_ directories: [String]) {
        guard descriptor >= 0 else { return }
        let current = Set(directories)
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        for directory in current.subtracting(watched) {
            _ = inotify_add_watch(descriptor, directory, mask)
        }
        // Forget folders that are gone, so one made again under the same name is watched anew
        // (one removed and made again between two looks is still seen by polling).
        watched = current
    }

    /// Returns when a watched folder changes or after `milliseconds`.
    func wait(milliseconds: Int32) {
        guard descriptor >= 0 else { return sleep(milliseconds) }
        guard poll(milliseconds) else { return }
        // Saving a file is often several events (write, rename, attributes); let them settle
        // briefly so that one save is one rebuild.
        var rounds = 0
        while rounds < 5, poll(5) { rounds += 1 }
    }

    private func poll(_ milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard Glibc.poll(&request, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        return true
    }
    #else
    init() {}
    func watch(_ directories: [String]) {}
    func wait(milliseconds: Int32) { sleep(milliseconds) }
    #endif

    private func sleep(_ milliseconds: Int32) {
        usleep(useconds_t(milliseconds) * 1000)
    }
}
