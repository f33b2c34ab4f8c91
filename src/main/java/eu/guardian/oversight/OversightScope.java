package eu.guardian.oversight;

import eu.guardian.platform.persistence.SqlFragment;

/**
 * What part of the country the dashboard's reader may count: a regional authority or inspectorate sees the figures
 * of its own regions, a national one all. The oversight capability knows no child table; {@code child.ChildAccess}
 * answers, as it decides every other list (docs/jurisdictions.md).
 */
public interface OversightScope {

    /** The reader's part of the children, as one condition on the child table aliased {@code alias}. */
    SqlFragment onChild(String alias);

    /** The reader's regions, as one condition on a column holding a region code (e.g. a guardian's region). */
    SqlFragment inRegions(String regionColumn);
}
