extension JSONFormat {
    /// A JSON Schema (draft 2020-12) of one plan's JSON, published at `data/plan.schema.json`.
    /// The root describes one plan (`<plan>.json`, and each item of `data/planer.json`);
    /// `#/$defs/planList` describes `data/planer.json` as a whole. Written by hand after
    /// `Sources/PlanModel`; a test checks every plan's JSON against it.
    public static let schema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Plan",
      "description": "En regional plan för integration och etablering, med sitt län, så som PlanPress läser den ur källtexten.",
      "$ref": "#/$defs/planDocument",
      "$defs": {
        "planList": {
          "description": "data/planer.json: alla planer, ordnade efter län och plan.",
          "type": "array",
          "items": { "$ref": "#/$defs/planDocument" }
        },
        "planDocument": {
          "type": "object",
          "properties": {
            "$schema": { "type": "string", "description": "Var schemat finns, relativt till filen." },
            "county": { "$ref": "#/$defs/county" },
            "slug": { "$ref": "#/$defs/slug", "description": "Filnamnet utan .md; används i adressen." },
            "countySlug": { "$ref": "#/$defs/slug", "description": "Länets mappnamn." },
            "title": { "type": "string", "minLength": 1 },
            "titleEnglish": { "type": "string", "description": "Titeln på engelska (titleEnglish: i front matter)." },
            "subtitle": { "type": "string" },
            "kind": { "enum": ["handlingsplan", "strategi", "överenskommelse"] },
            "publisher": { "type": "string", "minLength": 1 },
            "period": { "$ref": "#/$defs/period" },
            "adopted": { "$ref": "#/$defs/partialDate", "description": "När planen antogs eller undertecknades." },
            "reference": { "type": "string", "description": "Diarienummer." },
            "summary": { "type": "string" },
            "isDraft": { "type": "boolean" },
            "colophon": { "type": "array", "items": { "type": "string" }, "description": "Rader från omslag eller tryckuppgifter, som de står." },
            "language": { "type": "string", "minLength": 2, "description": "BCP 47-språkkod för planens text." },
            "preamble": { "type": "array", "items": { "$ref": "#/$defs/contentBlock" }, "description": "Text före första rubriken." },
            "sections": { "type": "array", "items": { "$ref": "#/$defs/section" } },
            "sourceFile": { "type": "string", "description": "Källfilen, relativt till mappen content/." },
            "implements": { "$ref": "#/$defs/planLink", "description": "Strategin som planen genomför (implements: i front matter)." },
            "planLinks": { "type": "array", "items": { "$ref": "#/$defs/planLink" }, "description": "Länkar i texten till andra planer, i dokumentordning." },
            "replaces": { "$ref": "#/$defs/planLink", "description": "Den tidigare version av planen som den här ersätter (replaces: i front matter), i samma län." },
            "versions": {
              "type": "array", "items": { "$ref": "#/$defs/planVersion" }, "minItems": 2,
              "description": "Alla versioner av planen, den äldsta först och den gällande sist; bara när planen har fler än en version."
            },
            "versionsPage": { "type": "string", "description": "Sidan Versioner och ändringar, som jämför versionerna, relativt till filen." },
            "followUps": { "type": "array", "items": { "$ref": "#/$defs/followUp" }, "description": "Planens uppföljningar, den tidigaste först." },
            "activities": {
              "type": "array", "items": { "$ref": "#/$defs/resolvedActivity" },
              "description": "Varje aktivitet i dokumentordning, med det den får från sina områden: samma uppgifter som plansidan och de andra formaten visar."
            }
          },
          "required": ["county", "slug", "countySlug", "title", "kind", "publisher", "period", "isDraft",
                       "colophon", "language", "preamble", "sections", "sourceFile", "planLinks"],
          "additionalProperties": false
        },
        "slug": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
        "planVersion": {
          "description": "En version av planen.",
          "type": "object",
          "properties": {
            "countySlug": { "$ref": "#/$defs/slug" },
            "planSlug": { "$ref": "#/$defs/slug" },
            "title": { "type": "string" },
            "date": { "type": "string", "description": "När versionen antogs (2025-03), annars dess period (2024–2026)." },
            "current": { "type": "boolean", "description": "Den gällande (nyaste) versionen." },
            "this": { "type": "boolean", "description": "Versionen som filen beskriver." },
            "json": { "type": "string", "description": "Versionens JSON-fil, relativt till den här filen." }
          },
          "required": ["countySlug", "planSlug", "title", "date", "current", "this", "json"],
          "additionalProperties": false
        },
        "planLink": {
          "description": "En länk till en annan plan: dess län och filnamn, och ankaret om länken går till en del av planen.",
          "type": "object",
          "properties": {
            "countySlug": { "type": "string" },
            "planSlug": { "type": "string" },
            "anchor": { "type": "string" },
            "destination": { "type": "string", "description": "Länkmålet som det står i källan." },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["countySlug", "planSlug", "destination", "location"],
          "additionalProperties": false
        },
        "county": {
          "type": "object",
          "properties": {
            "slug": { "$ref": "#/$defs/slug" },
            "name": { "type": "string", "description": "Västernorrlands län" },
            "shortName": { "type": "string", "description": "Västernorrland" },
            "descriptionHTML": { "type": "string" },
            "descriptionText": { "type": "string" },
            "email": { "type": "string", "description": "Länets egen e-postadress för beställningar av andra format." },
            "spatial": { "type": "string", "description": "IRI för länets område i DCAT-AP-SE-katalogen." },
            "language": { "type": "string", "minLength": 2, "description": "Länssidans språk (BCP 47), annars webbplatsens." }
          },
          "required": ["slug", "name", "shortName", "descriptionHTML", "descriptionText"],
          "additionalProperties": false
        },
        "period": {
          "description": "Åren planen gäller, första och sista inräknade.",
          "type": "object",
          "properties": {
            "first": { "type": "integer" },
            "last": { "type": "integer" }
          },
          "required": ["first", "last"],
          "additionalProperties": false
        },
        "partialDate": {
          "description": "Ett datum så exakt som dokumentet anger det: år, månad eller dag.",
          "type": "object",
          "properties": {
            "year": { "type": "integer" },
            "month": { "type": "integer", "minimum": 1, "maximum": 12 },
            "day": { "type": "integer", "minimum": 1, "maximum": 31 }
          },
          "required": ["year"],
          "additionalProperties": false
        },
        "sourceLocation": {
          "description": "Fil, rad och kolumn i källtexten.",
          "type": "object",
          "properties": {
            "file": { "type": "string", "description": "Källfilen, relativt till mappen content/." },
            "line": { "type": "integer", "minimum": 1 },
            "column": { "type": "integer", "minimum": 1 }
          },
          "required": ["file", "line", "column"],
          "additionalProperties": false
        },
        "mentionList": {
          "description": "Organisationer som nämns på ett ställe, med texten som den står.",
          "type": "object",
          "properties": {
            "text": { "type": "string" },
            "mentions": { "type": "array", "items": { "$ref": "#/$defs/mention" } }
          },
          "required": ["text", "mentions"],
          "additionalProperties": false
        },
        "mention": {
          "type": "object",
          "properties": {
            "text": { "type": "string" },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["text", "location"],
          "additionalProperties": false
        },
        "section": {
          "description": "En rubrik och allt under den till nästa rubrik på samma eller högre nivå.",
          "type": "object",
          "properties": {
            "id": { "type": "string", "minLength": 1, "description": "Ankare på plansidan, unikt i planen." },
            "kind": { "enum": ["area", "prose", "glossary", "examples", "example", "signatories", "participants", "network", "references"] },
            "label": { "type": "string", "description": "Etiketten som dokumentet använder, till exempel Fokusområde." },
            "number": { "type": "string", "description": "Numret som dokumentet ger området, till exempel 1 i Målområde 1: Arbete." },
            "title": { "type": "string" },
            "headingHTML": { "type": "string" },
            "headingText": { "type": "string" },
            "level": { "type": "integer", "minimum": 1, "maximum": 6 },
            "location": { "$ref": "#/$defs/sourceLocation" },
            "themes": { "type": "array", "items": { "type": "string" }, "description": "Tema-id:n ur themes.yml." },
            "themesLocation": { "$ref": "#/$defs/sourceLocation" },
            "responsible": { "$ref": "#/$defs/mentionList", "description": "Områdets Ansvar:." },
            "partners": { "$ref": "#/$defs/mentionList", "description": "Områdets Samverkansparter:." },
            "when": { "type": "string" },
            "content": { "type": "array", "items": { "$ref": "#/$defs/contentBlock" } },
            "children": { "type": "array", "items": { "$ref": "#/$defs/section" } },
            "contentAfterChildren": { "type": "array", "items": { "$ref": "#/$defs/contentBlock" }, "description": "Det som står efter delområdena, som en lista under ### Aktiviteter." }
          },
          "required": ["id", "kind", "title", "headingHTML", "headingText", "level", "location", "themes", "content", "children"],
          "additionalProperties": false
        },
        "contentBlock": {
          "description": "Ett block av ett avsnitts innehåll, i dokumentets ordning.",
          "oneOf": [
            { "$ref": "#/$defs/proseBlock" },
            { "$ref": "#/$defs/objectiveBlock" },
            { "$ref": "#/$defs/activitiesBlock" },
            { "$ref": "#/$defs/glossaryBlock" },
            { "$ref": "#/$defs/signatoriesBlock" },
            { "$ref": "#/$defs/participantsBlock" },
            { "$ref": "#/$defs/referencesBlock" }
          ]
        },
        "proseBlock": {
          "type": "object",
          "properties": { "type": { "const": "prose" }, "value": { "$ref": "#/$defs/prose" } },
          "required": ["type", "value"], "additionalProperties": false
        },
        "objectiveBlock": {
          "type": "object",
          "properties": { "type": { "const": "objective" }, "value": { "$ref": "#/$defs/objective" } },
          "required": ["type", "value"], "additionalProperties": false
        },
        "activitiesBlock": {
          "type": "object",
          "properties": { "type": { "const": "activities" }, "value": { "$ref": "#/$defs/activityTable" } },
          "required": ["type", "value"], "additionalProperties": false
        },
        "glossaryBlock": {
          "type": "object",
          "properties": { "type": { "const": "glossary" }, "value": { "type": "array", "items": { "$ref": "#/$defs/glossaryEntry" } } },
          "required": ["type", "value"], "additionalProperties": false
        },
        "signatoriesBlock": {
          "type": "object",
          "properties": { "type": { "const": "signatories" }, "value": { "type": "array", "items": { "$ref": "#/$defs/signatory" } } },
          "required": ["type", "value"], "additionalProperties": false
        },
        "participantsBlock": {
          "type": "object",
          "properties": { "type": { "const": "participants" }, "value": { "type": "array", "items": { "$ref": "#/$defs/participant" } } },
          "required": ["type", "value"], "additionalProperties": false
        },
        "referencesBlock": {
          "type": "object",
          "properties": { "type": { "const": "references" }, "value": { "type": "array", "items": { "$ref": "#/$defs/reference" } } },
          "required": ["type", "value"], "additionalProperties": false
        },
        "prose": {
          "description": "Text som den står: stycke, lista, tabell, citat, kod eller linje.",
          "type": "object",
          "properties": {
            "shape": { "enum": ["paragraph", "list", "table", "quote", "code", "rule"] },
            "html": { "type": "string" },
            "textLines": { "type": "array", "items": { "type": "string" } },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["shape", "html", "textLines", "location"],
          "additionalProperties": false
        },
        "objective": {
          "description": "Mål, syfte eller vision (Mål:, Syfte:, Målbild RUS: …).",
          "type": "object",
          "properties": {
            "kind": { "enum": ["mål", "delmål", "målbild", "syfte", "vision", "individmål", "samverkansmål"] },
            "label": { "type": "string" },
            "text": { "type": "string" },
            "html": { "type": "string" },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["kind", "label", "text", "html", "location"],
          "additionalProperties": false
        },
        "activityTable": {
          "type": "object",
          "properties": {
            "columns": { "type": "array", "items": { "type": "string" }, "description": "Kolumnrubrikerna som de står." },
            "activities": { "type": "array", "items": { "$ref": "#/$defs/activity" } },
            "location": { "$ref": "#/$defs/sourceLocation" },
            "listHeading": { "type": "string", "description": "För en lista med aktiviteter: rubriken ovanför den (Exempel på aktiviteter). Aktiviteterna hör till området runt rubriken." }
          },
          "required": ["columns", "activities", "location"],
          "additionalProperties": false
        },
        "activity": {
          "type": "object",
          "properties": {
            "id": { "type": "string", "pattern": "^\\S+$", "description": "Ankare på plansidan: aktivitet-12." },
            "number": { "type": "integer", "minimum": 1, "description": "Löpnummer i planen, i dokumentordning." },
            "text": { "type": "string" },
            "html": { "type": "string" },
            "responsible": { "$ref": "#/$defs/mentionList", "description": "Aktivitetens eget ansvar; saknas det gäller områdets." },
            "partners": { "$ref": "#/$defs/mentionList" },
            "when": { "type": "string" },
            "otherFields": { "type": "array", "items": { "$ref": "#/$defs/field" } },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["id", "number", "text", "html", "otherFields", "location"],
          "additionalProperties": false
        },
        "resolvedActivity": {
          "description": "En aktivitet med ansvar, samverkansparter och tid: dess egna, annars närmaste överordnade avsnitts (Ansvar:, Samverkansparter:, När:).",
          "type": "object",
          "properties": {
            "id": { "type": "string", "pattern": "^\\S+$", "description": "Samma id som aktiviteten i sections." },
            "number": { "type": "integer", "minimum": 1 },
            "responsible": { "$ref": "#/$defs/activityFact" },
            "partners": { "$ref": "#/$defs/activityFact" },
            "when": { "$ref": "#/$defs/activityFact" },
            "themes": { "type": "array", "items": { "type": "string" }, "description": "Tema-id:n från närmaste avsnitt som har några." },
            "schedule": { "$ref": "#/$defs/schedule" },
            "status": { "$ref": "#/$defs/latestStatus" }
          },
          "required": ["id", "number", "themes"],
          "additionalProperties": false
        },
        "activityFact": {
          "type": "object",
          "properties": {
            "text": { "type": "string" },
            "inherited": { "type": "boolean", "description": "Texten är områdets, eftersom aktiviteten själv inte anger någon." }
          },
          "required": ["text", "inherited"],
          "additionalProperties": false
        },
        "field": {
          "description": "En kolumn som formatet inte känner till, med sin rubrik.",
          "type": "object",
          "properties": {
            "name": { "type": "string" },
            "text": { "type": "string" },
            "html": { "type": "string" }
          },
          "required": ["name", "text", "html"],
          "additionalProperties": false
        },
        "glossaryEntry": {
          "type": "object",
          "properties": {
            "term": { "type": "string" },
            "definition": { "type": "string" },
            "definitionHTML": { "type": "string" },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["term", "definition", "definitionHTML", "location"],
          "additionalProperties": false
        },
        "signatory": {
          "type": "object",
          "properties": {
            "name": { "type": "string" },
            "role": { "type": "string" },
            "organisation": { "type": "string" },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["name", "location"],
          "additionalProperties": false
        },
        "participant": {
          "type": "object",
          "properties": {
            "name": { "type": "string" },
            "organisation": { "type": "string" },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["name", "location"],
          "additionalProperties": false
        },
        "reference": {
          "type": "object",
          "properties": {
            "text": { "type": "string" },
            "html": { "type": "string" },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["text", "html", "location"],
          "additionalProperties": false
        },
    """# + followUpDefinitions
}
