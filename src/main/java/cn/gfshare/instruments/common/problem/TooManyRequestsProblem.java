package cn.gfshare.instruments.common.problem;

import java.util.Map;

/** 429: the caller exceeded its request budget. */
public class TooManyRequestsProblem extends DomainProblem {
  public TooManyRequestsProblem(long retryAfterSeconds) {
    super(
        "too-many-requests",
        "Too many requests",
        429,
        "Request budget exhausted; retry after " + retryAfterSeconds + " s",
        Map.of("retryAfterSeconds", retryAfterSeconds),
        Map.of("Retry-After", retryAfterSeconds));
  }
}
