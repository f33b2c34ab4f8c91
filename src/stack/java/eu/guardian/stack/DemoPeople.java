package eu.guardian.stack;

import java.util.List;

/**
 * The made-up people of the demo data ({@link DemoData}): names as written in official documents (Latin letters) with
 * the name in the child's own script as an alias, so that searching and display can be tried in Ge'ez, Arabic,
 * Cyrillic, Bengali and Georgian scripts. Any likeness to real people is chance.
 */
final class DemoPeople {

    record Child(String givenNames, String familyName, List<String> aliases, String sex, int age, int ageDays,
            String nationality, List<String> languages, String identifiedPlace, String region, String placementKind,
            String place) {
    }

    record Guardian(String kind, String name, String region, List<String> languages) {
    }

    private DemoPeople() {
    }

    private static Child child(String given, String family, String alias, String sex, int age, String nationality,
            String languages, String region, String placementKind) {
        return new Child(given, family, alias.isEmpty() ? List.of() : List.of(alias), sex, age, (age * 37) % 300,
                nationality, List.of(languages.split(",")), region.equals("North") ? "Central station" : "Harbour",
                region, placementKind, placementKind.equals("FOSTER_FAMILY") ? "Family Weber" : "Building A");
    }

    /**
     * In DemoData's order: 0-7 awaiting a guardian, 8-11 with an interim representative, 12-31 with a guardian (12-19
     * guardian1's, 20-25 guardian2's), 32-34 closed, 35-39 registered today at reception.
     */
    static final List<Child> CHILDREN = List.of(
            child("Amanuel", "Tesfay", "ኣማኑኤል ተስፋይ", "MALE", 16, "ER", "ti,ar", "North", "RECEPTION_CENTRE"),
            child("Ahmad", "Karimi", "احمد کریمی", "MALE", 15, "AF", "prs,fa", "North", "RECEPTION_CENTRE"),
            child("Olena", "Kovalenko", "Олена Коваленко", "FEMALE", 14, "UA", "uk,ru", "South",
                    "RECEPTION_CENTRE"),
            child("Ibrahima", "Diallo", "", "MALE", 16, "GN", "fr,ff", "South", "RECEPTION_CENTRE"),
            child("Mursal", "Noori", "مرسل نوری", "MALE", 13, "AF", "ps", "North", "SPECIALISED_CENTRE"),
            child("Selam", "Haile", "ሰላም ሃይለ", "FEMALE", 15, "ER", "ti", "North", "RECEPTION_CENTRE"),
            child("Rahim", "Uddin", "রহিম উদ্দিন", "MALE", 17, "BD", "bn,en", "South", "RECEPTION_CENTRE"),
            child("Nour", "Al-Huda", "نور الهدى", "FEMALE", 12, "IQ", "ar", "North", "FOSTER_FAMILY"),
            child("Abdi", "Warsame", "Cabdi Warsame", "MALE", 16, "SO", "so,ar", "South", "RECEPTION_CENTRE"),
            child("Fatoumata", "Camara", "", "FEMALE", 15, "GN", "fr", "South", "SPECIALISED_CENTRE"),
            child("Dmytro", "Shevchenko", "Дмитро Шевченко", "MALE", 13, "UA", "uk", "North", "FOSTER_FAMILY"),
            child("Kawa", "Ahmed", "کاوە ئەحمەد", "MALE", 16, "IQ", "ckb,ar", "North", "RECEPTION_CENTRE"),
            child("Yonas", "Gebremedhin", "ዮናስ ገብረመድህን", "MALE", 16, "ER", "ti", "North", "FOSTER_FAMILY"),
            child("Bilal", "Safi", "بلال صافی", "MALE", 15, "AF", "ps,prs", "North", "RECEPTION_CENTRE"),
            child("Hewan", "Berhane", "ሄዋን በርሃነ", "FEMALE", 14, "ET", "am,ti", "North", "FOSTER_FAMILY"),
            child("Omar", "Haddad", "عمر حداد", "MALE", 16, "SY", "ar", "North", "SUPERVISED_HOUSING"),
            child("Lina", "Khoury", "لينا خوري", "FEMALE", 13, "SY", "ar,en", "North", "FOSTER_FAMILY"),
            child("Zahra", "Hosseini", "زهرا حسینی", "FEMALE", 16, "AF", "prs", "North", "SPECIALISED_CENTRE"),
            child("Giorgi", "Beridze", "გიორგი ბერიძე", "MALE", 15, "GE", "ka,ru", "North", "RECEPTION_CENTRE"),
            child("Samir", "Benali", "سمير بن علي", "MALE", 16, "DZ", "ar,fr", "North", "SUPERVISED_HOUSING"),
            child("Hodan", "Farah", "Xoodan Faarax", "FEMALE", 15, "SO", "so", "South", "FOSTER_FAMILY"),
            child("Moussa", "Traoré", "", "MALE", 16, "ML", "fr,bm", "South", "RECEPTION_CENTRE"),
            child("Chidi", "Okeke", "", "MALE", 14, "NG", "en,ig", "South", "FOSTER_FAMILY"),
            child("Tigist", "Alemu", "ትዕግስት ኣለሙ", "FEMALE", 16, "ET", "am", "South", "SPECIALISED_CENTRE"),
            child("Mariam", "Idris", "مريم إدريس", "FEMALE", 13, "SD", "ar", "South", "FOSTER_FAMILY"),
            child("Aissatou", "Barry", "", "FEMALE", 16, "GN", "fr,ff", "South", "SUPERVISED_HOUSING"),
            child("Ali", "Rezai", "علی رضایی", "MALE", 17, "IR", "fa", "North", "SUPERVISED_HOUSING"),
            child("Sadia", "Akter", "সাদিয়া আক্তার", "FEMALE", 15, "BD", "bn", "South", "FOSTER_FAMILY"),
            child("Artem", "Bondarenko", "Артем Бондаренко", "MALE", 16, "UA", "uk,ru", "North",
                    "RECEPTION_CENTRE"),
            child("Dawit", "Mekonnen", "ዳዊት መኮንን", "MALE", 15, "ET", "am", "South", "RECEPTION_CENTRE"),
            child("Muhammad", "Rizwan", "محمد رضوان", "MALE", 17, "PK", "ur,en", "North", "SUPERVISED_HOUSING"),
            child("Berivan", "Hussein", "بێریڤان حسێن", "FEMALE", 14, "SY", "ckb,ar", "North", "FOSTER_FAMILY"),
            child("Ardit", "Hoxha", "", "MALE", 17, "AL", "sq", "South", "SUPERVISED_HOUSING"),
            child("Kiran", "Thapa", "किरण थापा", "FEMALE", 16, "NP", "ne,en", "North", "FOSTER_FAMILY"),
            child("Yusuf", "Al-Masri", "يوسف المصري", "MALE", 16, "EG", "ar", "South", "RECEPTION_CENTRE"),
            child("Mamadou", "Sow", "", "MALE", 15, "SN", "fr,wo", "North", "RECEPTION_CENTRE"),
            child("Blessing", "Adeyemi", "", "FEMALE", 16, "NG", "en,yo", "North", "RECEPTION_CENTRE"),
            child("Hamid", "Rahimi", "حمید رحیمی", "MALE", 14, "AF", "prs", "North", "RECEPTION_CENTRE"),
            child("Rohan", "Das", "", "MALE", 15, "UNKNOWN", "en", "North", "RECEPTION_CENTRE"),
            child("Leyla", "Mahmoud", "ليلى محمود", "FEMALE", 16, "STATELESS", "ar", "North", "RECEPTION_CENTRE"));

    static final List<Guardian> GUARDIANS = List.of(
            new Guardian("PROFESSIONAL", "Fatima Al-Sayed", "North", List.of("ar", "de", "en")),
            new Guardian("VOLUNTEER", "Jonas Becker", "North", List.of("de", "en")),
            new Guardian("PROFESSIONAL", "Marie Dubois", "South", List.of("fr", "de")),
            new Guardian("VOLUNTEER", "Ayaan Hussein", "South", List.of("so", "en", "de")),
            new Guardian("PROFESSIONAL", "Tesfaye Bekele", "North", List.of("am", "ti", "de")),
            new Guardian("PROFESSIONAL", "Elif Yılmaz", "South", List.of("tr", "ckb", "de")));

    static final List<String> INDICATORS = List.of("NO_ACCESS_TO_PARENTS", "INTIMIDATED_OR_ATYPICAL_BEHAVIOUR",
            "NO_FRIENDS_OF_OWN_AGE", "NO_ACCESS_TO_EDUCATION", "NO_TIME_TO_PLAY", "LIVES_APART_OR_SUBSTANDARD_HOUSING",
            "EATS_APART_FROM_FAMILY", "ONLY_LEFTOVERS", "WORK_UNSUITABLE_FOR_CHILDREN", "TRAVELS_WITHOUT_ADULTS",
            "TRAVELS_WITH_NON_RELATIVES", "CHILD_SIZED_WORK_CLOTHING", "ADULT_CLAIMS_FOUND_CHILD",
            "CARRIES_TAXI_NUMBERS", "SIGNS_OF_ILLEGAL_ADOPTION", "DOCUMENTS_HELD_BY_OTHERS", "MOVEMENT_CONTROLLED",
            "DEBT_BONDAGE");

    /** What the children said at visits (the child's own words are kept as said). */
    static final List<String> VIEWS = List.of(
            "I like the new school but I miss my brother.",
            "Football on Saturdays is the best part of the week.",
            "The food is strange, but the cook lets me help.",
            "I want to learn German faster so I can talk to my classmates.",
            "I sleep badly; I think about my mother a lot.",
            "أريد أن أبقى مع عائلتي الحاضنة.",
            "ትምህርቲ ይፈቱ እየ።");

    /** The minimum factors of an assessment (2013/33/EU art 23(2)): factor, findings, risk. */
    static final List<String[]> ASSESSMENT = List.of(
            new String[] {"CHILD_VIEWS", "Wants to stay with the foster family and go to school.", "LOW"},
            new String[] {"FAMILY", "Mother and two siblings in Asmara; phone contact every week.", "MEDIUM"},
            new String[] {"CARE_PROTECTION_SAFETY", "No trafficking indicators at screening.", "LOW"},
            new String[] {"DEVELOPMENT_WELLBEING", "Attends school, plays football, sleeps better.", "NONE"});
}
