CREATE RANGE INDEX event_type_date_start IF NOT EXISTS FOR (e:Event) ON (e.type, e.dateStart)
