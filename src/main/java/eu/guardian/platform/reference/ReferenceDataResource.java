package eu.guardian.platform.reference;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /api/reference}: countries and languages with names in the caller's language (Accept-Language). */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ReferenceDataResource {

    public record CountryDto(String code, String alpha3, String name, boolean euMember) {
    }

    public record LanguageDto(String code, String iso6393, String name) {
    }

    @Inject
    ReferenceData referenceData;

    @GET
    @Path("countries")
    public List<CountryDto> countries(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale reader = readerOf(acceptLanguage);
        return referenceData.countries().stream()
                .map(c -> new CountryDto(c.getCode(), c.getAlpha3(), c.nameIn(reader), c.isEuMember())).toList();
    }

    @GET
    @Path("languages")
    public List<LanguageDto> languages(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale reader = readerOf(acceptLanguage);
        return referenceData.languages().stream()
                .map(l -> new LanguageDto(l.getCode(), l.getIso6393(), l.nameIn(reader))).toList();
    }

    static Locale readerOf(String acceptLanguage) {
        return Optional.ofNullable(acceptLanguage).filter(header -> !header.isBlank())
                .map(header -> Locale.LanguageRange.parse(header))
                .filter(ranges -> !ranges.isEmpty())
                .map(ranges -> Locale.forLanguageTag(ranges.get(0).getRange()))
                .orElse(Locale.ENGLISH);
    }
}
