package eu.guardian.platform.reference;

/**
 * A care centre as an administrator types it (page or API): name, kind ({@link CareCentreKind}), region code,
 * municipality (optional) and whether it is still offered (when changed; new centres are).
 */
public record CareCentreInput(String name, String kind, String region, String municipality, Boolean active) {
}
