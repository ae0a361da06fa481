-- Fragment (sql-files.ts): month column {{@1}} (a month's first day) in [$from, $to] (either NULL: open).
($from::DATE IS NULL OR {{@1}} >= $from::DATE)
    AND ($to::DATE IS NULL OR {{@1}} <= $to::DATE)
