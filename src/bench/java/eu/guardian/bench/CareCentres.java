package eu.guardian.bench;

import eu.guardian.child.PlacementKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The places of care children are placed in: the centres already in the database (the demo's 1..3) plus generated
 * ones from id 1000, six per region, so that each region has reception, specialised and supervised places.
 */
final class CareCentres {

    static final List<String> REGIONS = List.of("North", "South", "East", "West", "Central");

    record Centre(long id, String name, String region, PlacementKind kind) {
    }

    private static final List<PlacementKind> KINDS_PER_REGION = List.of(PlacementKind.RECEPTION_CENTRE,
            PlacementKind.RECEPTION_CENTRE, PlacementKind.SPECIALISED_CENTRE, PlacementKind.SPECIALISED_CENTRE,
            PlacementKind.SUPERVISED_HOUSING, PlacementKind.INSTITUTION);
    private static final List<String> PLACE_NAMES = List.of("Lindenhof", "Riverside", "Hillcrest", "Oakfield",
            "Seaview", "Meadowbrook", "Stonebridge", "Westgate", "Eastfield", "Northwood", "Southmoor", "Brookside",
            "Ashford", "Elmstead", "Fernhill", "Greenway", "Harbourside", "Ivybridge", "Juniper Court", "Kingsmead",
            "Larchwood", "Millbrook", "Newhaven", "Orchard House", "Pinecrest", "Queensgate", "Rosehill",
            "Sandford", "Thornbury", "Upton");

    private final List<Centre> centres = new ArrayList<>();

    /** Existing centres count as reception centres (what the demo's are). */
    static CareCentres existingAndGenerated(Connection connection) throws SQLException {
        CareCentres all = new CareCentres();
        ensureRegions(connection);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, region FROM care_centre WHERE id < ? ORDER BY id")) {
            query.setLong(1, GeneratedRange.FIRST_CENTRE_ID);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    all.centres.add(new Centre(result.getLong(1), result.getString(2), result.getString(3),
                            PlacementKind.RECEPTION_CENTRE));
                }
            }
        }
        long id = GeneratedRange.FIRST_CENTRE_ID;
        int place = 0;
        for (String region : REGIONS) {
            for (PlacementKind kind : KINDS_PER_REGION) {
                all.centres.add(new Centre(id++, describe(kind) + " " + PLACE_NAMES.get(place++) + " (generated)",
                        region, kind));
            }
        }
        return all;
    }

    /** Regions are reference data (V19; names in place_name since V29): the generated ones, named by their code. */
    private static void ensureRegions(Connection connection) throws SQLException {
        try (PreparedStatement region = connection.prepareStatement(
                "INSERT IGNORE INTO region (code, active, version) VALUES (?, TRUE, 0)");
                PreparedStatement name = connection.prepareStatement(
                        "INSERT IGNORE INTO place_name (name, language_tag, translation) VALUES (?, ?, ?)")) {
            for (String code : REGIONS) {
                region.setString(1, code);
                region.executeUpdate();
                for (String language : List.of("en", "de", "fr", "it", "es", "nl", "el", "pl", "sv", "uk", "ar")) {
                    name.setString(1, code);
                    name.setString(2, language);
                    name.setString(3, code);
                    name.executeUpdate();
                }
            }
        }
    }

    void writeGenerated(GeneratedTables tables) throws SQLException {
        for (Centre centre : centres) {
            if (centre.id() >= GeneratedRange.FIRST_CENTRE_ID) {
                tables.careCentre.add(centre.id(), centre.name(), centre.region());
            }
        }
    }

    /** A centre of that kind, preferably in the region. */
    Centre pick(PlacementKind kind, String region, RandomGenerator random) {
        List<Centre> ofKind = centres.stream().filter(c -> c.kind() == kind).toList();
        List<Centre> inRegion = ofKind.stream().filter(c -> c.region().equals(region)).toList();
        List<Centre> candidates = inRegion.isEmpty() ? ofKind : inRegion;
        return candidates.get(random.nextInt(candidates.size()));
    }

    Centre any(RandomGenerator random) {
        return centres.get(random.nextInt(centres.size()));
    }

    private static String describe(PlacementKind kind) {
        return switch (kind) {
            case RECEPTION_CENTRE -> "Reception Centre";
            case SPECIALISED_CENTRE -> "Specialised Centre for Minors";
            case SUPERVISED_HOUSING -> "Supervised Housing";
            default -> "Children's Home";
        };
    }
}
