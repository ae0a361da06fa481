-- Fragment (sql-files.ts): an attempt `a`'s UTC month and its local time in the consumer's zone, with what
-- contact-hours counts: contact-hours.sql and the derived table contact_hour_cells.
{{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}} AS month,
         {{utcTs({{epochUs(a.attempted_at)}} + {{zoneOffsetUs(a.time_zone, {{epochUs(a.attempted_at)}})}})}} AS local_ts,
         a.channel, a.answered, a.right_party, a.promise_amount
