import Foundation
import PlanModel
@testable import Site
import Testing
import TestSupport

/// An incremental build (`BuildCache`) must write exactly what a clean build of the same
/// content writes, whatever the editor did since the last build.
@Suite(.serialized) struct IncrementalBuildTests {
    static func tree(_ folder: String) throws -> [String: Data] { try SiteBuildTests.tree(folder) }

    /// A small generated site: two counties, plans of a few activities each, a handful of
    /// organisations and themes, some plans with a glossary. Fictional, for the tests only.
    struct GeneratedSite {
        struct PlanText {
            var county: String
            var slug: String
            var title: String
            var theme: String
            var activities: [(text: String, organisation: String)]
            var glossary: [String]
            /// A plan without a title is a content error.
            var broken = false
            /// The plan this one carries out (`implements:`), as its file from this plan's folder.
            var implements: String?
            /// The earlier version this plan revises (`replaces:`), a plan of the same county.
            var replaces: String?
            /// The status its follow-up report gives its first activity; no report when nil.
            var followUp: String?

            /// `<plan>.uppfoljning-2021.md` beside the plan.
            var followUpText: String? {
                followUp.map { status in
                    ["---", "date: 2021-12-01", "reportedBy: Länsstyrelsen", "---", "",
                     "| Aktivitet | Status |", "| --- | --- |", "| aktivitet-1 | \(status) |"].joined(separator: "\n") + "\n"
                }
            }

            var text: String {
                var lines = ["---"]
                if !broken { lines.append("title: \(title)") }
                if let implements { lines.append("implements: \(implements)") }
                if let replaces { lines.append("replaces: \(replaces).md") }
                lines += ["kind: handlingsplan", "publisher: Länsstyrelsen", "period: 2020–2022", "---", "",
                          "## Mål: \(title) i arbete", "", "Tema: \(theme)", "",
                          "| Aktivitet | Ansvar |", "| --- | --- |"]
                lines += activities.map { "| \($0.text) | \($0.organisation) |" }
                if !glossary.isEmpty {
                    lines += ["", "## Ordlista", "", "| Term | Förklaring |", "| --- | --- |"]
                    lines += glossary.map { "| \($0) | Förkortningen \($0) förklarad. |" }
                }
                return lines.joined(separator: "\n") + "\n"
            }
        }

        static let counties = ["dalarna", "vastmanland"]
        static let themes = ["arbete", "utbildning", "halsa", "bostad"]
        static let organisations = ["Arbetsförmedlingen", "Migrationsverket", "Försäkringskassan", "Länsstyrelsen"]
        static let abbreviations = ["SFI", "ABE", "EBO", "SO"]

        var random: SplitMix64
        var plans: [PlanText] = []
        var nextPlan = 0
        var siteTitle = "Planer i test"
        var organisationNames = organisations
        var themeNames = ["Arbete", "Utbildning", "Hälsa", "Bostad"]

        init(seed: UInt64) {
            random = SplitMix64(seed: seed)
        }

        mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        mutating func number(_ below: Int) -> Int { Int(random.next() % UInt64(below)) }

        mutating func newPlan() -> PlanText {
            nextPlan += 1
            // Some activities name an abbreviation, which links to the glossary when a plan explains it.
            let activities = (0..<(1 + number(4))).map { _ in
                (text: "Insats nummer \(number(1000)) för fler i arbete, med \(pick(Self.abbreviations)).",
                 organisation: pick(Self.organisations))
            }
            return PlanText(county: pick(Self.counties), slug: "plan-\(nextPlan)", title: "Plan \(nextPlan)",
                            theme: pick(Self.themes), activities: activities,
                            glossary: number(4) == 0 ? [pick(Self.abbreviations)] : [])
        }

        var organisationsYAML: String {
            zip(Self.organisations, organisationNames).map { alias, name in
                let scope = alias == "Länsstyrelsen" ? "dalarna" : "nationell"
                let kind = alias == "Länsstyrelsen" ? "länsstyrelse" : "myndighet"
                return "- name: \(name)\n  kind: \(kind)\n  scope: \(scope)\n  aliases: [\(alias)]\n"
            }.joined() + "- name: Länsstyrelsen Västmanland\n  kind: länsstyrelse\n  scope: vastmanland\n  aliases: [Länsstyrelsen]\n"
        }

        var themesYAML: String {
            zip(Self.themes, themeNames).map { "- id: \($0)\n  name: \($1)\n" }.joined()
        }

        /// Writes every file of the content folder anew, and removes plans no longer there.
        func write(to content: URL) throws {
            let manager = FileManager.default
            try Data("title: \(siteTitle)\npublisher: PlanPress\nlanguage: sv\ndate: 2026-12-03\n".utf8)
                .write(to: content.appendingPathComponent("site.yml"))
            try Data(organisationsYAML.utf8).write(to: content.appendingPathComponent("organisations.yml"))
            try Data(themesYAML.utf8).write(to: content.appendingPathComponent("themes.yml"))
            for county in Self.counties {
                let folder = content.appendingPathComponent(county)
                for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where name != "_index.md" {
                    try manager.removeItem(at: folder.appendingPathComponent(name))
                }
            }
            for var plan in plans {
                // A relation whose strategy was deleted or renamed is dropped, as an editor would.
                if let target = plan.implements, !plans.contains(where: { "../\($0.county)/\($0.slug).md" == target }) {
                    plan.implements = nil
                }
                if let target = plan.replaces, !plans.contains(where: { $0.county == plan.county && $0.slug == target }) {
                    plan.replaces = nil
                }
                let url = content.appendingPathComponent("\(plan.county)/\(plan.slug).md")
                // Unchanged files keep their time, as an editor leaves them.
                if manager.contents(atPath: url.path) != Data(plan.text.utf8) { try Data(plan.text.utf8).write(to: url) }
                if let report = plan.followUpText {
                    try Data(report.utf8).write(to: content.appendingPathComponent("\(plan.county)/\(plan.slug).uppfoljning-2021.md"))
                }
            }
        }

        /// Whether the plan at `index` may become the next version of `target`: same county, not yet
        /// replaced, and not a later version of the plan itself (no ring). Other cases are the
        /// checks' (`PlanVersionCheckTests`); here the site should build.
        func canReplace(_ index: Int, _ target: PlanText) -> Bool {
            let plan = plans[index]
            guard target.county == plan.county, target.slug != plan.slug,
                  !plans.contains(where: { $0.county == plan.county && $0.replaces == target.slug }) else { return false }
            var earlier = target.replaces
            while let slug = earlier {
                if slug == plan.slug { return false }
                earlier = plans.first { $0.county == plan.county && $0.slug == slug }?.replaces
            }
            return true
        }

        /// One random edit, described for the failure message.
        mutating func edit() -> String {
            if let broken = plans.firstIndex(where: \.broken) {
                plans[broken].broken = false
                return "fix the error in \(plans[broken].slug)"
            }
            let choice = plans.count < 4 ? 0 : number(15)
            switch choice {
            case 0, 1:
                plans.append(newPlan())
                return "add \(plans.last!.slug)"
            case 2:
                let removed = plans.remove(at: number(plans.count))
                return "delete \(removed.slug)"
            case 3:
                let index = number(plans.count)
                nextPlan += 1
                plans[index].slug = "plan-\(nextPlan)"
                return "rename to \(plans[index].slug)"
            case 4:
                let index = number(plans.count)
                plans[index].title += " reviderad"
                return "retitle \(plans[index].slug)"
            case 5:
                let index = number(plans.count)
                let row = number(plans[index].activities.count)
                plans[index].activities[row].organisation = pick(Self.organisations)
                return "move an activity of \(plans[index].slug) to \(plans[index].activities[row].organisation)"
            case 6:
                let index = number(plans.count)
                plans[index].activities.append((text: "Ny insats \(number(1000)).", organisation: pick(Self.organisations)))
                return "add an activity to \(plans[index].slug)"
            case 7:
                let index = number(plans.count)
                plans[index].glossary = plans[index].glossary.isEmpty ? [pick(Self.abbreviations)] : []
                return "change the glossary of \(plans[index].slug)"
            case 8:
                let index = number(organisationNames.count - 1)
                organisationNames[index] += " Ny"
                return "rename organisation \(index) in organisations.yml"
            case 9:
                let index = number(themeNames.count)
                themeNames[index] += " och mer"
                return "rename theme \(index) in themes.yml"
            case 10:
                siteTitle += " Ny"
                return "retitle the site in site.yml"
            case 11:
                // Both plans' pages show the relation, so the strategy's page changes too.
                let index = number(plans.count), target = plans[number(plans.count)]
                plans[index].implements = plans[index].implements == nil && target.slug != plans[index].slug
                    ? "../\(target.county)/\(target.slug).md" : nil
                return "let \(plans[index].slug) carry out \(plans[index].implements ?? "nothing")"
            case 12:
                // Every version's page lists the others and the comparison page compares them.
                let index = number(plans.count), target = plans[number(plans.count)]
                plans[index].replaces = plans[index].replaces == nil && canReplace(index, target) ? target.slug : nil
                return "let \(plans[index].slug) replace \(plans[index].replaces ?? "nothing")"
            case 13:
                // The joined follow-up view, the organisation pages and the activity index count it.
                let index = number(plans.count)
                plans[index].followUp = pick([nil, "Genomförd", "Pågår", "Försenad"])
                return "let the follow-up of \(plans[index].slug) say \(plans[index].followUp ?? "nothing")"
            default:
                let index = number(plans.count)
                plans[index].broken = true
                return "break \(plans[index].slug)"
            }
        }
    }

    /// Seeded random edits (add, edit, rename and delete plans, move activities between
    /// organisations, edit the three data files, introduce and fix content errors); after every
    /// one, the incremental build's folder must equal a clean build's byte for byte, and a step
    /// with a content error must leave the last site as it was. `PLANPRESS_INCREMENTAL_SEED`
    /// replays another seed.
    @Test func incrementalBuildsEqualCleanBuildsAfterRandomEdits() throws {
        let seed = ProcessInfo.processInfo.environment["PLANPRESS_INCREMENTAL_SEED"].flatMap { UInt64($0) } ?? 14
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        let content = URL(fileURLWithPath: workspace.content)
        // Only the two county pages of the real content stay.
        for name in try FileManager.default.contentsOfDirectory(atPath: content.path)
        where !GeneratedSite.counties.contains(name) {
            try FileManager.default.removeItem(at: content.appendingPathComponent(name))
        }
        var site = GeneratedSite(seed: seed)
        for _ in 0..<16 { site.plans.append(site.newPlan()) }
        try site.write(to: content)
        var options = workspace.options()
        options.formats = .html
        let first = SiteBuilder.build(options)
        try #require(first.writtenFiles != nil, "\(first.failure ?? "") \(first.diagnostics.errors)")
        var last = try Self.tree(workspace.output())

        for step in 1...200 {
            var edit = site.edit()
            try site.write(to: content)
            // HTML only first, then every format (whose JSON and CSV files the site-wide data
            // files are made from): the change of options is a full build. HTML only keeps the
            // test quick; the formats are plain functions of their plan.
            options.formats = step <= 140 ? .html : .all
            if step % 10 == 5 { edit += try Self.damageCache(of: workspace.output(), kind: step / 10 % 3) }
            let incremental = SiteBuilder.build(options)
            let clean = workspace.output("clean-\(step)")
            let full = SiteBuilder.build(workspace.options(output: clean).with(formats: options.formats))
            defer { try? FileManager.default.removeItem(atPath: clean) }
            let context = "seed \(seed), step \(step): \(edit)"
            #expect(incremental.diagnostics == full.diagnostics, "\(context)")
            if full.diagnostics.hasErrors {
                #expect(incremental.writtenFiles == nil, "\(context)")
                #expect(try Self.tree(workspace.output()) == last, "\(context): the last site changed")
                continue
            }
            try #require(incremental.writtenFiles != nil, "\(context): \(incremental.failure ?? "")")
            let built = try Self.tree(workspace.output())
            let expected = try Self.tree(clean)
            #expect(built.keys.sorted() == expected.keys.sorted(), "\(context)")
            for (path, bytes) in expected where built[path] != bytes {
                Issue.record("\(context): \(path) differs from a clean build")
            }
            last = built
        }
    }

    /// Damages the cache beside `output` in one of three ways: a byte changed (its hash no
    /// longer matches), the file cut short, or every plan's facts cut short under a hash that
    /// matches (each plan is then parsed again). Returns what it did, for the failure message.
    static func damageCache(of output: String, kind: Int) throws -> String {
        let url = BuildCache.url(of: URL(fileURLWithPath: output))
        var bytes = [UInt8](try Data(contentsOf: url))
        switch kind {
        case 0:
            bytes[bytes.count / 2] ^= 0x20
            try Data(bytes).write(to: url)
            return ", with a byte of the cache changed"
        case 1:
            try Data(bytes[..<(bytes.count / 3)]).write(to: url)
            return ", with the cache cut short"
        default:
            var cache = try #require(BuildCache.read(URL(fileURLWithPath: output)))
            for name in cache.plans.keys {
                let facts = cache.plans[name]!.record.facts
                cache.plans[name]!.record.facts = facts.prefix(facts.count / 2)
            }
            try Data(cache.encoded()).write(to: url)
            return ", with every plan's facts in the cache cut short"
        }
    }

    /// A plan whose file did not change is not parsed again: the check takes its facts from the
    /// cache. Shown by a cache whose record (under a hash that matches) gives the plan another
    /// title, which the pages listing every plan then show.
    @Test func anUnchangedPlanIsNotParsedAgain() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        var options = workspace.options()
        options.formats = .html
        _ = SiteBuilder.build(options)
        let output = URL(fileURLWithPath: workspace.output())
        var cache = try #require(BuildCache.read(output))
        let name = "vastmanland/overenskommelse-flyktingintroduktion-2008-2014"
        var facts = try #require(cache.plans[name]).record.read()
        facts.plan?.title = "Titeln ur cachen"
        var writer = FactsWriter()
        writer.optional(facts.plan) { $0.plan($1) }
        writer.array(facts.diagnostics) { $0.diagnostic($1) }
        cache.plans[name]!.record.facts = writer.bytes[...]
        try Data(cache.encoded()).write(to: BuildCache.url(of: output))
        try StreamingBuildTests.edit(workspace.content + "/dalarna/vagen-in-2015-2020.md") { $0 + "\nEtt tillägg.\n" }
        let report = SiteBuilder.build(options)
        #expect(report.writtenFiles != nil, "\(report.failure ?? "")")
        let home = try String(contentsOfFile: workspace.output() + "/index.html", encoding: .utf8)
        #expect(home.contains("Titeln ur cachen"))
    }

    /// A plan left alone keeps its files from the last build: they are linked, not made again.
    @Test func anUnchangedPlanIsCarriedOver() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        _ = SiteBuilder.build(workspace.options())
        let kept = workspace.output() + "/vastmanland/overenskommelse-flyktingintroduktion-2008-2014/overenskommelse-flyktingintroduktion-2008-2014.epub"
        try #require(FileManager.default.fileExists(atPath: kept))
        let cache = try #require(BuildCache.read(URL(fileURLWithPath: workspace.output())))
        #expect(cache.plans["vastmanland/overenskommelse-flyktingintroduktion-2008-2014"]?.files.contains { $0.path.hasSuffix(".epub") } == true)
        let inode = StreamingBuildTests.inode(kept)
        try StreamingBuildTests.edit(workspace.content + "/dalarna/vagen-in-2015-2020.md") { $0 + "\nEtt tillägg.\n" }
        let report = SiteBuilder.build(workspace.options())
        #expect(report.writtenFiles != nil, "\(report.failure ?? "")")
        #expect(StreamingBuildTests.inode(kept) == inode)
    }

    /// A cache that is damaged, or that names files no longer as written, is not trusted.
    @Test func aDamagedCacheOrAnEditedOutputFileMakesTheFilesAgain() throws {
        let workspace = try SiteBuildTests.Workspace()
        defer { workspace.remove() }
        let output = URL(fileURLWithPath: workspace.output())
        _ = SiteBuilder.build(workspace.options())
        let cacheURL = BuildCache.url(of: output)
        try Data("planpress-cache 1\nkey x\nplan 1 2 zz dalarna/vagen-in-2015-2020\n".utf8).write(to: cacheURL)
        #expect(BuildCache.read(output) == nil)
        try StreamingBuildTests.edit(workspace.content + "/dalarna/vagen-in-2015-2020.md") { $0 + "\nEtt tillägg.\n" }
        _ = SiteBuilder.build(workspace.options())
        _ = SiteBuilder.build(workspace.options(output: workspace.output("fresh")))
        #expect(try Self.tree(workspace.output()) == (try Self.tree(workspace.output("fresh"))))

        // An output file changed by hand (same size, later time) is made again, not carried.
        let page = workspace.output() + "/vastmanland/overenskommelse-flyktingintroduktion-2008-2014/index.html"
        var bytes = try #require(FileManager.default.contents(atPath: page))
        bytes[bytes.count - 2] = UInt8(ascii: "X")
        Thread.sleep(forTimeInterval: 0.01)
        try FileManager.default.removeItem(atPath: page)
        try bytes.write(to: URL(fileURLWithPath: page))
        try StreamingBuildTests.edit(workspace.content + "/dalarna/vagen-in-2015-2020.md") { $0 + "\nMer.\n" }
        _ = SiteBuilder.build(workspace.options())
        try FileManager.default.removeItem(atPath: workspace.output("fresh"))
        _ = SiteBuilder.build(workspace.options(output: workspace.output("fresh")))
        #expect(try Self.tree(workspace.output()) == (try Self.tree(workspace.output("fresh"))))
    }
}

extension BuildOptions {
    func with(formats: Formats) -> BuildOptions {
        var options = self
        options.formats = formats
        return options
    }
}
