-- Fragment (sql-files.ts): date column {{@1}} within the months [$from, $to] (either NULL: open).
($from::DATE IS NULL OR {{@1}} >= $from::DATE)
    AND ($to::DATE IS NULL OR {{@1}} < {{nextMonth($to::DATE)}})
