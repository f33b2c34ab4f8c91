-- The tests' shift of Guardian's clock (docs/build.md, "Moving the clock in tests"). Read only when the configuration
-- value guardian.test.clock-control is true, which only the test stack sets; production never reads it.
CREATE TABLE test_clock (
    id             INT    NOT NULL,
    offset_seconds BIGINT NOT NULL COMMENT 'how far the tests moved now; 0 = real time',
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
