-- The best-interests tables take their ids from id_sequence like every other table. Their AUTO_INCREMENT ids were read
-- back through getGeneratedKeys, which in Payara 6's EclipseLink leaves one JDBC statement open per insert on the
-- pooled connection (eclipse-ee4j/eclipselink#2366; found by issue 4's benchmark). The sequences continue after the
-- ids already given.
INSERT INTO id_sequence (seq_name, seq_count)
    SELECT 'bia', COALESCE(MAX(id), 0) FROM bia
    UNION ALL SELECT 'bia_event', COALESCE(MAX(id), 0) FROM bia_event
    UNION ALL SELECT 'bia_review', COALESCE(MAX(id), 0) FROM bia_review
    UNION ALL SELECT 'bid', COALESCE(MAX(id), 0) FROM bid
    UNION ALL SELECT 'bid_member', COALESCE(MAX(id), 0) FROM bid_member;
