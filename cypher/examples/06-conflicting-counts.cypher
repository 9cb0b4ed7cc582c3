// Events reported with conflicting counts: the reports of one event disagree on the figure.
// Each claim keeps its source and claimant, so "Russia said 172, Ukraine 175" stands side by side.
// Params: none.
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WHERE r.quantity IS NOT NULL
WITH e, collect({source: a.source, claimant: r.claimant, quantity: r.quantity}) AS claims,
     min(r.quantity) AS low, max(r.quantity) AS high
WHERE low <> high
RETURN e.id AS id, e.type AS type, e.dateStart AS date, low, high, claims
ORDER BY date, id
