// Fragment: the events `e` with the given ids (unknown ids match nothing). Completed by
// read/events/summary-of-e. Params: $ids (list of Event.id).
UNWIND $ids AS id
MATCH (e:Event {id: id})
