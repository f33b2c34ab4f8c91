-- One mechanism for the names of places (docs/languages.md, "Places"): a region's names move from region_name (en, de,
-- fr) to place_name, keyed by the region's code as stored on children, centres and guardians, as centres' names are.
-- The registry's names win over a translation the demo data gave the same code.
INSERT INTO place_name (name, language_tag, translation)
    SELECT region_code, language, name FROM region_name
    ON DUPLICATE KEY UPDATE translation = VALUES(translation);

-- The demo's regions North and South (if this database has them, named so in English) in the eight languages added
-- by issue 15, before the English fallback below; an administrator's own names are kept.
INSERT IGNORE INTO place_name (name, language_tag, translation)
    SELECT names.name, names.tag, names.translation
    FROM (SELECT 'North' AS name, 'it' AS tag, 'Nord' AS translation UNION ALL SELECT 'North', 'es', 'Norte'
          UNION ALL SELECT 'North', 'nl', 'Noord' UNION ALL SELECT 'North', 'el', 'Βορράς'
          UNION ALL SELECT 'North', 'pl', 'Północ' UNION ALL SELECT 'North', 'sv', 'Norr'
          UNION ALL SELECT 'North', 'uk', 'Північ' UNION ALL SELECT 'North', 'ar', 'الشمال'
          UNION ALL SELECT 'South', 'it', 'Sud' UNION ALL SELECT 'South', 'es', 'Sur'
          UNION ALL SELECT 'South', 'nl', 'Zuid' UNION ALL SELECT 'South', 'el', 'Νότος'
          UNION ALL SELECT 'South', 'pl', 'Południe' UNION ALL SELECT 'South', 'sv', 'Söder'
          UNION ALL SELECT 'South', 'uk', 'Південь' UNION ALL SELECT 'South', 'ar', 'الجنوب') names
    JOIN region r ON r.code = names.name COLLATE utf8mb4_unicode_ci
    JOIN place_name en ON en.name = r.code AND en.language_tag = 'en' AND en.translation = r.code;

-- A region without a name in a language of the screens is named there as in English (the fallback pages used), so
-- that every region has all eleven; the administrator replaces them on the regions page.
INSERT IGNORE INTO place_name (name, language_tag, translation)
    SELECT en.name, languages.tag, en.translation
    FROM place_name en
    JOIN region r ON r.code = en.name
    CROSS JOIN (SELECT 'de' AS tag UNION ALL SELECT 'fr' UNION ALL SELECT 'it' UNION ALL SELECT 'es'
                UNION ALL SELECT 'nl' UNION ALL SELECT 'el' UNION ALL SELECT 'pl' UNION ALL SELECT 'sv'
                UNION ALL SELECT 'uk' UNION ALL SELECT 'ar') languages
    WHERE en.language_tag = 'en';

DROP TABLE region_name;
