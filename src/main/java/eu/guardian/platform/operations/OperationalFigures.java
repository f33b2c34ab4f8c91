package eu.guardian.platform.operations;

/**
 * Figures a capability adds to {@code /metrics} (the audit trail's appends and checkpoint age, the guardian queue...).
 * Implementations are CDI beans; they are asked at each scrape, so each figure must be cheap (an indexed count, a
 * counter kept in memory).
 */
public interface OperationalFigures {

    void writeTo(MetricsText metrics);
}
