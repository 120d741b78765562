import ViewModel

extension Feed {
    /// The Atom document.
    public var xml: XML {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language)">
          <title>\(title)</title>
          <subtitle>\(subtitle)</subtitle>
          <id>\(id)</id>
          <updated>\(updated)</updated>
          <author><name>\(publisher)</name></author>
          <link rel="self" href="\(selfHref)"/>
          <link rel="alternate" type="text/html" href="\(homeHref)"/>
        \(entries.map(entry))\
        </feed>

        """
    }

    private func entry(_ entry: Entry) -> XML {
        """
          <entry>
            <title>\(entry.title)</title>
            <id>\(entry.id)</id>
            <updated>\(entry.updated)</updated>
            <link rel="alternate" type="text/html" href="\(entry.href)"/>
            <author><name>\(entry.publisher)</name></author>
            <category term="\(entry.countySlug)" label="\(entry.countyName)"/>
            <summary>\(entry.summary)</summary>
          </entry>

        """
    }
}
