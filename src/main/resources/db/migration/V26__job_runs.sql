-- Scheduled jobs run on every server of a cluster; each run of a job is claimed here first, by inserting its
-- (job, slot) row: the unique key lets exactly one server win a slot (docs/cluster.md). The rows are also the
-- operators' record of runs and failures (/metrics), kept for 30 days.
CREATE TABLE job_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    job         VARCHAR(100) NOT NULL,
    slot        DATETIME(6)  NOT NULL,
    instance    VARCHAR(200) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NULL,
    outcome     VARCHAR(20)  NOT NULL,
    failure     VARCHAR(500) NULL,
    CONSTRAINT uq_job_run_slot UNIQUE (job, slot),
    INDEX ix_job_run_started (started_at),
    INDEX ix_job_run_outcome (outcome, job, finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
