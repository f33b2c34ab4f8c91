package eu.guardian.testsupport;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.testsupport.Api.Reply;

/** A newly registered child with a demo guardian appointed (through the API); {@link #close} discharges the guardian. */
public record Ward(long childId, long guardianshipId) implements AutoCloseable {

    /** A new ward of the demo guardian with this login (guardian1, guardian2). */
    public static Ward of(String guardianUsername) {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        Reply appointed = Api.postAs("authority1", "/api/children/" + registered.id() + "/guardianships",
                appointment(guardianIdOf(guardianUsername)));
        assertEquals(201, appointed.status(), appointed.body());
        return new Ward(registered.id(), appointed.id());
    }

    /** Ends the guardianship, so the demo guardian's caseload does not grow run after run. */
    @Override
    public void close() {
        Api.postAs("authority1", "/api/guardianships/" + guardianshipId + "/discharge",
                discharge("GUARDIAN_UNAVAILABLE"));
    }
}
