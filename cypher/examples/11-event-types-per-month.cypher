// Event types per month: a pivot-ready count of events by month and type, for a date range.
// Index use: the Event.dateStart range index.
// Params: $from, $to ('YYYY-MM-DD').
MATCH (e:Event)
WHERE e.dateStart >= date($from) AND e.dateStart <= date($to)
RETURN date.truncate('month', e.dateStart) AS month, e.type AS type, count(*) AS events
ORDER BY month, type
