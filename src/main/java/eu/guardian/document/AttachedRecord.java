package eu.guardian.document;

import java.io.Serializable;
import java.util.Objects;

/** The record documents are attached to: {@code (FILE, child id)}, {@code (VISIT, visit id)}, and so on. */
public record AttachedRecord(AttachedTo kind, long id) implements Serializable {

    public AttachedRecord {
        Objects.requireNonNull(kind);
    }

    public static AttachedRecord fileOf(long childId) {
        return new AttachedRecord(AttachedTo.FILE, childId);
    }
}
