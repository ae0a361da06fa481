-- Fragment (sql-files.ts): instant column {{@1}} within the UTC months [$from, $to] (either NULL: open).
($from::DATE IS NULL OR {{@1}} >= {{utc($from::DATE)}})
    AND ($to::DATE IS NULL OR {{@1}} < {{utc({{nextMonth($to::DATE)}})}})
