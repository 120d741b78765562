import InterfaceText
import ViewModel

extension PlanFacts {
    /// The facts under the plan's title: kind, county, period, publisher and what else is known.
    func html(_ t: Strings) -> HTML {
        """
        <dl class="plan-facts">
        <div><dt>\(t.plan.kind)</dt><dd>\(t.kindName(kind))</dd></div>
        <div><dt>\(t.plan.county)</dt><dd><a href="\(countyHref)">\(countyName)</a></dd></div>
        <div><dt>\(t.plan.period)</dt><dd>\(period)</dd></div>
        <div><dt>\(t.plan.publisher)</dt><dd>\(publisher)</dd></div>
        \(reference.map { reference -> HTML in "<div><dt>\(t.plan.reference)</dt><dd>\(reference)</dd></div>\n" })\
        \(adopted.map { date -> HTML in
            "<div><dt>\(isAgreement ? t.plan.signed : t.plan.adopted)</dt><dd><time datetime=\"\(date)\">\(t.dateInWords(date))</time></dd></div>\n"
        })\
        \(implements.map { plan -> HTML in "<div><dt>\(t.plan.implements)</dt><dd><a href=\"\(plan.href)\">\(plan.title)</a></dd></div>\n" })\
        \(if: !implementedBy.isEmpty, implementedByHTML(t))\
        \(if: !colophon.isEmpty, colophonHTML(t))\
        </dl>
        """
    }

    private func implementedByHTML(_ t: Strings) -> HTML {
        """
        <div><dt>\(t.plan.implementedBy)</dt>
        \(implementedBy.map { plan -> HTML in "<dd><a href=\"\(plan.href)\">\(plan.title)</a></dd>\n" })\
        </div>

        """
    }

    private func colophonHTML(_ t: Strings) -> HTML {
        """
        <div class="colophon"><dt>\(t.plan.colophon)</dt>
        \(colophon.map { line -> HTML in "<dd>\(line)</dd>\n" })\
        </div>

        """
    }

    /// The page's description when the plan has no summary.
    func description(_ t: Strings) -> String {
        t.plan.description(t.kindName(kind), countyName, period, publisher)
    }
}
