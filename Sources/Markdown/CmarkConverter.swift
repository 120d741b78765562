import CCmarkGFM

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
        guard let document = cmark_parser_finish(parser) else { return ([], nil) }
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
        switch type {
        case CMARK_NODE_PARAGRAPH: return "paragraph"
        case CMARK_NODE_HEADING: return "heading"
        case CMARK_NODE_LIST: return "list"
        case CMARK_NODE_ITEM: return "item"
        case CMARK_NODE_TEXT: return "text"
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
func strippingOuterElement(_ html: String) -> String {
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
