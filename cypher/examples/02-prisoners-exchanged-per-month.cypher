// Prisoners exchanged per month, received by one side: the number of exchanges and the sum of
// Event.quantity (the event-level count; see 06 for the per-report figures). Only exchanges that
// occurred (planned ones are left out).
// Params: $recipientId (e.g. 'place:ukraine'), $from, $to ('YYYY-MM-DD').
MATCH (:Entity {id: $recipientId})<-[:INVOLVES {role: 'recipient'}]-(e:Event {type: 'PRISONER_EXCHANGE'})
WHERE e.status = 'occurred' AND e.dateStart >= date($from) AND e.dateStart <= date($to)
WITH date.truncate('month', e.dateStart) AS month, e
RETURN month, count(e) AS exchanges, sum(e.quantity) AS prisoners
ORDER BY month
