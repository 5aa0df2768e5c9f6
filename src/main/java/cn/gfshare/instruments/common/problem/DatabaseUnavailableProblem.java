package cn.gfshare.instruments.common.problem;

import java.util.Map;

/**
 * 503: the database cannot be reached. Whether an interrupted write took effect is unknown to the
 * service too; retrying with the same Idempotency-Key is safe.
 */
public class DatabaseUnavailableProblem extends DomainProblem {
  public DatabaseUnavailableProblem(long retryAfterSeconds) {
    super(
        "database-unavailable",
        "Database unavailable",
        503,
        "The service cannot reach its database; retry after " + retryAfterSeconds + " s",
        Map.of("retryAfterSeconds", retryAfterSeconds),
        Map.of("Retry-After", retryAfterSeconds));
  }
}
