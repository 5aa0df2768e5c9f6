package cn.gfshare.instruments.common.problem;

import java.util.Map;

/** 403 with a reason the caller can act on (not your lab, qualification missing). */
public class ForbiddenProblem extends DomainProblem {
  public ForbiddenProblem(String detail) {
    super("forbidden", "Forbidden", 403, detail, Map.of());
  }

  public ForbiddenProblem(String type, String detail) {
    super(type, "Forbidden", 403, detail, Map.of());
  }
}
