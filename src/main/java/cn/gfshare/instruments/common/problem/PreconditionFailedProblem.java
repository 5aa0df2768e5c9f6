package cn.gfshare.instruments.common.problem;

import java.util.Map;

/** 412: the caller's If-Match names a version that is no longer current. */
public class PreconditionFailedProblem extends DomainProblem {
  public PreconditionFailedProblem(String currentEtag) {
    super(
        "precondition-failed",
        "Precondition failed",
        412,
        "The resource changed since you read it; re-read it and retry with the new ETag",
        Map.of("currentEtag", currentEtag));
  }
}
