CREATE RANGE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.dateStart)
