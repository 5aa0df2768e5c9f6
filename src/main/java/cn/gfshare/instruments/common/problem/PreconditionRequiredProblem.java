package cn.gfshare.instruments.common.problem;

import java.util.Map;

/** 428: an update came without If-Match, so it could silently overwrite someone else's change. */
public class PreconditionRequiredProblem extends DomainProblem {
  public PreconditionRequiredProblem(String currentEtag) {
    super(
        "precondition-required",
        "Precondition required",
        428,
        "Send If-Match with the ETag of the representation you changed (GET it first)",
        Map.of("currentEtag", currentEtag));
  }
}
