/// A JSON plan with every field set, shared by the decoder and encoder tests.
enum PlanJSONFixtures {
  static let everyField = """
    {
      "plancheck": 1,
      "id": "luton-cfe-2023",
      "title": "A Sharp Focus on Four Themes",
      "kind": "strategy",
      "organisation": "Luton Borough Council",
      "period": { "start": "2023-02-01", "end": "2024-03-31" },
      "asOf": "2023-10-31",
      "published": "2023-01-15",
      "inspection": { "type": "ILACS", "reportReceived": "2022-11-18", "nextInspection": "2025" },
      "statusScheme": "luton-2023",
      "dateOrder": "dmy",
      "columns": { "Owner": "lead" },
      "themes": [ { "ref": "1.1", "title": "Workforce" } ],
      "recommendations": [
        { "id": "1", "text": "Work with partners", "source": "Ofsted ILACS August 2018",
          "area": "Effective Partnership Working", "priority": true },
        { "id": "5" }
      ],
      "actions": [
        1️⃣{ "ref": "1.1.1.1", "title": "To review and evaluate", "objective": "A Workforce Strategy",
          "theme": "1.1", "measure": "Reduced staff turnover", "lead": 2️⃣"Business Partner - HR",
          "start": "2023-02-01", "end": "2023-10-21", "status": "Action complete",
          "milestones": [ { "text": "Review completed", "due": "2023-05-01", "done": true },
                          3️⃣{ "text": "Initial draft", "due": "3 months" } ],
          "recommendations": ["1", "5"], "links": ["Workforce Board Action Plan"],
          "progress": "Done", "updated": "2023-10-01", "evidence": "Strategy v2",
          "actualStart": "2023-02-03", "actualEnd": "2023-10-20", "baselineEnd": "2023-09-30",
          "dependsOn": ["1.1.1.2"],
          "waivers": [ { "rule": "missing-lead", "reason": "post being recruited",
                         "until": "2024-03-31" } ],
          "extra": { "Detailed action plan": "Workforce Board Action Plan", "Flag": true } },
        { "ref": 4️⃣3, "title": "Second \\"quoted\\" action ✓", "status": "Not started",
          "recommendations": "1, 5", "milestones": "Review complete" }
      ],
      "measures": [ { "ref": "M1", "title": "Turnover", "owner": "HR", "frequency": "Monthly",
                      "target": "95%", "due": "2024-03-31", "baseline": "80%", "latest": "88%",
                      "waivers": [ { "rule": "measure-without-target", "reason": "new" } ],
                      "extra": { "Source": "HR system" } } ],
      "waivers": [ { "rule": "ref-gap", "reason": "renumbered", "until": "2024-03-31" } ],
      "extra": { "Any key": "kept as text", "Count": 12 }
    }
    """
}
