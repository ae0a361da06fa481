-- Fragment (sql-files.ts): the product and region columns {{@1}}, {{@2}} in $products and $regions (comma lists or NULL).
{{inList($products, {{@1}})}}
    AND {{inList($regions, {{@2}})}}
