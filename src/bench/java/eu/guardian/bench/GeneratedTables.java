package eu.guardian.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Issue 3's tables: care centres and guardians first, then children and what hangs off them, guardianships last. */
final class GeneratedTables extends InsertBatches {

    final BatchInsert careCentre;
    final BatchInsert guardian;
    final BatchInsert guardianLanguage;
    final BatchInsert guardianTraining;
    final BatchInsert guardianConflict;
    final BatchInsert child;
    final BatchInsert childNameToken;
    final BatchInsert childAlias;
    final BatchInsert childCitizenship;
    final BatchInsert childLanguage;
    final BatchInsert ageAssessment;
    final BatchInsert legalStatus;
    final BatchInsert placement;
    final BatchInsert guardianship;
    private final List<BatchInsert> inForeignKeyOrder;

    GeneratedTables(Connection connection) throws SQLException {
        careCentre = new BatchInsert(connection, "care_centre", "id", "name", "region");
        guardian = new BatchInsert(connection, "guardian", "id", "kind", "name", "acting_person", "email", "phone",
                "region", "username", "caseload_cap", "current_load", "active", "record_check_on",
                "record_check_valid_until", "version");
        guardianLanguage = new BatchInsert(connection, "guardian_language", "guardian_id", "language_code");
        guardianTraining = new BatchInsert(connection, "guardian_training", "id", "guardian_id", "course",
                "completed_on", "valid_until");
        guardianConflict = new BatchInsert(connection, "guardian_conflict", "guardian_id", "centre_id", "description");
        child = new BatchInsert(connection, "child", "id", "case_number", "given_names", "family_name", "sex",
                "birth_date", "birth_date_precision", "nationality_kind", "nationality_code", "preferred_language",
                "identified_on", "identified_place", "application_made_on", "region", "interim_due_on",
                "guardian_due_on", "awaiting_guardian", "status", "closure_reason", "closed_on", "current_centre_id",
                "registered_at", "registered_by", "version");
        childNameToken = new BatchInsert(connection, "child_name_token", "token", "child_id");
        childAlias = new BatchInsert(connection, "child_alias", "child_id", "alias");
        childCitizenship = new BatchInsert(connection, "child_citizenship", "child_id", "country_code");
        childLanguage = new BatchInsert(connection, "child_language", "child_id", "language_code");
        ageAssessment = new BatchInsert(connection, "age_assessment", "id", "child_id", "method", "assessed_on",
                "minimum_age", "maximum_age", "notes", "recorded_at", "recorded_by");
        legalStatus = new BatchInsert(connection, "legal_status", "id", "child_id", "kind", "valid_from", "valid_to");
        placement = new BatchInsert(connection, "placement", "id", "child_id", "kind", "centre_id", "place",
                "started_on", "ended_on", "region");
        guardianship = new BatchInsert(connection, "guardianship", "id", "child_id", "guardian_id", "kind",
                "decision_reference", "appointed_on", "child_informed_on", "first_meeting_due",
                "override_justification", "overridden_rules", "ended_on", "end_reason", "end_note", "appointed_at",
                "appointed_by", "version");
        inForeignKeyOrder = List.of(careCentre, guardian, guardianLanguage, guardianTraining, guardianConflict, child,
                childNameToken, childAlias, childCitizenship, childLanguage, ageAssessment, legalStatus, placement,
                guardianship);
    }

    @Override
    List<BatchInsert> all() {
        return inForeignKeyOrder;
    }
}
