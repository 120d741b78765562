import ViewModel

extension DCATCatalogue {
    /// The catalogue as RDF/XML, the form Sveriges dataportal harvests. Every resource the
    /// dataportal requires a name for has `rdf:about`; only the periods of time are blank nodes.
    public var xml: XML {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF
            xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            xmlns:dcat="http://www.w3.org/ns/dcat#"
            xmlns:dcterms="http://purl.org/dc/terms/"
            xmlns:foaf="http://xmlns.com/foaf/0.1/"
            xmlns:vcard="http://www.w3.org/2006/vcard/ns#">
          <dcat:Catalog rdf:about="\(iri)">
        \(titles.map { Self.text("dcterms:title", $0) })\
        \(Self.text("dcterms:description", description))\
            <dcterms:publisher rdf:resource="\(publisher.iri)"/>
            <dcterms:license rdf:resource="\(license)"/>
            <foaf:homepage rdf:resource="\(homepage)"/>
        \(language.map { Self.resource("dcterms:language", $0) })\
        \(modified.map { Self.date("dcterms:modified", $0) })\
            <dcat:themeTaxonomy rdf:resource="\(DCATVocabulary.themeTaxonomy)"/>
        \(datasets.map { Self.resource("dcat:dataset", $0.iri) })\
          </dcat:Catalog>
          <foaf:Agent rdf:about="\(publisher.iri)">
            <foaf:name>\(publisher.name)</foaf:name>
          </foaf:Agent>
        \(contacts.map(Self.contact))\
        \(datasets.map(Self.dataset))\
        </rdf:RDF>

        """
    }

    private static func text(_ property: String, _ text: DCATText) -> XML {
        "    <\(trusted(property)) xml:lang=\"\(text.language)\">\(text.value)</\(trusted(property))>\n"
    }

    private static func resource(_ property: String, _ iri: String) -> XML {
        "    <\(trusted(property)) rdf:resource=\"\(iri)\"/>\n"
    }

    private static func date(_ property: String, _ date: DCATDate) -> XML {
        "    <\(trusted(property)) rdf:datatype=\"http://www.w3.org/2001/XMLSchema#\(date.type)\">\(date.value)</\(trusted(property))>\n"
    }

    /// A property name of ours: a literal in this file, never content.
    private static func trusted(_ name: String) -> XML { XML.trusted(name) }

    private static func contact(_ contact: DCATContact) -> XML {
        """
          <vcard:Organization rdf:about="\(contact.iri)">
            <vcard:fn>\(contact.name)</vcard:fn>
        \(contact.email.map { resource("vcard:hasEmail", "mailto:" + $0) })\
        \(contact.url.map { resource("vcard:hasURL", $0) })\
          </vcard:Organization>

        """
    }

    private static func dataset(_ dataset: DCATDataset) -> XML {
        """
          <dcat:Dataset rdf:about="\(dataset.iri)">
        \(dataset.titles.map { text("dcterms:title", $0) })\
        \(text("dcterms:description", dataset.description))\
            <dcterms:publisher rdf:resource="\(dataset.publisher)"/>
            <dcat:contactPoint rdf:resource="\(dataset.contact)"/>
        \(dataset.keywords.map { text("dcat:keyword", $0) })\
        \(DCATVocabulary.themes.map { resource("dcat:theme", $0) })\
        \(dataset.spatial.map { resource("dcterms:spatial", $0) })\
        \(dataset.temporal.map(period))\
        \(dataset.issued.map { date("dcterms:issued", $0) })\
            <dcat:landingPage rdf:resource="\(dataset.landingPage)"/>
        \(dataset.language.map { resource("dcterms:language", $0) })\
        \(dataset.distributions.map { resource("dcat:distribution", $0.iri) })\
          </dcat:Dataset>
        \(dataset.distributions.map(distribution))
        """
    }

    private static func period(_ period: DCATPeriod) -> XML {
        """
            <dcterms:temporal>
              <dcterms:PeriodOfTime>
                <dcat:startDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">\(period.start)</dcat:startDate>
                <dcat:endDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">\(period.end)</dcat:endDate>
              </dcterms:PeriodOfTime>
            </dcterms:temporal>

        """
    }

    private static func distribution(_ distribution: DCATDistribution) -> XML {
        """
          <dcat:Distribution rdf:about="\(distribution.iri)">
        \(text("dcterms:title", distribution.title))\
            <dcat:accessURL rdf:resource="\(distribution.url)"/>
            <dcat:downloadURL rdf:resource="\(distribution.url)"/>
            <dcat:mediaType rdf:resource="\(distribution.kind.mediaType)"/>
            <dcterms:format rdf:resource="\(distribution.kind.format)"/>
            <dcterms:license rdf:resource="\(distribution.license)"/>
          </dcat:Distribution>

        """
    }
}
