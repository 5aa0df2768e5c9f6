package cn.gfshare.instruments.common.problem;

import java.util.Map;

/** 404: the thing does not exist, or the caller may not know that it does. */
public class NotFoundProblem extends DomainProblem {
  public NotFoundProblem(String what, Object id) {
    super("not-found", "Not found", 404, what + " " + id + " does not exist", Map.of());
  }
}
