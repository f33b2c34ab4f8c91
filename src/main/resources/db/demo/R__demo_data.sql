-- Demonstration data, loaded only where GUARDIAN_DEMO_DATA=true (deploy/run.sh and the tests): the regions North and
-- South, care centres, the reception1 login's centre, and registry entries for the demo guardians guardian1 and
-- guardian2.
-- Re-run by Flyway whenever this file changes, so every statement must be idempotent.
INSERT IGNORE INTO region (code, active, version) VALUES ('North', TRUE, 0), ('South', TRUE, 0);

INSERT IGNORE INTO care_centre (id, name, region, kind, municipality, active, version) VALUES
    (1, 'Reception Centre North', 'North', 'RECEPTION_CENTRE', 'Northport', TRUE, 0),
    (2, 'Reception Centre South', 'South', 'RECEPTION_CENTRE', 'Southby', TRUE, 0),
    (3, 'Clearing House for Minors', 'North', 'SPECIALISED_CENTRE', 'Northport', TRUE, 0);

INSERT IGNORE INTO centre_staff (username, centre_id) VALUES ('reception1', 1);

INSERT IGNORE INTO guardian (id, kind, name, acting_person, email, phone, region, username, caseload_cap,
        current_load, active, record_check_on, record_check_valid_until, version) VALUES
    (1, 'PROFESSIONAL', 'Greta Hoffmann', NULL, 'guardian1@guardian.example', NULL, 'North', 'guardian1', NULL,
        0, TRUE, '2026-01-15', '2031-01-15', 1),
    (2, 'VOLUNTEER', 'Gabriel Okafor', NULL, 'guardian2@guardian.example', NULL, 'South', 'guardian2', NULL,
        0, TRUE, '2026-02-01', '2031-02-01', 1);
INSERT IGNORE INTO guardian_language (guardian_id, language_code) VALUES
    (1, 'de'), (1, 'en'), (1, 'ar'), (2, 'en'), (2, 'fr'), (2, 'ti');
INSERT IGNORE INTO guardian_training (id, guardian_id, course, completed_on, valid_until) VALUES
    (1, 1, 'Guardianship of unaccompanied children (basic)', '2026-03-01', '2029-03-01'),
    (2, 2, 'Guardianship of unaccompanied children (basic)', '2026-03-08', '2029-03-08');
-- Table-generated ids of these rows stay below the generators' next values.
UPDATE id_sequence SET seq_count = GREATEST(seq_count, 100) WHERE seq_name IN ('guardian', 'child_detail', 'centre');

-- The demo's regions (by code, in all eleven languages: the region registry's names, V29) and centres (stored in
-- English) in the users' languages (docs/languages.md, "Places").
INSERT INTO place_name (name, language_tag, translation) VALUES
    ('North', 'en', 'North'), ('South', 'en', 'South'),
    ('North', 'de', 'Nord'), ('North', 'fr', 'Nord'), ('North', 'it', 'Nord'), ('North', 'es', 'Norte'),
    ('North', 'nl', 'Noord'), ('North', 'el', 'Βορράς'), ('North', 'pl', 'Północ'), ('North', 'sv', 'Norr'),
    ('North', 'uk', 'Північ'), ('North', 'ar', 'الشمال'),
    ('South', 'de', 'Süd'), ('South', 'fr', 'Sud'), ('South', 'it', 'Sud'), ('South', 'es', 'Sur'),
    ('South', 'nl', 'Zuid'), ('South', 'el', 'Νότος'), ('South', 'pl', 'Południe'), ('South', 'sv', 'Söder'),
    ('South', 'uk', 'Південь'), ('South', 'ar', 'الجنوب'),
    ('Reception Centre North', 'de', 'Aufnahmezentrum Nord'), ('Reception Centre North', 'fr', 'Centre d''accueil Nord'),
    ('Reception Centre North', 'it', 'Centro di accoglienza Nord'),
    ('Reception Centre North', 'es', 'Centro de acogida Norte'), ('Reception Centre North', 'nl', 'Opvangcentrum Noord'),
    ('Reception Centre North', 'el', 'Κέντρο Υποδοχής Βορρά'),
    ('Reception Centre North', 'pl', 'Ośrodek recepcyjny Północ'),
    ('Reception Centre North', 'sv', 'Mottagningscentrum Norr'),
    ('Reception Centre North', 'uk', 'Приймальний центр «Північ»'),
    ('Reception Centre North', 'ar', 'مركز الاستقبال الشمالي'),
    ('Reception Centre South', 'de', 'Aufnahmezentrum Süd'), ('Reception Centre South', 'fr', 'Centre d''accueil Sud'),
    ('Reception Centre South', 'it', 'Centro di accoglienza Sud'),
    ('Reception Centre South', 'es', 'Centro de acogida Sur'), ('Reception Centre South', 'nl', 'Opvangcentrum Zuid'),
    ('Reception Centre South', 'el', 'Κέντρο Υποδοχής Νότου'),
    ('Reception Centre South', 'pl', 'Ośrodek recepcyjny Południe'),
    ('Reception Centre South', 'sv', 'Mottagningscentrum Söder'),
    ('Reception Centre South', 'uk', 'Приймальний центр «Південь»'),
    ('Reception Centre South', 'ar', 'مركز الاستقبال الجنوبي'),
    ('Clearing House for Minors', 'de', 'Clearingstelle für Minderjährige'),
    ('Clearing House for Minors', 'fr', 'Centre d''orientation pour mineurs'),
    ('Clearing House for Minors', 'it', 'Centro di primo orientamento per minori'),
    ('Clearing House for Minors', 'es', 'Centro de orientación para menores'),
    ('Clearing House for Minors', 'nl', 'Aanmeldcentrum voor minderjarigen'),
    ('Clearing House for Minors', 'el', 'Κέντρο Διαλογής Ανηλίκων'),
    ('Clearing House for Minors', 'pl', 'Punkt rozpoznania dla małoletnich'),
    ('Clearing House for Minors', 'sv', 'Utredningshem för minderåriga'),
    ('Clearing House for Minors', 'uk', 'Центр первинного розподілу для неповнолітніх'),
    ('Clearing House for Minors', 'ar', 'مركز فرز القاصرين')
ON DUPLICATE KEY UPDATE translation = VALUES(translation);
