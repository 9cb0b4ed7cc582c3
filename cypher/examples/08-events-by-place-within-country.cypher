// Events per place inside a country, following the place hierarchy (city IN region IN country)
// to any depth: where in the country things happen.
// Params: $countryId (e.g. 'place:ukraine').
MATCH (c:Entity {id: $countryId})<-[:IN*0..4]-(p:Place)<-[:AT]-(e:Event)
WITH p, count(DISTINCT e) AS events, min(e.dateStart) AS first, max(e.dateStart) AS last
RETURN p.name AS place, p.kind AS kind, events, first, last
ORDER BY events DESC, place
