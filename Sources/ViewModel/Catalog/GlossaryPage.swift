import Catalog

/// The merged glossary: each term with every plan's explanation and the plan it comes from.
public struct GlossaryPage: Sendable {
    public struct Definition: Sendable {
        /// The explanation as cmark made it (safe), with abbreviations linked to their entries.
        public var html: LinkedHTML
        public var planTitle: String
        /// The plan's page, from this page.
        public var planHref: String
        public var countyName: String
    }

    public struct Term: Sendable {
        public var term: String
        /// `term-sfi`
        public var id: String
        public var definitions: [Definition]
    }

    /// A letter that starts a term, leading to the first such term.
    public struct Letter: Sendable {
        public var letter: String
        public var target: String
    }

    public var frame: PageFrame
    /// In Swedish order.
    public var terms: [Term]
    public var letters: [Letter]
    /// How many plans explain some term.
    public var planCount: Int

    /// `link` gives a definition's HTML with its abbreviations linked; it is called in the
    /// page's order with the index of the term it explains.
    public init(frame: PageFrame, catalog: Catalog, link: (_ html: String, _ term: Int) -> LinkedHTML) {
        self.frame = frame
        var planIndices: Set<Int> = []
        terms = catalog.glossary.terms.enumerated().map { index, term in
            Term(term: term.term, id: term.anchor, definitions: term.definitions.map { definition in
                planIndices.insert(definition.planIndex)
                let plan = catalog.plans[definition.planIndex]
                return Definition(html: link(definition.html, index), planTitle: plan.title,
                                  planHref: frame.root + SiteAddress.of(plan.target), countyName: catalog.counties[plan.countyIndex].name)
            })
        }
        planCount = planIndices.count
        var letters: [Letter] = []
        var seen: Set<String> = []
        for term in terms {
            guard let first = term.term.first else { continue }
            let letter = String(first).uppercased()
            if seen.insert(letter).inserted { letters.append(Letter(letter: letter, target: term.id)) }
        }
        self.letters = letters
    }
}
