package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.TestData;
import eu.guardian.testsupport.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/backup.sh and deploy/restore.sh as an operator runs them against the test stack: a restore into an empty
 * database finds every row and an intact audit chain, a point-in-time restore stops between two writes, people
 * removed from Keycloak come back with their roles, and a damaged archive is refused (docs/backup.md).
 * Each restore goes into a new database of its own beside the live one, so the other tests keep theirs.
 */
class BackupRestoreIT {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path backups;

    @Test
    void aRestoreIntoAnEmptyDatabaseFindsEveryRowAndAnIntactChain() throws Exception {
        String name = TestData.uniqueWord();
        registerChild(name);
        Path archive = backup();

        String database = emptyDatabaseName();
        Script restore = Script.run("deploy/restore.sh", archive.toString(), "--into", database, "--no-keycloak");

        assertEquals(0, restore.exitCode(), restore.output());
        assertTrue(restore.output().contains("the chain is intact"), restore.output());
        assertTrue(restore.output().contains("Restore complete"), restore.output());
        assertTrue(restore.output().matches("(?s).*audit_entry\\s+\\d+\\s+\\d+.*"), "row counts: " + restore.output());
        assertEquals(1, childrenNamed(database, name));
        assertEquals(rows("guardian", "SELECT COUNT(*) FROM audit_checkpoint"),
                rows(database, "SELECT COUNT(*) FROM audit_checkpoint"), "the oversight's checkpoints came along");

        Script again = Script.run("deploy/restore.sh", archive.toString(), "--into", database, "--no-keycloak");
        assertEquals(4, again.exitCode(), "never over a database in use: " + again.output());
    }

    @Test
    void aPointInTimeRestoreKeepsTheWriteBeforeTheTimeAndNotTheOneAfter() throws Exception {
        Path archive = backup();
        String before = TestData.uniqueWord();
        String after = TestData.uniqueWord();
        registerChild(before);
        // The binary log stamps events to the second: the chosen time lies on a second boundary between the writes.
        Instant until = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        sleepUntil(until.plusMillis(300));
        registerChild(after);

        String database = emptyDatabaseName();
        Script restore = Script.run("deploy/restore.sh", archive.toString(), "--into", database, "--no-keycloak",
                "--until", UNTIL.format(until));

        assertEquals(0, restore.exitCode(), restore.output());
        assertTrue(restore.output().contains("the chain is intact"), restore.output());
        assertEquals(1, childrenNamed(database, before), "written after the backup, before the time: replayed");
        assertEquals(0, childrenNamed(database, after), "written after the time: not restored");
    }

    @Test
    void peopleRemovedFromKeycloakComeBackWithTheirRolesAndMustSetANewPassword() throws Exception {
        String username = "restored-" + TestData.uniqueWord().toLowerCase();
        String userId = KeycloakAdmin.createUser(username, "caseworker", Map.of("regions", List.of("North")));
        Map<String, Object> before = KeycloakAdmin.user(userId);
        Path archive = backup();
        KeycloakAdmin.deleteUser(userId);

        Script restore = Script.run("deploy/restore.sh", archive.toString(), "--into", emptyDatabaseName());

        assertEquals(0, restore.exitCode(), restore.output());
        Map<String, Object> user = KeycloakAdmin.user(userId);
        assertEquals(username, user.get("username"), "the same account, by its id (Guardian links people by it)");
        assertEquals(before.get("email"), user.get("email"));
        assertEquals(before.get("attributes"), user.get("attributes"));
        assertTrue(((List<?>) user.get("requiredActions")).contains("UPDATE_PASSWORD"), user.toString());
        assertTrue(KeycloakAdmin.realmRoles(userId).contains("caseworker"));
        KeycloakAdmin.deleteUser(userId);
    }

    @Test
    void aChangedArchiveOrAWrongKeyIsRefusedAndNothingIsRestored() throws Exception {
        Path archive = backup();
        String database = emptyDatabaseName();

        Script wrongKey = Script.run(Map.of("GUARDIAN_BACKUP_KEY", "not-the-key"), "deploy/restore.sh",
                archive.toString(), "--into", database, "--no-keycloak");
        assertEquals(3, wrongKey.exitCode(), wrongKey.output());
        assertTrue(wrongKey.output().contains("could not be opened with this key"), wrongKey.output());

        Path damaged = Files.copy(archive, archive.resolveSibling("damaged.tar.enc"));
        Files.copy(Path.of(archive + ".sha256"), Path.of(damaged + ".sha256"));
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(damaged, bytes);
        Script changed = Script.run("deploy/restore.sh", damaged.toString(), "--into", database, "--no-keycloak");
        assertEquals(3, changed.exitCode(), changed.output());
        assertTrue(changed.output().contains("checksum of " + damaged + " does not match"), changed.output());

        Script genuine = Script.run("deploy/restore.sh", archive.toString(), "--into", database, "--no-keycloak");
        assertEquals(0, genuine.exitCode(), "the refusals left nothing in the database: " + genuine.output());
    }

    private Path backup() throws Exception {
        Script backup = Script.run("deploy/backup.sh", "--to", backups.toString());
        assertEquals(0, backup.exitCode(), backup.output());
        try (var files = Files.list(backups)) {
            return files.filter(file -> file.toString().endsWith(".tar.enc"))
                    .max((a, b) -> a.getFileName().compareTo(b.getFileName())).orElseThrow();
        }
    }

    private static void registerChild(String familyName) {
        Api.Reply reply = Api.postAs("caseworker1", "/api/children", TestData.child(familyName));
        assertEquals(201, reply.status(), reply.body());
    }

    private static String emptyDatabaseName() {
        return "restored_" + TestData.uniqueWord().toLowerCase();
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long wait = Instant.now().until(moment, ChronoUnit.MILLIS);
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static long childrenNamed(String database, String familyName) throws SQLException {
        try (Connection db = connect(database);
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM child WHERE family_name = ?")) {
            query.setString(1, familyName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long rows(String database, String sql) throws SQLException {
        try (Connection db = connect(database); ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** As the schema owner, whom the development restore lets read the restored database. */
    private static Connection connect(String database) throws SQLException {
        GuardianStack stack = GuardianStack.shared();
        String url = stack.databaseUrl().replace("/guardian?", "/" + database + "?");
        return DriverManager.getConnection(url, stack.databaseOwner(), stack.databaseOwnerPassword());
    }

    /** A deploy/ command run by the operator of the test stack's machine. */
    private record Script(int exitCode, String output) {

        static Script run(String... command) throws Exception {
            return run(Map.of(), command);
        }

        static Script run(Map<String, String> extra, String... command) throws Exception {
            GuardianStack stack = GuardianStack.shared();
            List<String> line = new ArrayList<>(List.of("bash"));
            line.addAll(List.of(command));
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.put("GUARDIAN_HOME", stack.auditKeysFolder().getParent().toString());
            environment.put("DB_PORT", Integer.toString(URI.create(stack.databaseUrl().substring(5)).getPort()));
            environment.put("KEYCLOAK_URL", stack.keycloakIssuer().toString().replaceAll("/realms/.*", ""));
            environment.put("KEYCLOAK_ADMIN_USER", "admin");
            environment.put("KEYCLOAK_ADMIN_PASSWORD", stack.keycloakAdminPassword());
            environment.putAll(extra);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), output);
            return new Script(process.exitValue(), output);
        }
    }

    /** Keycloak's Admin REST API as the master realm's administrator, for the accounts this test makes. */
    private static final class KeycloakAdmin {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        static String createUser(String username, String role, Map<String, List<String>> attributes) throws Exception {
            HttpResponse<String> created = send("POST", "/users", Map.of("username", username, "enabled", true,
                    "email", username + "@example.org", "attributes", attributes));
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> roleFound = send("GET", "/roles/" + role, null);
            assertEquals(200, roleFound.statusCode(), roleFound.body());
            HttpResponse<String> mapped = HTTP.send(request("/users/" + id + "/role-mappings/realm")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + roleFound.body() + "]")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, mapped.statusCode(), mapped.body());
            return id;
        }

        static void deleteUser(String id) throws Exception {
            send("DELETE", "/users/" + id, null);
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> user(String id) throws Exception {
            HttpResponse<String> user = send("GET", "/users/" + id, null);
            assertEquals(200, user.statusCode(), "restored: " + user.body());
            return new HashMap<>(new org.openqa.selenium.json.Json().toType(user.body(), Map.class));
        }

        @SuppressWarnings("unchecked")
        static List<String> realmRoles(String id) throws Exception {
            List<Map<String, Object>> roles = new org.openqa.selenium.json.Json().toType(
                    send("GET", "/users/" + id + "/role-mappings/realm", null).body(), List.class);
            return roles.stream().map(role -> (String) role.get("name")).toList();
        }

        private static HttpResponse<String> send(String method, String path, Object body)
                throws IOException, InterruptedException {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(new org.openqa.selenium.json.Json().toJson(body));
            return HTTP.send(request(path).method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static HttpRequest.Builder request(String path) {
            GuardianStack stack = GuardianStack.shared();
            String realm = stack.keycloakIssuer().toString().replace("/realms/", "/admin/realms/");
            return HttpRequest.newBuilder(URI.create(realm + path))
                    .header("Authorization", "Bearer " + Tokens.tokenFromAnotherRealm(stack.keycloakAdminPassword()))
                    .header("Content-Type", "application/json");
        }
    }
}
