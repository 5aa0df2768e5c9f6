package cn.gfshare.instruments.common.problem;

import java.util.Map;

/** 422: well-formed input that breaks a use-case rule; {@code rule} names it for clients. */
public class RuleViolation extends DomainProblem {
  public RuleViolation(String rule, String detail) {
    super("rule-violated", "Rule violated", 422, detail, Map.of("rule", rule));
  }

  public RuleViolation(String rule, String detail, Map<String, ?> extra) {
    super("rule-violated", "Rule violated", 422, detail, merge(rule, extra));
  }

  private static Map<String, ?> merge(String rule, Map<String, ?> extra) {
    var m = new java.util.LinkedHashMap<String, Object>(extra);
    m.put("rule", rule);
    return m;
  }
}
