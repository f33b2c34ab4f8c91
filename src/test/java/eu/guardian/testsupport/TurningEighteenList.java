package eu.guardian.testsupport;

import java.util.List;
import java.util.Map;

/** The authority's list of children turning 18 within the transition period (GET /api/turning-18), every page. */
public final class TurningEighteenList {

    private TurningEighteenList() {
    }

    public static boolean contains(String caseNumber) {
        long total = ((Number) Api.getAs("authority1", "/api/turning-18?size=1").json().get("total")).longValue();
        for (int page = 0; page * 200 < total; page++) {
            List<Map<String, Object>> items = Api.getAs("authority1", "/api/turning-18?size=200&page=" + page).items();
            if (items.stream().anyMatch(item -> caseNumber.equals(item.get("caseNumber")))) {
                return true;
            }
        }
        return false;
    }
}
