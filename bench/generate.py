#!/usr/bin/env python3
"""Synthetic corpus for the PlanPress benchmark (issue 8).

    python3 bench/generate.py N OUT_DIR

writes OUT_DIR/content/ in PlanPress's content format (docs/content-format.md):

    site.yml            copied from bench/site.yml
    themes.yml          copied from the real content/themes.yml
    organisations.yml   the shared pool every plan draws its organisations from
    <county>/_index.md  21 county folders, one per län
    <county>/<plan>.md  N plans, round-robin over the counties; every 25th is a revision
                        (`replaces:`) of the county's plan before it, a few rows changed

Deterministic: each plan has its own RNG seeded by its index, so the same N always gives
byte-identical files, and the corpus for N is a prefix of the corpus for any larger N.
Every plan also carries `county: <folder>` in its front matter, which is the one county
taxonomy of the Hugo comparison site (bench/hugo/); Hugo reads the very same files.

Python 3.11 standard library only.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
REAL_THEMES = os.path.join(REPO, "content", "themes.yml")
SITE_TEMPLATE = os.path.join(HERE, "site.yml")
MARKER = ".planpress-bench-corpus"

# Every REVISION_EVERY-th plan is a new version of the plan of its county before it.
FOLLOW_UP_EVERY = 10  # every tenth plan has a yearly follow-up report
REVISION_EVERY = 25

MIN_BYTES = 8 * 1024
MAX_BYTES = 30 * 1024

# --------------------------------------------------------------------------------------
# Counties: folder, name (genitive "… län"), shortName, residence town, municipalities.
# Gotland has a single municipality, Region Gotland, so it has no municipality list.
# --------------------------------------------------------------------------------------

COUNTIES = [
    ("stockholm", "Stockholms län", "Stockholm", "Stockholm",
     ["Stockholms stad", "Södertälje kommun", "Huddinge kommun", "Botkyrka kommun",
      "Nacka kommun", "Norrtälje kommun", "Haninge kommun", "Järfälla kommun"]),
    ("uppsala", "Uppsala län", "Uppsala", "Uppsala",
     ["Uppsala kommun", "Enköpings kommun", "Tierps kommun", "Östhammars kommun",
      "Knivsta kommun", "Heby kommun", "Älvkarleby kommun", "Håbo kommun"]),
    ("sodermanland", "Södermanlands län", "Södermanland", "Nyköping",
     ["Eskilstuna kommun", "Nyköpings kommun", "Katrineholms kommun", "Strängnäs kommun",
      "Flens kommun", "Oxelösunds kommun", "Gnesta kommun", "Trosa kommun"]),
    ("ostergotland", "Östergötlands län", "Östergötland", "Linköping",
     ["Linköpings kommun", "Norrköpings kommun", "Motala kommun", "Mjölby kommun",
      "Finspångs kommun", "Vadstena kommun", "Söderköpings kommun", "Valdemarsviks kommun"]),
    ("jonkoping", "Jönköpings län", "Jönköping", "Jönköping",
     ["Jönköpings kommun", "Värnamo kommun", "Nässjö kommun", "Vetlanda kommun",
      "Gislaveds kommun", "Eksjö kommun", "Tranås kommun", "Vaggeryds kommun"]),
    ("kronoberg", "Kronobergs län", "Kronoberg", "Växjö",
     ["Växjö kommun", "Ljungby kommun", "Älmhults kommun", "Alvesta kommun",
      "Markaryds kommun", "Tingsryds kommun", "Uppvidinge kommun", "Lessebo kommun"]),
    ("kalmar", "Kalmar län", "Kalmar", "Kalmar",
     ["Kalmar kommun", "Västerviks kommun", "Oskarshamns kommun", "Nybro kommun",
      "Vimmerby kommun", "Hultsfreds kommun", "Emmaboda kommun", "Torsås kommun"]),
    ("gotland", "Gotlands län", "Gotland", "Visby", []),
    ("blekinge", "Blekinge län", "Blekinge", "Karlskrona",
     ["Karlskrona kommun", "Karlshamns kommun", "Ronneby kommun", "Sölvesborgs kommun",
      "Olofströms kommun"]),
    ("skane", "Skåne län", "Skåne", "Malmö",
     ["Malmö stad", "Helsingborgs stad", "Lunds kommun", "Kristianstads kommun",
      "Landskrona stad", "Trelleborgs kommun", "Ystads kommun", "Hässleholms kommun",
      "Eslövs kommun"]),
    ("halland", "Hallands län", "Halland", "Halmstad",
     ["Halmstads kommun", "Varbergs kommun", "Kungsbacka kommun", "Falkenbergs kommun",
      "Laholms kommun", "Hylte kommun"]),
    ("vastra-gotaland", "Västra Götalands län", "Västra Götaland", "Göteborg",
     ["Göteborgs stad", "Borås stad", "Trollhättans stad", "Skövde kommun",
      "Uddevalla kommun", "Lidköpings kommun", "Alingsås kommun", "Vänersborgs kommun",
      "Mölndals stad"]),
    ("varmland", "Värmlands län", "Värmland", "Karlstad",
     ["Karlstads kommun", "Arvika kommun", "Kristinehamns kommun", "Säffle kommun",
      "Hagfors kommun", "Torsby kommun", "Sunne kommun", "Filipstads kommun"]),
    ("orebro", "Örebro län", "Örebro", "Örebro",
     ["Örebro kommun", "Karlskoga kommun", "Kumla kommun", "Lindesbergs kommun",
      "Hallsbergs kommun", "Askersunds kommun", "Degerfors kommun", "Nora kommun"]),
    ("vastmanland", "Västmanlands län", "Västmanland", "Västerås",
     ["Västerås stad", "Köpings kommun", "Sala kommun", "Fagersta kommun",
      "Arboga kommun", "Hallstahammars kommun", "Kungsörs kommun", "Norbergs kommun"]),
    ("dalarna", "Dalarnas län", "Dalarna", "Falun",
     ["Falu kommun", "Borlänge kommun", "Ludvika kommun", "Avesta kommun",
      "Mora kommun", "Hedemora kommun", "Leksands kommun", "Rättviks kommun"]),
    ("gavleborg", "Gävleborgs län", "Gävleborg", "Gävle",
     ["Gävle kommun", "Sandvikens kommun", "Hudiksvalls kommun", "Bollnäs kommun",
      "Söderhamns kommun", "Ljusdals kommun", "Ovanåkers kommun", "Hofors kommun"]),
    ("vasternorrland", "Västernorrlands län", "Västernorrland", "Härnösand",
     ["Sundsvalls kommun", "Örnsköldsviks kommun", "Härnösands kommun", "Kramfors kommun",
      "Sollefteå kommun", "Timrå kommun", "Ånge kommun"]),
    ("jamtland-harjedalen", "Jämtlands län", "Jämtland Härjedalen", "Östersund",
     ["Östersunds kommun", "Krokoms kommun", "Strömsunds kommun", "Bergs kommun",
      "Härjedalens kommun", "Åre kommun", "Ragunda kommun", "Bräcke kommun"]),
    ("vasterbotten", "Västerbottens län", "Västerbotten", "Umeå",
     ["Umeå kommun", "Skellefteå kommun", "Lycksele kommun", "Vindelns kommun",
      "Vännäs kommun", "Robertsfors kommun", "Storumans kommun", "Nordmalings kommun"]),
    ("norrbotten", "Norrbottens län", "Norrbotten", "Luleå",
     ["Luleå kommun", "Piteå kommun", "Bodens kommun", "Kiruna kommun",
      "Gällivare kommun", "Kalix kommun", "Haparanda stad", "Älvsbyns kommun"]),
]

REGION_NAMES = {
    "stockholm": "Region Stockholm", "uppsala": "Region Uppsala",
    "sodermanland": "Region Sörmland", "ostergotland": "Region Östergötland",
    "jonkoping": "Region Jönköpings län", "kronoberg": "Region Kronoberg",
    "kalmar": "Region Kalmar län", "gotland": "Region Gotland",
    "blekinge": "Region Blekinge", "skane": "Region Skåne", "halland": "Region Halland",
    "vastra-gotaland": "Västra Götalandsregionen", "varmland": "Region Värmland",
    "orebro": "Region Örebro län", "vastmanland": "Region Västmanland",
    "dalarna": "Region Dalarna", "gavleborg": "Region Gävleborg",
    "vasternorrland": "Region Västernorrland",
    "jamtland-harjedalen": "Region Jämtland Härjedalen",
    "vasterbotten": "Region Västerbotten", "norrbotten": "Region Norrbotten",
}

# National organisations: (name, short, kind, aliases, weight). The weight is how often
# plans pick them: the big agencies turn up in most plans of every county, as they do.
NATIONAL = [
    ("Arbetsförmedlingen", "AF", "myndighet", ["Arbetsförmedling"], 30),
    ("Migrationsverket", "MIV", "myndighet", [], 26),
    ("Försäkringskassan", "FK", "myndighet", ["Försäkringskassa"], 14),
    ("Skatteverket", None, "myndighet", [], 8),
    ("Skolverket", None, "myndighet", [], 7),
    ("Socialstyrelsen", None, "myndighet", [], 5),
    ("Folkhälsomyndigheten", None, "myndighet", [], 5),
    ("Boverket", None, "myndighet", [], 4),
    ("Tillväxtverket", None, "myndighet", [], 4),
    ("Myndigheten för samhällsskydd och beredskap", "MSB", "myndighet", [], 2),
    ("Inspektionen för vård och omsorg", "IVO", "myndighet", [], 2),
    ("Universitets- och högskolerådet", "UHR", "myndighet", [], 3),
    ("Myndigheten för yrkeshögskolan", "MYH", "myndighet", [], 2),
    ("Jämställdhetsmyndigheten", None, "myndighet", [], 2),
    ("Diskrimineringsombudsmannen", "DO", "myndighet", [], 2),
    ("Polismyndigheten", None, "myndighet", ["Polisen"], 3),
    ("Trafikverket", None, "myndighet", [], 2),
    ("Delegationen mot segregation", "Delmos", "myndighet", [], 3),
    ("Myndigheten för ungdoms- och civilsamhällesfrågor", "MUCF", "myndighet", [], 2),
    ("Sveriges Kommuner och Regioner", "SKR", "övrigt", [], 5),
    ("Almi Företagspartner", "Almi", "näringsliv", [], 5),
    ("Företagarna", None, "näringsliv", [], 4),
    ("Svenskt Näringsliv", None, "näringsliv", [], 3),
    ("Internationella företagarföreningen i Sverige", "IFS", "näringsliv", [], 2),
    ("Arbetsgivarorganisationer", None, "näringsliv", [], 3),
    ("Näringslivet", None, "näringsliv", ["Företag", "Arbetsgivare"], 6),
    ("Fackliga organisationer", None, "civilsamhälle", ["Facket"], 3),
    ("Landsorganisationen i Sverige", "LO", "civilsamhälle", [], 2),
    ("Svenska kyrkan", None, "civilsamhälle", [], 4),
    ("Svenska Röda Korset", None, "civilsamhälle", ["Röda Korset"], 5),
    ("Rädda Barnen", None, "civilsamhälle", [], 4),
    ("Riksidrottsförbundet", "RF", "civilsamhälle", ["Idrottsrörelsen"], 4),
    ("Hyresgästföreningen", None, "civilsamhälle", [], 2),
    ("Ideella sektorn", None, "civilsamhälle",
     ["Civilsamhället", "Civila samhället", "Det civila samhället"], 10),
    ("Studieförbunden", None, "utbildning", ["Studieförbund"], 6),
    ("Arbetarnas bildningsförbund", "ABF", "utbildning", [], 3),
    ("Studiefrämjandet", None, "utbildning", [], 2),
    ("Folkhögskolor", None, "utbildning", ["Folkhögskolorna"], 5),
    ("Folkbildningsrådet", None, "utbildning", [], 2),
    ("Utbildningsanordnare", None, "utbildning", [], 3),
]


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def slugify(text: str) -> str:
    t = text.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return re.sub(r"-{2,}", "-", t)


def town_of(municipality: str) -> str:
    """Malmö stad -> Malmö, Sundsvalls kommun -> Sundsvall: the bare name a plan writes."""
    base = municipality.rsplit(" ", 1)[0]
    if base == "Falu":
        return "Falun"
    if base.endswith("s") and base not in NOMINATIVE_S:
        base = base[:-1]  # the genitive s
    return base


# Municipalities whose own name ends in s (no genitive s is added before "kommun").
NOMINATIVE_S = {"Borås", "Alingsås", "Hofors", "Torsås", "Västerås", "Vännäs", "Robertsfors",
                "Bollnäs", "Kramfors", "Strängnäs", "Degerfors", "Hagfors", "Tranås"}


# --------------------------------------------------------------------------------------
# The organisation pool
# --------------------------------------------------------------------------------------

class Org:
    def __init__(self, name, kind, scope, short=None, aliases=(), weight=1):
        self.name, self.kind, self.scope = name, kind, scope
        self.short, self.aliases, self.weight = short, list(aliases), weight

    def mention(self, rng: random.Random) -> str:
        """How a plan names the organisation: mostly its name, sometimes a short form."""
        forms = [self.name] * 3
        if self.short:
            forms.append(self.short)
        forms.extend(self.aliases)
        return rng.choice(forms)


def build_pool():
    national = [Org(n, k, "nationell", s, a, w) for (n, s, k, a, w) in NATIONAL]
    counties = {}
    for slug, name, short, _seat, munis in COUNTIES:
        orgs = {}
        orgs["lst"] = Org(f"Länsstyrelsen i {name}", "länsstyrelse", slug, None,
                          ["Länsstyrelsen", f"Länsstyrelsen {short}"])
        region_aliases = ["Regionen", "Landstinget"]
        if slug == "gotland":
            region_aliases.append("Gotlands kommun")
        orgs["region"] = Org(REGION_NAMES[slug], "region", slug,
                             "VGR" if slug == "vastra-gotaland" else None, region_aliases)
        if munis:
            orgs["group"] = Org(f"Kommunerna i {name}", "kommungrupp", slug, None,
                                ["Kommunerna", "Länets kommuner", "Samtliga kommuner"])
        orgs["munis"] = [Org(m, "kommun", slug, None, [town_of(m)]) for m in munis]
        counties[slug] = orgs
    return national, counties


def yaml_scalar(value: str) -> str:
    if (re.search(r"[:#\[\]{},&*!|>'\"%@`]", value) or value != value.strip()
            or value.lower() in ("yes", "no", "true", "false", "null", "on", "off")
            or re.fullmatch(r"[0-9][0-9 .:-]*", value)):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def organisations_yml(national, counties) -> str:
    out = [
        "# Organisationer i benchmarkens syntetiska planer (skrivna av bench/generate.py).",
        "# Samma schema som content/organisations.yml: name, short, kind, scope, aliases.",
        "",
        "# Nationella organisationer (gäller i alla län)",
        "",
    ]

    def entry(o: Org):
        out.append(f"- name: {yaml_scalar(o.name)}")
        if o.short:
            out.append(f"  short: {yaml_scalar(o.short)}")
        out.append(f"  kind: {o.kind}")
        out.append(f"  scope: {o.scope}")
        if o.aliases:
            out.append("  aliases: [" + ", ".join(yaml_scalar(a) for a in o.aliases) + "]")

    for o in sorted(national, key=lambda o: o.name):
        entry(o)
    for slug, name, _short, _seat, _m in COUNTIES:
        out += ["", f"# {name} ({slug})", ""]
        c = counties[slug]
        orgs = [c["lst"], c["region"]] + ([c["group"]] if "group" in c else []) + c["munis"]
        for o in sorted(orgs, key=lambda o: o.name):
            entry(o)
    return "\n".join(out) + "\n"


def theme_ids(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return re.findall(r"^- id: *(\S+)", f.read(), re.M)


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------

SUBJECTS = [
    "Länets kommuner", "Länsstyrelsen", "Regionen", "Arbetsförmedlingen", "Civilsamhället",
    "Aktörerna i länet", "Vi", "Kommunerna och myndigheterna", "Näringslivet", "Parterna",
    "Den regionala samverkan", "Migrationsverket", "Folkbildningen", "Skolan",
    "Arbetsgivarna i länet", "Samtliga parter", "Integrationsnätverket", "Styrgruppen",
]
CLAUSE_SUBJECTS = ["vi", "vi", "kommunerna", "länets aktörer", "myndigheterna", "parterna",
                   "alla aktörer", "arbetsgivarna", "skolan"]
MODALS = ["ska", "behöver", "vill", "kan", "bör", "arbetar för att", "har som mål att",
          "har ansvar för att", "tar gemensamt ansvar för att", "fortsätter att"]
VERBS_INF = [
    "utveckla", "stärka", "förbättra", "samordna", "följa upp", "främja", "underlätta",
    "tydliggöra", "bredda", "säkerställa", "prioritera", "synliggöra", "förenkla",
    "skapa förutsättningar för", "ta tillvara", "öka kunskapen om", "bidra till",
    "lägga grunden för", "förankra", "systematisera",
]
VERBS_PRES = [
    "utvecklar", "stärker", "förbättrar", "samordnar", "följer upp", "främjar", "underlättar",
    "tydliggör", "breddar", "säkerställer", "prioriterar", "synliggör", "tar tillvara",
    "bidrar till",
]
OBJECTS = [
    "mottagandet av nyanlända", "etableringen på arbetsmarknaden", "tillgången till bostäder",
    "samverkan mellan myndigheter och kommuner", "kunskapen om nyanländas kompetens",
    "språkinlärningen under asyltiden", "barns och ungas skolgång",
    "kvinnors deltagande i arbetslivet", "hälsan hos asylsökande och nyanlända",
    "delaktigheten i föreningslivet", "matchningen mellan arbetsgivare och arbetssökande",
    "informationen om det svenska samhället", "valideringen av utländska utbildningar",
    "vägledningen till studier och arbete", "samhällsorienteringen på modersmål",
    "kompetensförsörjningen i länet", "bosättningen i länets kommuner",
    "övergången från asyl till etablering", "det interkulturella arbetet",
    "stödet till ensamkommande barn och unga", "kollektivtrafiken på landsbygden",
    "uppföljningen av etableringsinsatserna", "den digitala delaktigheten",
    "arbetet mot diskriminering", "det lokala integrationsarbetet",
    "förutsättningarna för eget företagande", "praktikplatserna inom offentlig sektor",
    "tillgången till förskola", "föräldrarnas delaktighet i skolan",
    "den psykiska hälsan hos unga", "kunskapsunderlaget om mottagandet",
]
ADVERBIALS = [
    "under planperioden", "i hela {län}", "tillsammans med civilsamhället",
    "på ett likvärdigt sätt", "utifrån individens behov", "i nära dialog med länets aktörer",
    "så tidigt som möjligt", "i {short}", "med ett tydligt jämställdhetsperspektiv",
    "i samtliga kommuner", "redan under asyltiden", "på ett mer systematiskt sätt",
    "med särskilt fokus på barn och unga", "i länets mindre kommuner", "över tid",
    "genom gemensamma arbetssätt", "där behoven är störst", "",
]
NOUN_CLAUSES = [
    "En god etablering", "Ett gott mottagande", "Språket", "Arbete", "Utbildning",
    "Ett tryggt boende", "Samverkan över organisationsgränser", "Delaktighet i samhällslivet",
    "En god hälsa", "Tidiga insatser", "Ett inkluderande arbetsliv", "Folkbildningen",
    "Ett aktivt föreningsliv", "Kunskap om individens kompetens",
]
PREDICATES = [
    "är en förutsättning för", "har stor betydelse för", "lägger grunden för",
    "är avgörande för", "bidrar till", "är nyckeln till", "skapar förutsättningar för",
]
GOAL_GROUPS = ["Nyanlända kvinnor och män", "Alla nyanlända", "Ensamkommande barn och unga",
               "Asylsökande", "Nyanlända barn och unga", "Fler nyanlända", "Länets aktörer",
               "Nyanlända med eftergymnasial utbildning", "Nyanlända föräldrar"]
GOAL_VERBS = ["har tillgång till", "får stöd i att hitta", "är delaktiga i", "känner till",
              "får del av", "har", "erbjuds", "når"]
GOAL_OBJECTS = ["en meningsfull sysselsättning", "arbete eller studier inom två år",
                "ett tryggt boende", "god hälsa", "grundläggande kunskaper i svenska",
                "information om samhället på sitt modersmål", "en individuell etableringsplan",
                "ett aktivt fritidsliv", "kollektivtrafik till arbete och studier",
                "en likvärdig utbildning", "en validering av sin kompetens",
                "en väg till eget företagande", "en fungerande samverkan"]
GOALS = [
    "ett snabbare inträde på arbetsmarknaden", "ökad tillväxt i länet",
    "social sammanhållning", "en hållbar regional utveckling", "individens egenmakt",
    "ett jämställt samhälle", "fler nystartade företag", "en tryggare vardag",
    "att fler väljer att bo kvar i länet", "en bredare rekryteringsbas för arbetsgivarna",
    "en likvärdig skola", "ett gott liv för alla invånare",
]
INTROS = [
    "Under de senaste åren", "Under planperioden", "Sedan {year}", "Samtidigt",
    "I {short}", "För att nå målen", "Enligt den regionala utvecklingsstrategin",
    "På sikt", "I flera av länets kommuner", "Under {year}",
]
INTRO_CLAUSES = [
    "har mottagandet av nyanlända ökat väsentligt",
    "har samverkan mellan aktörerna utvecklats",
    "har behovet av bostäder blivit tydligare",
    "har fler nyanlända kvinnor gått vidare till arbete eller studier",
    "behöver arbetet med tidiga insatser förstärkas",
    "har kommunerna tagit ett större gemensamt ansvar",
    "finns ett stort behov av yrkesutbildning i bristyrken",
    "har civilsamhället spelat en avgörande roll",
    "ska insatserna följas upp och utvärderas årligen",
    "har antalet ensamkommande barn varierat kraftigt",
    "har väntetiderna till SFI minskat",
    "har flera nya mötesplatser skapats",
]

ACTIVITY_VERBS = [
    "Utveckla", "Genomföra", "Kartlägga", "Samordna", "Arrangera", "Erbjuda", "Skapa",
    "Stärka", "Följa upp", "Sprida kunskap om", "Inventera", "Identifiera", "Förbättra",
    "Etablera", "Ta fram", "Utöka", "Säkerställa", "Utvärdera", "Förankra", "Pröva",
]
ACTIVITY_OBJECTS = {
    "arbete": [
        "arbetsmarknadsinsatser för nyanlända kvinnor", "praktikplatser inom bristyrken",
        "ett regionalt valideringscentrum", "mentorprogram med etablerade företagare",
        "branschspecifika utbildningar för nyanlända", "lärlingsplatser hos länets arbetsgivare",
        "samverkan med arbetsgivare kring rekrytering", "rådgivning för nya företagare",
        "en kompetensbank för bättre matchning", "subventionerade anställningar",
        "arbetsmarknadsprognoser för länet", "yrkessvenska kombinerad med praktik",
    ],
    "utbildning": [
        "svenska för invandrare med yrkesinriktning", "studiehandledning på modersmål",
        "samhällsorientering för nyanlända", "språkintroduktion för ungdomar",
        "samverkan med folkhögskolorna", "kompletterande utbildningar för akademiker",
        "läxhjälp och språkcaféer", "föräldrautbildning om den svenska skolan",
        "tidig kartläggning av skolbakgrund", "vuxenutbildning på distans",
        "språkträning under asyltiden", "fortbildning för lärare i SFI",
    ],
    "halsa": [
        "hälsoundersökningar för asylsökande", "hälsokommunikation på modersmål",
        "stöd till personer med traumaerfarenheter", "rehabilitering inom etableringsplanen",
        "samverkan kring psykisk hälsa för unga", "rutiner för uppföljning av hälsokartläggningen",
        "hälsofrämjande insatser i föreningslivet", "utbildning för personal om migration och hälsa",
        "tolkstöd inom hälso- och sjukvården", "förebyggande insatser mot missbruk",
    ],
    "bostad": [
        "bostadsseminarier för länets kommuner", "ägardirektiv i de kommunala bostadsbolagen",
        "nya bostadslösningar för unga vuxna", "en uppföljning av bostadsmarknadsenkäten",
        "utbildning för boendevärdar", "information om bosättning och boende",
        "samordning av anvisningar till kommunerna", "boendeplanering för ensamkommande barn",
        "dialogmöten om nya anläggningsboenden", "en regional bostadsförsörjningsanalys",
    ],
    "delaktighet": [
        "mötesplatser mellan nyanlända och etablerade", "ett nätverk för föreningssamordnare",
        "kultur- och fritidsaktiviteter för nyanlända", "insatser mot diskriminering",
        "idrottsaktiviteter för flickor", "volontärverksamhet i civilsamhället",
        "dialogforum med nyanlända", "en kampanj om mångfald och bemötande",
        "familjeträffar på biblioteken", "ett regionalt forum för interkulturell dialog",
    ],
    "infrastruktur": [
        "körkortsutbildning på lätt svenska", "kollektivtrafik till praktikplatser",
        "samlokaliserad service för nyanlända", "digital delaktighet på biblioteken",
        "bredband till boenden på landsbygden", "samhällsplanering inför nya boenden",
        "information om kollektivtrafiken på flera språk", "servicepunkter i mindre orter",
    ],
    "samverkan": [
        "en gemensam modell för samverkan", "en årlig uppföljning av handlingsplanen",
        "ett regionalt kunskapsunderlag om mottagandet", "styrgruppens arbetsformer",
        "en gemensam kommunikationsplan", "ett nätverk för integrationsansvariga",
        "rutiner för informationsöverföring mellan myndigheter", "länsgemensamma utbildningsdagar",
        "en regional konferens om integration", "en gemensam uppföljningsmodell",
    ],
}
ACTIVITY_TAILS = [
    "", "", "", " i samverkan med civilsamhället", " för ensamkommande barn och unga",
    " på modersmål", " under asyltiden", " i länets alla kommuner",
    " med fokus på kvinnors etablering", " inom ramen för etableringsuppdraget",
    " utifrån lokala behov", " i länets mindre kommuner", " för unga vuxna",
    " tillsammans med näringslivet", " och sprida goda exempel",
]

AREA_TITLES = {
    "arbete": ["Arbete och företagande", "Snabbare väg till arbete",
               "Matchning och kompetensförsörjning", "Eget företagande och entreprenörskap",
               "Validering och yrkesutbildning", "Öppna arbetsplatser"],
    "utbildning": ["Språk och utbildning", "Svenska för invandrare och samhällsorientering",
                   "Utbildning på lika villkor för barn och unga",
                   "Vuxenutbildning och folkbildning", "Livslångt lärande"],
    "halsa": ["Hälsa och rehabilitering", "Tidiga hälsoinsatser",
              "Psykisk hälsa och traumastöd", "Hälsa och sjukvård"],
    "bostad": ["Bostad och bosättning", "Boende för nyanlända",
               "Mottagande i kommunerna", "Bostadsförsörjning"],
    "delaktighet": ["Delaktighet och inflytande", "Kultur- och föreningsliv",
                    "Attityder och bemötande", "Civilsamhällets roll",
                    "Motverka diskriminering"],
    "infrastruktur": ["Kollektivtrafik och körkort", "Samhällsplanering och service",
                      "Bredband och digital delaktighet"],
    "samverkan": ["Samverkan och uppföljning", "Styrning och organisation",
                  "Kunskapsunderlag och uppföljning", "Regional samordning"],
}
GOAL_OUTCOMES = {
    "arbete": "nyanlända kvinnor och män arbete eller startar eget företag efter etableringstiden",
    "utbildning": "nyanlända grundläggande kunskaper i svenska och en utbildning som leder vidare",
    "halsa": "nyanlända tillgång till adekvat vård och rehabilitering",
    "bostad": "nyanlända ett värdigt boende",
    "delaktighet": "nyanlända samma möjligheter att delta i samhällslivet som andra invånare",
    "infrastruktur": "nyanlända god tillgång till kollektivtrafik, service och bredband",
    "samverkan": "länets aktörer en väl fungerande och uppföljd samverkan",
}
SUB_TITLES_GENERIC = [
    "Kartläggning och kunskap", "Information och vägledning", "Kompetensutveckling för personal",
    "Barn och unga", "Kvinnors etablering", "Ensamkommande barn och unga", "Asylsökande",
    "Tidiga insatser", "Landsbygd och mindre orter", "Mötesplatser", "Uppföljning",
    "Unga vuxna", "Äldre nyanlända", "Familjer",
]
AREA_LABELS = ["Mål", "Fokusområde", "Insatsområde", "Målområde", "Prioriterat område",
               "Samverkansområde", "Utvecklingsmålområde"]
SUB_LABELS = ["Fokusområde", "Insatsområde", "Delområde", "Samarbetsområde", None, None]
GOAL_WORDS = ["Syfte", "Delmål", "Individmål", "Målbild", "Samverkansmål", "Mål", "Vision"]
WHEN = ["Löpande", "{y}", "{y}–{y1}", "Hösten {y}", "Våren {y1}", "Under hela perioden",
        "Årligen", "Från {y}"]

GLOSSARY = [
    ("ABE", "Anläggningsboende, externt (inskriven hos Migrationsverket)."),
    ("ABO", "Anläggningsboende (inskriven hos Migrationsverket)."),
    ("AMIF", "Asyl-, migrations- och integrationsfonden."),
    ("Anknytning", "Personer med uppehållstillstånd som flyttar till en familjemedlem i Sverige."),
    ("Anvisningsbara platser", "Platser där kommunerna förbinder sig att ordna bostad till personer som fått uppehållstillstånd."),
    ("Asylsökande", "Person som söker skydd men ännu inte fått sin ansökan avgjord."),
    ("BUV", "Barn utan vårdnadshavare, se EKB."),
    ("DUA", "Delegationen för unga och nyanlända till arbete."),
    ("EBO", "Eget boende (inskriven hos Migrationsverket)."),
    ("EKB", "Ensamkommande barn och unga, se BUV."),
    ("EPA", "Etableringsplan som en nyanländ får efter uppehållstillstånd och kommunplacering."),
    ("ESF", "Europeiska socialfonden."),
    ("Etableringsprogrammet", "Arbetsförmedlingens program för nyanlända, i regel högst 24 månader."),
    ("Introduktionsprogram", "Program i gymnasieskolan för elever som inte är behöriga till ett nationellt program."),
    ("Kommunplacerad", "Nyanländ som fått uppehållstillstånd och en anvisad plats i en kommun."),
    ("Kvotflykting", "Person som fått uppehållstillstånd genom uttagning via UNHCR."),
    ("LMA", "Lagen om mottagande av asylsökande."),
    ("Lärlingsplats", "Anställning där en stor del av utbildningen sker på arbetsplatsen."),
    ("Nyanländ", "Kommunplacerad flykting med uppehållstillstånd, se kommunplacerad."),
    ("OS", "Organiserad sysselsättning på asylboenden."),
    ("PUT", "Permanent uppehållstillstånd."),
    ("RUS", "Regional utvecklingsstrategi."),
    ("RÖK", "Regional överenskommelse."),
    ("Samhällskommunikatör", "Person som informerar om samhället på modersmål."),
    ("Schablonersättning", "Statlig ersättning till kommunerna för mottagandet av nyanlända."),
    ("SFI", "Svenska för invandrare (tillhandahålls av kommunen)."),
    ("SFX", "Yrkesinriktad svenska för invandrare med särskild yrkesbakgrund."),
    ("SO", "Samhällsorientering (tillhandahålls av kommunen)."),
    ("Språkintroduktion", "Introduktionsprogram med tyngdpunkt på svenska språket."),
    ("TUT", "Tillfälligt uppehållstillstånd."),
    ("UT", "Uppehållstillstånd."),
    ("Validering", "Bedömning och erkännande av kunskaper och kompetens en person har."),
    ("Yrkes-SFI", "SFI som kombineras med yrkesutbildning."),
    ("ÖK", "Överenskommelse mellan staten och kommunerna om mottagande."),
]

FIRST_NAMES = [
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma", "Ingrid",
    "Malin", "Annika", "Helena", "Linnea", "Johanna", "Elin", "Sofia", "Ulrika", "Camilla",
    "Amira", "Fatima", "Leila", "Nadia", "Mira", "Lars", "Mikael", "Anders", "Johan", "Per",
    "Erik", "Karl", "Peter", "Thomas", "Jan", "Hans", "Daniel", "Fredrik", "Mats", "Magnus",
    "Stefan", "Jonas", "Ola", "Göran", "Björn", "Åke", "Ahmed", "Mohammed", "Ali", "Omar",
    "Hassan", "Yusuf", "Tomas", "Henrik", "Niklas",
]
LAST_NAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
    "Bengtsson", "Lindberg", "Lindström", "Lindqvist", "Berglund", "Forsberg", "Sandberg",
    "Lundgren", "Holm", "Sjöberg", "Wallin", "Engström", "Ek", "Danielsson", "Håkansson",
    "Lundin", "Björk", "Bergström", "Norberg", "Holmgren", "Sundberg", "Nyström", "Hedlund",
    "Öberg", "Åberg", "Hassan", "Mohamed", "Ali", "Yilmaz", "Nordin", "Strand", "Söderlund",
]
ROLES = {
    "länsstyrelse": ["Landshövding", "Länsråd", "Enhetschef"],
    "region": ["Regionstyrelsens ordförande", "Regiondirektör", "Regionråd"],
    "kommun": ["Kommunstyrelsens ordförande", "Kommundirektör", "Ks-ordförande"],
    "kommungrupp": ["Ordförande i kommunchefsgruppen"],
    "myndighet": ["Regionchef", "Verksamhetschef", "Marknadsområdeschef", "Enhetschef"],
}
DEFAULT_ROLES = ["Ordförande", "Verksamhetsledare", "Regionchef", "Vd"]

EXAMPLE_PREFIXES = ["Projekt", "Språkcafé", "Mentorsprogrammet", "Lärcentrum", "Jobbspåret",
                    "Mötesplats", "Föräldraskolan", "Hälsoskolan", "Yrkesbron", "Startbanan"]

PROSE_SECTIONS_FIRST = ["Inledning", "Bakgrund", "Läget i länet", "Utgångspunkter"]
PROSE_SECTIONS_LATE = ["Genomförande", "Uppföljning och utvärdering", "Finansiering"]


# --------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------

class Writer:
    def __init__(self, rng: random.Random, county):
        self.rng = rng
        self.slug, self.name, self.short, self.seat, _m = county

    def fill(self, text: str, year: int) -> str:
        return text.replace("{län}", self.name).replace("{short}", self.short) \
                   .replace("{year}", str(year))

    def sentence(self, year: int) -> str:
        r = self.rng
        k = r.randrange(13)
        if k <= 3:
            s = f"{r.choice(SUBJECTS)} {r.choice(MODALS)} {r.choice(VERBS_INF)} {r.choice(OBJECTS)}"
            adv = r.choice(ADVERBIALS)
            s += f" {adv}" if adv else ""
        elif k <= 5:
            s = (f"Det är viktigt att {r.choice(CLAUSE_SUBJECTS)} "
                 f"{r.choice(VERBS_PRES)} {r.choice(OBJECTS)} {r.choice(ADVERBIALS)}").rstrip()
        elif k <= 7:
            s = f"{r.choice(NOUN_CLAUSES)} {r.choice(PREDICATES)} {r.choice(GOALS)}"
        elif k <= 9:
            s = f"{r.choice(INTROS)} {r.choice(INTRO_CLAUSES)}"
        elif k == 10:
            n = r.randrange(120, 4800)
            s = (f"Under {year - r.randrange(1, 4)} tog länet emot {thousands(n)} nyanlända, "
                 f"varav {thousands(n * r.randrange(20, 45) // 100)} var barn")
        else:
            s = (f"Genom att {r.choice(VERBS_INF)} {r.choice(OBJECTS)} ökar möjligheterna till "
                 f"{r.choice(GOALS)}")
        s = self.fill(s, year)
        return s[0].upper() + s[1:] + "."

    def goal(self, year: int) -> str:
        r = self.rng
        s = f"{r.choice(GOAL_GROUPS)} {r.choice(GOAL_VERBS)} {r.choice(GOAL_OBJECTS)}"
        adv = r.choice(ADVERBIALS)
        return self.fill(s + (f" {adv}" if adv else ""), year) + "."

    def paragraph(self, year: int, lo=3, hi=7) -> str:
        r = self.rng
        sents = [self.sentence(year) for _ in range(r.randint(lo, hi))]
        x = r.random()
        if x < 0.08:
            i = r.randrange(len(sents))
            sents[i] = f"**{sents[i]}**"
        elif x < 0.14:
            sents.append(f"Läs mer på https://www.lansstyrelsen.se/{self.slug}/.")
        elif x < 0.20:
            sents.append(f"Se också [den regionala utvecklingsstrategin]"
                         f"(https://www.example.se/{self.slug}/rus) för {self.name}.")
        elif x < 0.24:
            i = r.randrange(len(sents))
            w = r.choice(OBJECTS)
            sents[i] = sents[i].replace(w, f"*{w}*") if w in sents[i] else sents[i]
        return " ".join(sents)

    def bullets(self, year: int) -> str:
        r = self.rng
        items = []
        for _ in range(r.randint(3, 7)):
            s = f"{r.choice(VERBS_PRES)} {r.choice(OBJECTS)} {r.choice(ADVERBIALS)}"
            items.append("- " + self.fill(s, year).rstrip() + ",")
        items[-1] = items[-1][:-1] + "."
        return "\n".join(items)


# --------------------------------------------------------------------------------------
# One plan
# --------------------------------------------------------------------------------------

def plan(index: int, county, national, counties, themes) -> tuple[str, str]:
    """Returns (file name, Markdown) for plan number `index` (0-based)."""
    rng = random.Random(f"planpress-bench-plan-{index}")
    slug, cname, short, seat, _m = county
    local = counties[slug]
    w = Writer(rng, county)

    # Who takes part in this plan.
    locals_ = [local["lst"], local["region"]] + ([local["group"]] if "group" in local else [])
    munis = local["munis"]
    if munis:
        locals_ += rng.sample(munis, min(len(munis), rng.randint(3, 6)))
    weights = [o.weight for o in national]
    nationals: list[Org] = []
    while len(nationals) < rng.randint(7, 13):
        o = rng.choices(national, weights)[0]
        if o not in nationals:
            nationals.append(o)
    actors = locals_ + nationals

    def orgs_text(lo: int, hi: int) -> str:
        k = rng.randint(lo, hi)
        picked: list[Org] = []
        while len(picked) < k:
            o = rng.choice(actors) if rng.random() < .55 else rng.choice(nationals[:4])
            if o not in picked:
                picked.append(o)
        names = [o.mention(rng) for o in picked]
        if len(names) >= 2 and rng.random() < .3 and not any(
                re.search(r" och | samt |/|tillsammans med|i samarbete med", n)
                for n in names[-2:]):
            return ", ".join(names[:-2] + [f"{names[-2]} och {names[-1]}"])
        return ", ".join(names)

    # Front matter.
    kind = rng.choices(["handlingsplan", "strategi", "överenskommelse"], [6, 3, 2])[0]
    start = rng.randint(2008, 2025)
    length = rng.choices([0, 1, 2, 3, 4, 5], [2, 2, 5, 3, 2, 2])[0]
    end = start + length
    dash = "–" if rng.random() < .8 else "-"
    period = str(start) if length == 0 else f"{start}{dash}{end}"
    theme_phrase = rng.choice(["integration och etablering", "mottagande och etablering",
                               "ökad inflyttning och förbättrad integration",
                               "nyanländas etablering", "integration",
                               "samverkan kring nyanlända"])
    if kind == "handlingsplan":
        title = rng.choice([f"Handlingsplan för {theme_phrase}",
                            f"Handlingsplan {theme_phrase} {period}",
                            f"Regional handlingsplan för {theme_phrase} i {short}"])
    elif kind == "strategi":
        title = rng.choice([f"Regional strategi för {theme_phrase} {period}",
                            f"Strategi för {theme_phrase} i {cname}",
                            f"Integrationsstrategi {short}"])
    else:
        title = rng.choice([f"Överenskommelse om samverkan kring {theme_phrase}",
                            f"Regional överenskommelse för {theme_phrase} {period}",
                            f"Överenskommelse om {theme_phrase} i {cname}"])
    title = title[0].upper() + title[1:]
    publisher = rng.choices([local["lst"], local["region"]], [7, 3])[0].name
    fm = ["---", f"title: {yaml_scalar(title)}"]
    if rng.random() < .25:
        fm.append("subtitle: " + yaml_scalar(
            rng.choice(["Regional samverkan", f"Gemensamma prioriteringar i {cname}",
                        "Mottagande, etablering och delaktighet",
                        f"Samverkan för ett attraktivt {short}"])))
    fm += [f"kind: {kind}", f"publisher: {yaml_scalar(publisher)}", f"period: {period}"]
    adopted_year = start - rng.randint(0, 1)
    x = rng.random()
    if x < .4:
        fm.append(f"adopted: {adopted_year}-{rng.randint(1, 12):02d}")
    elif x < .8:
        fm.append(f"adopted: {adopted_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    elif x < .9:
        fm.append(f"adopted: {adopted_year}")
    if rng.random() < .75:
        fm.append(f'reference: "{rng.choice([851, 801, 101, 205])}-{rng.randint(100, 9999)}'
                  f'-{adopted_year % 100:02d}"')
    fm += ["summary: >-", "  " + w.sentence(start), "  " + w.sentence(start)]
    if rng.random() < .4:
        fm.append("colophon:")
        lines = [f"Tryck: {publisher}, {seat} {adopted_year}",
                 f"Rapport {adopted_year}:{rng.randint(1, 40)}",
                 "Denna plan går att få i alternativt format.",
                 f"Foto: {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                 f"ISSN: 1403-{rng.randint(1000, 9999)}"]
        for line in rng.sample(lines, rng.randint(1, 3)):
            fm.append("  - " + '"' + line + '"')
    fm += [f"county: {slug}", "---"]

    # Areas: data first, so the size can be trimmed before anything is written.
    # Size first: a plan of `target` bytes has room for about this many areas (an area with
    # one table of 8 rows is some 2.4 KB; front matter, glossary and signatories some 3.5 KB).
    target = int(rng.triangular(MIN_BYTES + 512, MAX_BYTES - 1024, 17 * 1024))
    room = max(3, min(6, int((0.8 * target - 3500) / 2400)))
    n_areas = rng.randint(3, room)
    area_label = rng.choice(AREA_LABELS)
    area_themes = [rng.choice(themes) for _ in range(n_areas)]
    used_titles: set[str] = set()
    areas = []
    for t in area_themes:
        extra = [th for th in rng.sample(themes, 2) if th != t][:rng.randint(0, 1)]
        if area_label == "Mål":
            atitle = f"År {end + rng.randint(1, 5)} har {GOAL_OUTCOMES.get(t, 'länets aktörer nått målen')} i {short}"
        else:
            pool = [x for x in AREA_TITLES.get(t, SUB_TITLES_GENERIC) if x not in used_titles]
            atitle = rng.choice(pool or SUB_TITLES_GENERIC)
        used_titles.add(atitle)
        subs = []
        for _ in range(rng.choices([1, 2, 3], [6, 3, 1])[0]):
            pool = [x for x in AREA_TITLES.get(t, []) + SUB_TITLES_GENERIC if x not in used_titles]
            stitle = rng.choice(pool)
            used_titles.add(stitle)
            rows = []
            when_col = rng.random() < .3
            for _ in range(rng.randint(8, 20)):
                objs = ACTIVITY_OBJECTS.get(rng.choice([t, t, rng.choice(themes)]),
                                            ACTIVITY_OBJECTS["samverkan"])
                act = f"{rng.choice(ACTIVITY_VERBS)} {rng.choice(objs)}{rng.choice(ACTIVITY_TAILS)}."
                resp = "" if rng.random() < .3 else orgs_text(1, 3)
                partners = "" if rng.random() < .25 else orgs_text(1, 4)
                when = ""
                if when_col:
                    when = rng.choice(WHEN).replace("{y}", str(start)).replace("{y1}", str(end))
                rows.append((act, resp, partners, when))
            subs.append({"label": rng.choice(SUB_LABELS), "title": stitle,
                         "ansvar": orgs_text(1, 2),
                         "goal": (rng.choice(GOAL_WORDS[:5]), w.goal(start))
                         if rng.random() < .6 else None,
                         "when_col": when_col, "rows": rows,
                         "prose": [w.paragraph(start, 2, 4)] if rng.random() < .5 else []})
        areas.append({
            "title": atitle, "themes": [t] + extra,
            "ansvar": orgs_text(1, 3) if rng.random() < .7 else None,
            "partners": orgs_text(2, 5) if rng.random() < .5 else None,
            "goals": [(g, w.goal(start)) for g in rng.sample(GOAL_WORDS, rng.randint(1, 2))],
            "prose": [w.paragraph(start, 2, 5)],
            "activity_list": [w.fill(f"{rng.choice(ACTIVITY_VERBS)} {rng.choice(ACTIVITY_OBJECTS.get(t, ACTIVITY_OBJECTS['samverkan']))}.", start)
                              for _ in range(rng.randint(3, 6))] if rng.random() < .15 else [],
            "subs": subs,
        })

    glossary = sorted(rng.sample(GLOSSARY, rng.randint(6, 20)), key=lambda g: g[0].lower())
    signatories = []
    for o in rng.sample(actors, min(len(actors), rng.randint(3, 12))):
        role = "" if rng.random() < .15 else rng.choice(ROLES.get(o.kind, DEFAULT_ROLES))
        signatories.append((f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", role,
                            o.name if rng.random() < .8 else o.mention(rng)))
    examples = []
    if rng.random() < .35:
        towns = [m.aliases[0] for m in munis] or [seat]
        for _ in range(rng.randint(2, 5)):
            examples.append((f"{rng.choice(EXAMPLE_PREFIXES)} {rng.choice(towns)}",
                             w.paragraph(start, 2, 5)))
        examples = sorted(dict(examples).items())
    references = []
    if rng.random() < .3:
        for _ in range(rng.randint(2, 6)):
            y = start - rng.randint(0, 4)
            references.append(rng.choice([
                f"{local['lst'].name} ({y}). *Regional utvecklingsstrategi för {cname}*.",
                f"Arbetsförmedlingen ({y}). *Arbetsmarknadsutsikterna för {short}*.",
                f"{local['region'].name} ({y}). *Kompetensförsörjning i {short}*. https://www.example.se/{slug}/{y}",
                f"Migrationsverket ({y}). *Verksamhets- och utgiftsprognos*.",
                f"SKR ({y}). *Nyanländas etablering – en kunskapsöversikt*.",
            ]))
        references = sorted(set(references))

    # Prose sections; filled up to the target size at the end.
    first_sections = ["Förord"] + rng.sample(PROSE_SECTIONS_FIRST, rng.randint(1, 3))
    late_sections = rng.sample(PROSE_SECTIONS_LATE, rng.randint(1, 2))
    prose = {s: [w.paragraph(start, 2, 4)] for s in first_sections + late_sections}
    if rng.random() < .5:
        prose[first_sections[-1]].append(w.bullets(start))
    foreword_close = (f"{seat}, {rng.choice(['januari', 'mars', 'maj', 'juni', 'oktober', 'november'])} {adopted_year}",
                      signatories[0][0] + (f", {signatories[0][1]}" if signatories[0][1] else ""))

    def render() -> str:
        out = ["\n".join(fm), ""]
        for s in first_sections:
            out += [f"## {s}", ""]
            for p in prose[s]:
                out += [p, ""]
            if s == "Förord":
                out += [foreword_close[0], "", foreword_close[1], ""]
        for a in areas:
            out += [f"## {area_label}: {a['title']}", ""]
            out += [("Teman: " if len(a["themes"]) > 1 and rng_flag(a) else "Tema: ")
                    + ", ".join(a["themes"]), ""]
            for p in a["prose"]:
                out += [p, ""]
            for g, s in a["goals"]:
                out += [f"{g}: {s}", ""]
            if a["ansvar"]:
                out += [f"Ansvar: {a['ansvar']}", ""]
            if a["partners"]:
                out += [f"Samverkansparter: {a['partners']}", ""]
            for sub in a["subs"]:
                head = f"{sub['label']}: {sub['title']}" if sub["label"] else sub["title"]
                out += [f"### {head}", "", f"Ansvar: {sub['ansvar']}", ""]
                if sub["goal"]:
                    out += [f"{sub['goal'][0]}: {sub['goal'][1]}", ""]
                for p in sub["prose"]:
                    out += [p, ""]
                if sub["when_col"]:
                    out += ["| Aktivitet | Ansvar | Samverkansparter | När |",
                            "| --- | --- | --- | --- |"]
                    out += [row(a_, r_, p_, w_) for a_, r_, p_, w_ in sub["rows"]]
                else:
                    out += ["| Aktivitet | Ansvar | Samverkansparter |", "| --- | --- | --- |"]
                    out += [row(a_, r_, p_) for a_, r_, p_, _ in sub["rows"]]
                out.append("")
            if a["activity_list"]:
                out += ["### Exempel på aktiviteter", ""]
                out += [f"- {x}" for x in a["activity_list"]]
                out.append("")
        for s in late_sections:
            out += [f"## {s}", ""]
            for p in prose[s]:
                out += [p, ""]
        if examples:
            out += ["## Exempel: Goda exempel" if len(examples) > 3 else "## Exempel", ""]
            for name, text in examples:
                out += [f"### {name}", "", text, ""]
        out += ["## Ordlista", "", "| Term | Förklaring |", "| --- | --- |"]
        out += [f"| {t} | {d} |" for t, d in glossary]
        out += ["", "## Undertecknare", "", "| Namn | Roll | Organisation |", "| --- | --- | --- |"]
        out += [row(n, r, o) for n, r, o in signatories]
        if references:
            out += ["", "## Referenser", ""]
            out += [f"- {x}" for x in references]
        return "\n".join(out) + "\n"

    def row(*cells: str) -> str:
        return "| " + " | ".join(cells).replace("|  |", "| |").replace("|  |", "| |") + " |"

    def rng_flag(a) -> bool:  # "Teman:" on some multi-theme areas, fixed per area
        return len(a["title"]) % 2 == 0

    def size() -> int:
        return len(render().encode("utf-8"))

    # Too big for the target (structure should be at most about 4/5 of a plan, the rest
    # prose): drop sub-areas (one per area stays), table rows (8 stay) or areas (3 stay).
    while size() > 0.8 * target:
        cuts = ([("sub", a) for a in areas if len(a["subs"]) > 1]
                + [("row", s) for a in areas for s in a["subs"] if len(s["rows"]) > 8]
                + [("prose", s["prose"]) for a in areas for s in a["subs"] if s["prose"]]
                + [("prose", a["activity_list"]) for a in areas if a["activity_list"]]
                + ([("prose", examples)] if examples else [])
                + ([("prose", references)] if references else []))
        if not cuts and len(areas) > 3:
            cuts = [("area", None)]
        if not cuts:
            break
        what, item = rng.choice(cuts)
        if what == "sub":
            item["subs"].pop()
        elif what == "prose":
            item.clear()
        elif what == "row":
            del item["rows"][rng.randrange(len(item["rows"]))]
        else:
            areas.pop()
    # Too small: more prose, spread over the prose sections and areas.
    homes = [prose[s] for s in first_sections[1:] + late_sections] + [a["prose"] for a in areas]
    i = 0
    while size() < target:
        homes[i % len(homes)].append(w.paragraph(start))
        i += 1
    while size() > MAX_BYTES:
        for h in homes:
            if len(h) > 1:
                h.pop()
                break
        else:
            break

    base, years = slugify(title), slugify(period)
    if not base.endswith(years):
        base += "-" + years
    file_name = f"{base}-{index + 1:05d}.md"
    return file_name, render()


def revision(earlier_name: str, earlier: str) -> tuple[str, str]:
    """A new version of a plan (docs/content-format.md, "Versioner"): the same text with
    `replaces:` the earlier file, its first area renamed, one activity row left out and one
    reworded, so that the comparison page has each kind of change to show."""
    lines = earlier.split("\n")
    at = lines.index(next(line for line in lines if line.startswith("county: ")))
    lines.insert(at, f"replaces: {earlier_name}")
    for k, line in enumerate(lines):
        if line.startswith("## ") and ":" in line:
            lines[k] = line + " och uppföljning"
            break
    rows = [k for k, line in enumerate(lines)
            if line.startswith("| ") and not line.startswith("| ---") and not line.startswith("| Aktivitet")
            and not line.startswith("| Term") and not line.startswith("| Namn")]
    if len(rows) > 3:
        lines[rows[3]] = "| Gemensamt " + lines[rows[3]][2:3].lower() + lines[rows[3]][3:]
        del lines[rows[1]]
    return earlier_name[:-3] + "-reviderad.md", "\n".join(lines)


def follow_up(plan_name: str, plan_text: str) -> tuple[str, str]:
    """A yearly follow-up report of a plan (docs/content-format.md, "Following up a plan"),
    dated in the plan's first year: the first three activities, which every generated plan
    has, each with a status and a comment."""
    front = dict(line.split(": ", 1) for line in plan_text.split("---")[1].strip().split("\n")
                 if ": " in line and not line.startswith(" "))
    year = front["period"][:4]
    rows = [("aktivitet-1", "Pågår", "Arbetet har börjat i flera kommuner."),
            ("aktivitet-2", "Genomförd", "Klart enligt planen."),
            ("aktivitet-3", "Försenad", "Skjuts upp ett år.")]
    text = (f"---\ndate: {year}\nreportedBy: {front['publisher']}\n---\n\n"
            "| Aktivitet | Status | Kommentar |\n| --- | --- | --- |\n"
            + "".join(f"| {a} | {s} | {c} |\n" for a, s, c in rows))
    return f"{plan_name[:-3]}.uppfoljning-{year}.md", text


# --------------------------------------------------------------------------------------

def fresh_content(out_dir: str, marker: str, script: str) -> str | None:
    """An empty OUT_DIR/content/, marked as written by `script`; None (with a message) when a
    content/ folder is there that no run of `script` wrote, which is never replaced."""
    content = os.path.join(out_dir, "content")
    if os.path.exists(content):
        if not os.path.exists(os.path.join(out_dir, marker)):
            print(f"{content} exists and was not written by {script}; refusing to replace it",
                  file=sys.stderr)
            return None
        shutil.rmtree(content)
    os.makedirs(content)
    with open(os.path.join(out_dir, marker), "w", encoding="utf-8") as f:
        f.write(f"written by bench/{script}; the folder content/ beside it is replaced on the next run\n")
    return content


def main(argv: list[str]) -> int:
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        print("usage: generate.py N OUT_DIR   (writes N plans to OUT_DIR/content/)",
              file=sys.stderr)
        return 2
    n, out_dir = int(argv[1]), argv[2]
    content = fresh_content(out_dir, MARKER, "generate.py")
    if content is None:
        return 1

    national, counties = build_pool()
    themes = theme_ids(REAL_THEMES)
    if not themes:
        print(f"no theme ids in {REAL_THEMES}", file=sys.stderr)
        return 1
    shutil.copyfile(SITE_TEMPLATE, os.path.join(content, "site.yml"))
    shutil.copyfile(REAL_THEMES, os.path.join(content, "themes.yml"))
    total = 0

    def write(path: str, text: str) -> None:
        nonlocal total
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        total += len(data)

    write(os.path.join(content, "organisations.yml"), organisations_yml(national, counties))
    for c in COUNTIES:
        slug, name, short = c[0], c[1], c[2]
        os.makedirs(os.path.join(content, slug))
        write(os.path.join(content, slug, "_index.md"),
              f"---\nname: {name}\nshortName: {short}\n---\n\n"
              f"Planer för integration och etablering i {name}.\n")
    plan_bytes, smallest, largest = 0, None, 0
    for i in range(n):
        county = COUNTIES[i % len(COUNTIES)]
        if i % REVISION_EVERY == REVISION_EVERY - 1 and i >= len(COUNTIES):
            name, text = revision(*plan(i - len(COUNTIES), county, national, counties, themes))
        else:
            name, text = plan(i, county, national, counties, themes)
        write(os.path.join(content, county[0], name), text)
        if i % FOLLOW_UP_EVERY == FOLLOW_UP_EVERY - 1:
            report_name, report = follow_up(name, text)
            write(os.path.join(content, county[0], report_name), report)
        b = len(text.encode("utf-8"))
        plan_bytes += b
        smallest = b if smallest is None else min(smallest, b)
        largest = max(largest, b)
    print(f"{n} plans in {len(COUNTIES)} counties: {plan_bytes} bytes of plans "
          f"({plan_bytes / 1048576:.1f} MiB, {smallest}–{largest} bytes each), "
          f"{total} bytes in all, in {content}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
