#!/usr/bin/env python3
"""Check the DCAT-AP-SE catalogue of a site built with a baseURL.

    python Tests/SiteChecks/dcat_check.py PUBLIC_DIR

Parses PUBLIC_DIR/datasets/dcat as RDF/XML with rdflib and validates it with pyshacl against
dcat_shapes.ttl (mandatory properties, no blank catalog/dataset/distribution/publisher/contact,
absolute IRIs). Then checks what shapes cannot: every IRI is absolute, there is one catalog,
and every plan's JSON and CSV file and the site-wide data files are a distribution's
downloadURL that names a file of the site. Needs rdflib and pyshacl (install-tools.sh).
Prints each problem and exits 1 on any.
"""
import sys
from pathlib import Path
from urllib.parse import urlsplit

from pyshacl import validate
from rdflib import RDF, BNode, Graph, Namespace, URIRef

DCAT = Namespace("http://www.w3.org/ns/dcat#")
SHAPES = Path(__file__).with_name("dcat_shapes.ttl")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    public = Path(sys.argv[1])
    catalogue = public / "datasets" / "dcat"
    problems = []
    graph = Graph()
    graph.parse(catalogue, format="xml")   # raises on XML or RDF that does not parse
    conforms, _, report = validate(graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle",
                                   allow_warnings=True)
    if not conforms:
        problems.append(report)

    for node in set(graph.subjects()) | set(graph.objects()):
        if isinstance(node, URIRef) and not urlsplit(str(node)).scheme:
            problems.append(f"relative IRI: {node}")
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    if len(catalogs) != 1 or isinstance(catalogs[0], BNode):
        problems.append(f"want one catalog with an IRI, found {catalogs}")

    # Every data file of the site is a distribution, and every downloadURL names a file of it.
    base = str(catalogs[0])[: -len("datasets/dcat")] if catalogs else ""
    downloads = {str(url) for url in graph.objects(None, DCAT.downloadURL)}
    files = sorted(public.glob("*/*/*.json")) + sorted(public.glob("*/*/*.csv"))
    files += [public / "data" / "planer.json", public / "data" / "aktiviteter.csv"]
    for file in files:
        if base + file.relative_to(public).as_posix() not in downloads:
            problems.append(f"{file.relative_to(public)} is no distribution's downloadURL")
    for url in sorted(downloads):
        if not url.startswith(base) or not (public / url[len(base):]).is_file():
            problems.append(f"downloadURL {url} names no file of the site")

    datasets = len(list(graph.subjects(RDF.type, DCAT.Dataset)))
    distributions = len(list(graph.subjects(RDF.type, DCAT.Distribution)))
    for problem in problems:
        print(problem)
    print(f"dcat_check: {len(graph)} triples, {datasets} datasets, {distributions} distributions, "
          f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
