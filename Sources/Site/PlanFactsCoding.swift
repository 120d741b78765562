import PlanModel

/// The plan model as compact bytes, for the build cache (`BuildCache`): what the check and the
/// catalogue need of an unchanged plan is read from here instead of parsing the plan again.
/// Length-prefixed and positional: numbers as variable-length integers, strings as their UTF-8
/// bytes after their length, an optional as a flag, an array as its count and its elements, an
/// enum as its raw value. Each source file name is written once per record and then named by
/// number (a plan's hundreds of locations share a handful of files), which also lets the decoded
/// locations share one string. Made for speed (JSON through `Codable` was too slow for the
/// cache); the cache guards its bytes with a hash, and any byte that does not read is an error.
struct FactsWriter {
    private(set) var bytes: [UInt8] = []
    private var files: [String: Int] = [:]

    mutating func int(_ value: Int) {
        // Zig-zag, so that a small negative number is short too.
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Eight bytes, little-endian: a hash, whose bits are all equally likely.
    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// Bytes written elsewhere, after their length.
    mutating func block(_ value: ArraySlice<UInt8>) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout FactsWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout FactsWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func location(_ value: SourceLocation) {
        if let number = files[value.file] {
            int(number + 1)
        } else {
            files[value.file] = files.count
            int(0)
            string(value.file)
        }
        int(value.line)
        int(value.column)
    }
}

/// Reads what `FactsWriter` wrote; every read past the end or of a value that is not one throws.
struct FactsReader {
    struct Damaged: Error {}

    /// Indexed as the array it is a slice of.
    private let bytes: ArraySlice<UInt8>
    private(set) var offset: Int
    private let end: Int
    private var files: [String] = []

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
        end = bytes.endIndex
    }

    var isAtEnd: Bool { offset == end }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    /// A count or a length: never negative, and never more than the bytes left could hold.
    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= end - offset else { throw Damaged() }
        return value
    }

    mutating func bool() throws -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func word() throws -> UInt64 {
        guard end - offset >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    /// Where the bytes of a `FactsWriter.block` lie, which are skipped.
    mutating func block() throws -> Range<Int> {
        let length = try count()
        offset += length
        return offset - length..<offset
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func raw<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Damaged() }
        return value
    }

    mutating func optional<T>(_ read: (inout FactsReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout FactsReader) throws -> T) throws -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func location() throws -> SourceLocation {
        let number = try int()
        let file: String
        if number == 0 {
            file = try string()
            files.append(file)
        } else {
            guard number > 0, number <= files.count else { throw Damaged() }
            file = files[number - 1]
        }
        return SourceLocation(file: file, line: try int(), column: try int())
    }
}

// MARK: - The plan model

extension FactsWriter {
    mutating func plan(_ p: Plan) {
        string(p.slug); string(p.countySlug); string(p.title); optional(p.titleEnglish) { $0.string($1) }
        optional(p.subtitle) { $0.string($1) }; string(p.kind.rawValue); string(p.publisher)
        int(p.period.first); int(p.period.last); optional(p.adopted) { $0.date($1) }
        optional(p.reference) { $0.string($1) }; optional(p.summary) { $0.string($1) }; bool(p.isDraft)
        array(p.colophon) { $0.string($1) }; string(p.language); array(p.preamble) { $0.block($1) }
        array(p.sections) { $0.section($1) }; string(p.sourceFile); optional(p.implements) { $0.link($1) }
        optional(p.replaces) { $0.link($1) }; array(p.planLinks) { $0.link($1) }
        array(p.followUps) { $0.followUp($1) }
    }

    mutating func diagnostic(_ d: Diagnostic) {
        location(d.location); string(d.severity.rawValue); string(d.message); optional(d.hint) { $0.string($1) }
    }

    private mutating func date(_ d: PartialDate) {
        int(d.year); optional(d.month) { $0.int($1) }; optional(d.day) { $0.int($1) }
    }

    private mutating func link(_ l: PlanLink) {
        string(l.countySlug); string(l.planSlug); optional(l.anchor) { $0.string($1) }; string(l.destination)
        location(l.location)
    }

    private mutating func followUp(_ f: FollowUp) {
        string(f.slug); date(f.date); string(f.reportedBy); bool(f.isFinal)
        array(f.entries) { w, e in
            w.string(e.activityId); w.string(e.status.rawValue); w.optional(e.replacedBy) { $0.string($1) }
            w.string(e.comment); w.optional(e.indicator) { $0.string($1) }; w.location(e.location)
        }
        string(f.sourceFile)
    }

    private mutating func section(_ s: Section) {
        string(s.id); string(s.kind.rawValue); optional(s.label) { $0.string($1) }; optional(s.number) { $0.string($1) }
        string(s.title); string(s.headingHTML); string(s.headingText); int(s.level); location(s.location)
        array(s.themes) { $0.string($1) }; optional(s.themesLocation) { $0.location($1) }
        optional(s.responsible) { $0.mentions($1) }; optional(s.partners) { $0.mentions($1) }
        optional(s.when) { $0.string($1) }; array(s.content) { $0.block($1) }; array(s.children) { $0.section($1) }
        optional(s.contentAfterChildren) { $0.array($1) { $0.block($1) } }
    }

    private mutating func mentions(_ m: MentionList) {
        string(m.text); array(m.mentions) { $0.string($1.text); $0.location($1.location) }
    }

    private mutating func block(_ b: ContentBlock) {
        switch b {
        case .prose(let p):
            int(0); string(p.shape.rawValue); string(p.html); array(p.textLines) { $0.string($1) }; location(p.location)
        case .objective(let o):
            int(1); string(o.kind.rawValue); string(o.label); string(o.text); string(o.html); location(o.location)
        case .activities(let t):
            int(2); array(t.columns) { $0.string($1) }; array(t.activities) { $0.activity($1) }; location(t.location)
            optional(t.listHeading) { $0.string($1) }
        case .glossary(let entries):
            int(3)
            array(entries) { $0.string($1.term); $0.string($1.definition); $0.string($1.definitionHTML); $0.location($1.location) }
        case .signatories(let people):
            int(4)
            array(people) { w, s in
                w.string(s.name); w.optional(s.role) { $0.string($1) }; w.optional(s.organisation) { $0.string($1) }
                w.location(s.location)
            }
        case .participants(let people):
            int(5)
            array(people) { $0.string($1.name); $0.optional($1.organisation) { $0.string($1) }; $0.location($1.location) }
        case .references(let items):
            int(6); array(items) { $0.string($1.text); $0.string($1.html); $0.location($1.location) }
        }
    }

    private mutating func activity(_ a: Activity) {
        string(a.id); int(a.number); string(a.text); string(a.html); optional(a.responsible) { $0.mentions($1) }
        optional(a.partners) { $0.mentions($1) }; optional(a.when) { $0.string($1) }
        array(a.otherFields) { $0.string($1.name); $0.string($1.text); $0.string($1.html) }; location(a.location)
    }
}

extension FactsReader {
    mutating func plan() throws -> Plan {
        var p = Plan(slug: try string(), countySlug: try string(), title: try string(), kind: .handlingsplan,
                     publisher: "", period: Period(first: 0, last: 0), sourceFile: "")
        p.titleEnglish = try optional { try $0.string() }; p.subtitle = try optional { try $0.string() }
        p.kind = try raw(PlanKind.self); p.publisher = try string()
        p.period = Period(first: try int(), last: try int()); p.adopted = try optional { try $0.date() }
        p.reference = try optional { try $0.string() }; p.summary = try optional { try $0.string() }
        p.isDraft = try bool(); p.colophon = try array { try $0.string() }; p.language = try string()
        p.preamble = try array { try $0.block() }; p.sections = try array { try $0.section() }
        p.sourceFile = try string(); p.implements = try optional { try $0.link() }
        p.replaces = try optional { try $0.link() }; p.planLinks = try array { try $0.link() }
        p.followUps = try array { try $0.followUp() }
        return p
    }

    mutating func diagnostic() throws -> Diagnostic {
        let location = try location()
        let severity = try raw(Diagnostic.Severity.self)
        return Diagnostic(severity, at: location, try string(), hint: try optional { try $0.string() })
    }

    private mutating func date() throws -> PartialDate {
        PartialDate(year: try int(), month: try optional { try $0.int() }, day: try optional { try $0.int() })
    }

    private mutating func link() throws -> PlanLink {
        PlanLink(countySlug: try string(), planSlug: try string(), anchor: try optional { try $0.string() },
                 destination: try string(), location: try location())
    }

    private mutating func followUp() throws -> FollowUp {
        FollowUp(slug: try string(), date: try date(), reportedBy: try string(), isFinal: try bool(),
                 entries: try array { r in
            FollowUpEntry(activityId: try r.string(), status: try r.raw(ActivityStatus.self),
                          replacedBy: try r.optional { try $0.string() }, comment: try r.string(),
                          indicator: try r.optional { try $0.string() }, location: try r.location())
        }, sourceFile: try string())
    }

    private mutating func section() throws -> Section {
        var s = Section(id: try string(), kind: try raw(SectionKind.self), label: try optional { try $0.string() },
                        number: try optional { try $0.string() }, title: try string(), headingHTML: try string(),
                        headingText: try string(), level: try int(), location: try location(),
                        themes: try array { try $0.string() }, themesLocation: try optional { try $0.location() },
                        responsible: try optional { try $0.mentions() }, partners: try optional { try $0.mentions() },
                        when: try optional { try $0.string() })
        s.content = try array { try $0.block() }
        s.children = try array { try $0.section() }
        s.contentAfterChildren = try optional { try $0.array { try $0.block() } }
        return s
    }

    private mutating func mentions() throws -> MentionList {
        MentionList(text: try string(), mentions: try array { Mention(text: try $0.string(), location: try $0.location()) })
    }

    private mutating func block() throws -> ContentBlock {
        switch try int() {
        case 0:
            return .prose(Prose(shape: try raw(Prose.Shape.self), html: try string(),
                                textLines: try array { try $0.string() }, location: try location()))
        case 1:
            return .objective(Objective(kind: try raw(Objective.Kind.self), label: try string(), text: try string(),
                                        html: try string(), location: try location()))
        case 2:
            return .activities(ActivityTable(columns: try array { try $0.string() }, activities: try array { try $0.activity() },
                                             location: try location(), listHeading: try optional { try $0.string() }))
        case 3:
            return .glossary(try array {
                GlossaryEntry(term: try $0.string(), definition: try $0.string(), definitionHTML: try $0.string(),
                              location: try $0.location())
            })
        case 4:
            return .signatories(try array {
                Signatory(name: try $0.string(), role: try $0.optional { try $0.string() },
                          organisation: try $0.optional { try $0.string() }, location: try $0.location())
            })
        case 5:
            return .participants(try array {
                Participant(name: try $0.string(), organisation: try $0.optional { try $0.string() }, location: try $0.location())
            })
        case 6:
            return .references(try array { Reference(text: try $0.string(), html: try $0.string(), location: try $0.location()) })
        default:
            throw Damaged()
        }
    }

    private mutating func activity() throws -> Activity {
        Activity(id: try string(), number: try int(), text: try string(), html: try string(),
                 responsible: try optional { try $0.mentions() }, partners: try optional { try $0.mentions() },
                 when: try optional { try $0.string() },
                 otherFields: try array { Field(name: try $0.string(), text: try $0.string(), html: try $0.string()) },
                 location: try location())
    }
}
