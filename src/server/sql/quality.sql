-- quality (催收质检): per month (UTC month of the call) × team × collector × QA method × rule, the collector's calls
-- (phone attempts with an agent), the calls the method checked, the checked calls violating the rule (rule 'any': at
-- least one red-line rule) and, on the 'any' rows, the sum of the checks' scores. Every collector-month with calls gets
-- both methods ('ai', 'manual') with their 'any' rows, zeros included; a rule gets a row only where the method found it
-- violated (its calls and checked those of the 'any' row). $teams/$regions: comma lists or NULL (the collector's team
-- and region). Quarters and years ($interval) sum their months' rows.
WITH calls AS (
  SELECT a.attempt_id AS attempt_id, a.agent_id AS agent_id,
         {{trunc($interval::VARCHAR, {{trunc('month', {{utcTs({{epochUs(a.attempted_at)}})}})}})}} AS period
  FROM contact_attempts a
  JOIN agents g ON g.agent_id = a.agent_id
  WHERE a.channel = 'phone'
    AND {{> attempt-months(a.attempted_at)}}
    AND {{inList($teams, g.team)}}
    AND {{inList($regions, g.region)}}
),
per_agent AS (
  SELECT c.period AS period, c.agent_id AS agent_id, count(*) AS calls
  FROM calls c
  GROUP BY 1, 2
),
{{> quality-checks}},
{{> quality-grid}}
{{> quality-select}}
