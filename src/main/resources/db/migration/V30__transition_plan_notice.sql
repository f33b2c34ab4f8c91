-- Transition plans falling due (docs/domain-rules.md#transition-to-adulthood): each child's plan is told once to its
-- guardian and responsible caseworker, even with several servers: the notice's row is inserted in the same
-- transaction as the notifications, and the key (child, 18th birthday by the age used) lets only one server insert.
-- A new age assessment that moves the 18th birthday makes a new plan due date, told again.
CREATE TABLE transition_plan_notice (
    child_id    BIGINT      NOT NULL,
    adult_on    DATE        NOT NULL,
    notified_at DATETIME(6) NOT NULL,
    PRIMARY KEY (child_id, adult_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
