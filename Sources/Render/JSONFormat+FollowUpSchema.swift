extension JSONFormat {
    /// The schema's definitions for follow-ups and structured times, and its end.
    static let followUpDefinitions = #"""
        "activityStatus": {
          "description": "ej-paborjad (Ej påbörjad), pagar (Pågår), genomford (Genomförd), forsenad (Försenad), avbruten (Avbruten), ersatt (Ersatt).",
          "enum": ["ej-paborjad", "pagar", "genomford", "forsenad", "avbruten", "ersatt"]
        },
        "followUp": {
          "description": "En uppföljning av planen: en fil bredvid planen (<plan>.uppfoljning-2025.md).",
          "type": "object",
          "properties": {
            "slug": { "$ref": "#/$defs/slug", "description": "Filnamnet efter planens namn: uppfoljning-2025." },
            "date": { "$ref": "#/$defs/partialDate" },
            "reportedBy": { "type": "string", "minLength": 1 },
            "isFinal": { "type": "boolean", "description": "Planperiodens slutliga uppföljning." },
            "entries": { "type": "array", "items": { "$ref": "#/$defs/followUpEntry" } },
            "sourceFile": { "type": "string", "description": "Källfilen, relativt till mappen content/." }
          },
          "required": ["slug", "date", "reportedBy", "isFinal", "entries", "sourceFile"],
          "additionalProperties": false
        },
        "followUpEntry": {
          "type": "object",
          "properties": {
            "activityId": { "type": "string", "description": "Aktivitetens id i planen: aktivitet-12." },
            "status": { "$ref": "#/$defs/activityStatus" },
            "replacedBy": { "type": "string", "description": "Id för aktiviteten som ersätter den (status ersatt)." },
            "comment": { "type": "string" },
            "indicator": { "type": "string", "description": "Indikatorns värde som det står." },
            "location": { "$ref": "#/$defs/sourceLocation" }
          },
          "required": ["activityId", "status", "comment", "location"],
          "additionalProperties": false
        },
        "latestStatus": {
          "description": "Aktivitetens status i den senaste uppföljning som nämner den.",
          "type": "object",
          "properties": {
            "status": { "$ref": "#/$defs/activityStatus" },
            "replacedBy": { "type": "string" },
            "comment": { "type": "string" },
            "indicator": { "type": "string" },
            "date": { "type": "string", "description": "Uppföljningens datum: 2025, 2025-12 eller 2025-12-08." },
            "followUp": { "type": "string", "description": "Uppföljningens slug." }
          },
          "required": ["status", "comment", "date", "followUp"],
          "additionalProperties": false
        },
        "schedule": {
          "description": "När läst som en period, när det går: år (first–last), en del av ett år (part: q1–q4, h1, h2, var, sommar, host, vinter) eller återkommande (recurring: lopande, arligen). Texten som den står finns i when.",
          "type": "object",
          "properties": {
            "first": { "type": "integer" },
            "last": { "type": "integer" },
            "part": { "enum": ["q1", "q2", "q3", "q4", "h1", "h2", "var", "sommar", "host", "vinter"] },
            "recurring": { "enum": ["lopande", "arligen"] }
          },
          "additionalProperties": false
        }
      }
    }

    """#
}
