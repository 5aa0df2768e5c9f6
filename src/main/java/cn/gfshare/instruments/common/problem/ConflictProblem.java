package cn.gfshare.instruments.common.problem;

import java.util.Map;

/** 409: the request clashes with the current state (a taken slot, a transition not allowed now). */
public class ConflictProblem extends DomainProblem {
  public ConflictProblem(String type, String detail, Map<String, ?> extra) {
    super(type, "Conflict", 409, detail, extra);
  }

  public ConflictProblem(String detail) {
    this("conflict", detail, Map.of());
  }
}
