/// `EPUB/style.css`.
public enum EPUBStylesheet {
    /// The reading system's fonts and sizes win; this only adds structure.
    public static let css = """
    /* PlanPress EPUB: the reading system's fonts and sizes win; this only adds structure. */
    body { line-height: 1.5; margin: 0 5%; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5em 0 0.5em; overflow-wrap: break-word; }
    h1 { font-size: 1.6em; }
    h2 { font-size: 1.35em; }
    h3 { font-size: 1.2em; }
    h4, h5, h6 { font-size: 1.05em; }
    p { margin: 0.5em 0; }
    .subtitle { font-size: 1.2em; }
    dl.facts dt, dl.glossary dt { font-weight: bold; }
    dl.facts dd, dl.glossary dd { margin: 0 0 0.5em 1.5em; }
    .field .label, .objective .label { font-weight: bold; }
    .note { font-style: italic; }
    table { border-collapse: collapse; margin: 1em 0; width: 100%; }
    caption { font-weight: bold; text-align: left; padding: 0.25em 0; }
    th, td { border: 1px solid currentColor; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
    .align-center { text-align: center; }
    .align-right { text-align: right; }
    nav ol { list-style: none; padding-left: 1.25em; }
    nav > ol { padding-left: 0; }

    """
}
