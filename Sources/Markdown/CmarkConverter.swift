import CCmarkGFM
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that calls cmark-gfm. It parses a document with the GFM extensions,
/// copies every node into Swift values (with source positions and cmark's own HTML),
/// and frees every C allocation before it returns.
enum CmarkConverter {
    /// Deeper nesting than this is not copied into Swift values: such documents are
    /// reported by the plan parser instead of exhausting the stack.
    static let maximumDepth = 48

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark's safe mode is its default: raw HTML becomes a comment, unsafe link schemes are dropped.
    static let renderOptions = CMARK_OPT_DEFAULT

    /// Registering the core extensions is not thread-safe in cmark-gfm; a Swift static runs once.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Held while cmark-gfm parses inlines; see `parse`.
    private static let finishing = Mutex(())

    private static func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        nonisolated(unsafe) let parser = parser
        nonisolated(unsafe) var document: OpaquePointer?
        finishing.withLock { _ in document = cmark_parser_finish(parser) }
        return document
    }

    static func parse(_ text: String, lineOffset: Int) -> (blocks: [Block], tooDeep: SourcePosition?) {
        _ = registration
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return ([], nil) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var source = text
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        // Inline parsing (inside cmark_parser_finish) switches the extensions' special characters
        // on and off in a table that cmark-gfm keeps in a global; two at once on different
        // threads can leave one without them (a dropped autolink or strikethrough), so one at a time.
        guard let document = finish(parser) else { return ([], nil) }
        defer { cmark_node_free(document) }
        let converter = NodeConverter(
            extensions: cmark_parser_get_syntax_extensions(parser), lineOffset: lineOffset)
        let blocks = converter.blocks(under: document, depth: 0)
        return (blocks, converter.tooDeep)
    }
}

/// Walks one parsed cmark tree. Lives only while the tree does.
private final class NodeConverter {
    let extensions: UnsafeMutablePointer<cmark_llist>?
    let lineOffset: Int
    /// The first node whose children were not copied because they nest too deep.
    private(set) var tooDeep: SourcePosition?

    init(extensions: UnsafeMutablePointer<cmark_llist>?, lineOffset: Int) {
        self.extensions = extensions
        self.lineOffset = lineOffset
    }

    private func isTooDeep(_ node: OpaquePointer, depth: Int) -> Bool {
        guard depth >= CmarkConverter.maximumDepth else { return false }
        if tooDeep == nil, cmark_node_first_child(node) != nil { tooDeep = position(of: node) }
        return true
    }

    func blocks(under parent: OpaquePointer, depth: Int) -> [Block] {
        children(of: parent).compactMap { block($0, depth: depth) }
    }

    func block(_ node: OpaquePointer, depth: Int) -> Block? {
        let position = self.position(of: node)
        let html = render(node)
        switch typeName(node) {
        case "paragraph":
            return .paragraph(Paragraph(
                inlines: inlines(under: node, depth: depth), position: position,
                html: html, inlineHTML: strippingOuterElement(html)))
        case "heading":
            return .heading(Heading(
                level: Int(cmark_node_get_heading_level(node)),
                inlines: inlines(under: node, depth: depth), position: position,
                html: html, inlineHTML: strippingOuterElement(html)))
        case "list":
            let items = isTooDeep(node, depth: depth) ? [] : children(of: node).map { item in
                listItem(item, depth: depth + 1)
            }
            return .list(ListBlock(
                isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                items: items, position: position, html: html))
        case "table":
            return .table(Table(
                rows: children(of: node).map { tableRow($0, depth: depth) },
                position: position, html: html))
        case "block_quote":
            let inner = isTooDeep(node, depth: depth) ? [] : blocks(under: node, depth: depth + 1)
            return .blockQuote(BlockQuote(blocks: inner, position: position, html: html))
        case "code_block":
            return .codeBlock(CodeBlock(
                code: literal(node), info: string(cmark_node_get_fence_info(node)),
                position: position, html: html))
        case "html_block":
            return .htmlBlock(HTMLBlock(literal: literal(node), position: position, html: html))
        case "thematic_break":
            return .thematicBreak(ThematicBreak(position: position, html: html))
        default:
            return nil
        }
    }

    func listItem(_ node: OpaquePointer, depth: Int) -> ListItem {
        let checked: Bool? = typeName(node) == "item" && isTaskItem(node)
            ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil
        return ListItem(
            blocks: blocks(under: node, depth: depth), isChecked: checked,
            position: position(of: node), innerHTML: strippingOuterElement(render(node)))
    }

    func isTaskItem(_ node: OpaquePointer) -> Bool {
        string(cmark_node_get_type_string(node)) == "tasklist"
    }

    func tableRow(_ node: OpaquePointer, depth: Int) -> TableRow {
        TableRow(
            isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0,
            cells: children(of: node).map { cell in
                TableCell(
                    inlines: inlines(under: cell, depth: depth), position: position(of: cell),
                    inlineHTML: strippingOuterElement(render(cell)))
            },
            position: position(of: node))
    }

    func inlines(under parent: OpaquePointer, depth: Int) -> [Inline] {
        guard !isTooDeep(parent, depth: depth) else { return [] }
        return children(of: parent).compactMap { inline($0, depth: depth + 1) }
    }

    func inline(_ node: OpaquePointer, depth: Int) -> Inline? {
        let position = self.position(of: node)
        switch typeName(node) {
        case "text": return .text(literal(node), position)
        case "code": return .code(literal(node), position)
        case "softbreak": return .softBreak(position)
        case "linebreak": return .lineBreak(position)
        case "html_inline": return .html(literal(node), position)
        case "emph": return .emphasis(inlines(under: node, depth: depth), position)
        case "strong": return .strong(inlines(under: node, depth: depth), position)
        case "strikethrough": return .strikethrough(inlines(under: node, depth: depth), position)
        case "link":
            return .link(Link(
                destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                children: inlines(under: node, depth: depth), position: position))
        case "image":
            return .image(Image(
                source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                children: inlines(under: node, depth: depth), position: position))
        default:
            return nil
        }
    }

    // MARK: - C helpers

    func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// Extension nodes (tables, strikethrough) have no fixed enum value, so nodes are told apart by name.
    func typeName(_ node: OpaquePointer) -> String {
        let type = cmark_node_get_type(node)
        // The core types by value (their names are cmark's own), without copying a C string.
        switch type {
        case CMARK_NODE_PARAGRAPH: return "paragraph"
        case CMARK_NODE_HEADING: return "heading"
        case CMARK_NODE_LIST: return "list"
        case CMARK_NODE_ITEM: return "item"
        case CMARK_NODE_TEXT: return "text"
        case CMARK_NODE_SOFTBREAK: return "softbreak"
        case CMARK_NODE_LINEBREAK: return "linebreak"
        case CMARK_NODE_CODE: return "code"
        case CMARK_NODE_HTML_INLINE: return "html_inline"
        case CMARK_NODE_EMPH: return "emph"
        case CMARK_NODE_STRONG: return "strong"
        case CMARK_NODE_LINK: return "link"
        case CMARK_NODE_IMAGE: return "image"
        case CMARK_NODE_BLOCK_QUOTE: return "block_quote"
        case CMARK_NODE_CODE_BLOCK: return "code_block"
        case CMARK_NODE_HTML_BLOCK: return "html_block"
        case CMARK_NODE_THEMATIC_BREAK: return "thematic_break"
        default: return string(cmark_node_get_type_string(node))
        }
    }

    func position(of node: OpaquePointer) -> SourcePosition {
        SourcePosition(
            line: Int(cmark_node_get_start_line(node)) + lineOffset,
            column: max(1, Int(cmark_node_get_start_column(node))))
    }

    func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    func render(_ node: OpaquePointer) -> String {
        guard let html = cmark_render_html(node, CmarkConverter.renderOptions, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

/// `<p>text</p>\n` → `text`; `<td align="left">x</td>\n` → `x`.
///
/// Works on the UTF-8 bytes. It cuts only at ASCII bytes (`<`, `>`, line feeds) with ASCII on
/// both sides, where a cut between bytes is a cut between characters; so it gives exactly what
/// the character-based `strippingOuterElementByCharacters` gives, and leaves the rare text where
/// it cannot be sure of that (a combining mark right after a `>`, say) to that reference version.
func strippingOuterElement(_ html: String) -> String {
    var html = html
    let fast: String? = html.withUTF8 { bytes -> String? in
        let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, lt: UInt8 = 0x3C, gt: UInt8 = 0x3E
        func isASCII(_ index: Int) -> Bool { index < 0 || index >= bytes.count || bytes[index] < 0x80 }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        // Trailing line feeds; a CR LF pair is one character, not a line feed.
        var end = bytes.count
        while end > 0, bytes[end - 1] == lf, end == 1 || bytes[end - 2] != cr { end -= 1 }
        guard end > 0, bytes[0] == lt else { return text(0..<end) }
        guard isASCII(1) else { return nil }
        var openEnd = 1
        while openEnd < end, bytes[openEnd] != gt { openEnd += 1 }
        guard openEnd < end else { return text(0..<end) }
        guard isASCII(openEnd - 1), isASCII(openEnd + 1) else { return nil }
        var closeStart = end - 1
        while closeStart > openEnd, bytes[closeStart] != lt { closeStart -= 1 }
        guard closeStart > openEnd else { return text(0..<end) }
        guard isASCII(closeStart - 1), isASCII(closeStart + 1) else { return nil }
        var innerStart = openEnd + 1
        var innerEnd = closeStart
        while innerStart < innerEnd, bytes[innerStart] == lf { innerStart += 1 }
        while innerEnd > innerStart, bytes[innerEnd - 1] == lf,
              innerEnd - 1 == innerStart || bytes[innerEnd - 2] != cr {
            innerEnd -= 1
        }
        return text(innerStart..<innerEnd)
    }
    return fast ?? strippingOuterElementByCharacters(html)
}

/// The reference version of `strippingOuterElement`, character by character.
func strippingOuterElementByCharacters(_ html: String) -> String {
    var trimmed = Substring(html)
    while trimmed.last == "\n" { trimmed = trimmed.dropLast() }
    guard trimmed.first == "<", let openEnd = trimmed.firstIndex(of: ">"),
          let closeStart = trimmed.lastIndex(of: "<"), closeStart > openEnd else {
        return String(trimmed)
    }
    var inner = trimmed[trimmed.index(after: openEnd)..<closeStart]
    while inner.first == "\n" { inner = inner.dropFirst() }
    while inner.last == "\n" { inner = inner.dropLast() }
    return String(inner)
}
