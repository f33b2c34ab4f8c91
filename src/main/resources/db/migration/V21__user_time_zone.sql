-- Each user's time zone (docs/languages.md): every point in time is shown and typed in it, and stored in UTC.
-- Empty: the installation's time zone (the setting installation.time-zone) applies.
ALTER TABLE user_preference ADD COLUMN time_zone VARCHAR(64) NULL AFTER language_tag;
