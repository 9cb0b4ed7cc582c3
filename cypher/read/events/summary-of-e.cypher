// Fragment: the summary of each event `e` bound by the fragment before it (read/events/page-* or
// read/events/by-ids): participants with roles, place with coordinates, quantity, status, date
// granularity, and the number of reports and distinct sources. Rows come in no particular order:
// the caller sorts them (by date and id, or by the ids it asked for).
CALL (e) {
  OPTIONAL MATCH (e)-[r:INVOLVES]->(x:Entity)
  WITH r, x ORDER BY r.role, x.name
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {id: x.id, name: x.name, type: x.type, role: r.role} END) AS participants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:AT]->(p:Place)
  RETURN collect(p {.id, .name, .lat, .lon, .countryCode, .kind})[0] AS place
}
CALL (e) {
  OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
  RETURN count(a) AS reports, count(DISTINCT a.source) AS sources
}
// Dates go out as "YYYY-MM-DD" strings: what the API returns, and far cheaper for the driver to
// decode than date values (a page of 100 events carries 400 dates).
RETURN e {.id, .type, .cameo, dateStart: toString(e.dateStart), dateEnd: toString(e.dateEnd), .granularity,
          .dateSource, .quantity, .unit, .qualifier, .quantityMin, .quantityMax, .status,
          firstReported: toString(e.firstReported), lastReported: toString(e.lastReported)} AS event,
       participants, place, reports, sources
