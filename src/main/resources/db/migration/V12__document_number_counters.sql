-- One document-number counter per type and fiscal year (2000-2099, the years a document may have), created
-- ahead of time. Without them, the first documents of a new year create the counter in a short transaction of
-- their own (DocumentNumbers): a second pooled connection while the first is held, and when as many people
-- as the pool has connections do that at once, every one of them waits for a connection that none returns.
-- Counters that already exist are kept as they are.
INSERT INTO document_sequence (prefix, fiscal_year, last_number)
SELECT p.prefix, 2000 + 10 * t.d + u.d, 0
FROM (SELECT 'YS' AS prefix UNION ALL SELECT 'XM' UNION ALL SELECT 'CG') p
CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) t
CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) u
WHERE NOT EXISTS (SELECT 1 FROM document_sequence s WHERE s.prefix = p.prefix AND s.fiscal_year = 2000 + 10 * t.d + u.d);
