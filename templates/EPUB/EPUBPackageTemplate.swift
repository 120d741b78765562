import InterfaceText
import ViewModel

extension EPUBPackage {
    /// `EPUB/package.opf`, with the accessibility metadata of EPUB Accessibility 1.1.
    public func xml(_ t: Strings) -> XML {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="\(language)">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="pub-id">\(identifier)</dc:identifier>
            <dc:title>\(title)</dc:title>
            <dc:language>\(language)</dc:language>
            <dc:creator>\(publisher)</dc:creator>
            <dc:publisher>\(publisher)</dc:publisher>
        \(date.map { date -> XML in "    <dc:date>\(date)</dc:date>\n" })\
        \(description.map { description -> XML in "    <dc:description>\(description)</dc:description>\n" })\
            <meta property="dcterms:modified">\(modified)</meta>
            <meta property="schema:accessMode">textual</meta>
            <meta property="schema:accessModeSufficient">textual</meta>
            <meta property="schema:accessibilityFeature">structuralNavigation</meta>
            <meta property="schema:accessibilityFeature">tableOfContents</meta>
            <meta property="schema:accessibilityFeature">readingOrder</meta>
            <meta property="schema:accessibilityFeature">displayTransformability</meta>
            <meta property="schema:accessibilityHazard">none</meta>
            <meta property="schema:accessibilitySummary">\(t.format.accessibilitySummary)</meta>
            <meta property="dcterms:conformsTo" id="conf">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>
            <meta property="a11y:certifiedBy" refines="#conf">\(certifiedBy)</meta>
          </metadata>
          <manifest>
        \(manifest.map { item -> XML in
            "    <item id=\"\(item.id)\" href=\"\(item.href)\" media-type=\"\(item.mediaType)\"\(item.properties.map { properties -> XML in " properties=\"\(properties)\"" })/>\n"
        })\
          </manifest>
          <spine>
        \(spine.map { id -> XML in "    <itemref idref=\"\(id)\"/>\n" })\
          </spine>
        </package>

        """
    }
}

extension EPUBContainer {
    /// `META-INF/container.xml`.
    public var xml: XML {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="\(packagePath)" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """
    }
}
