package cn.gfshare.instruments.common.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 422 naming the failing fields: a {@link RuleViolation} with a {@code violations} list. */
public class InvalidFieldsProblem extends RuleViolation {

  public InvalidFieldsProblem(String rule, List<FieldViolation> violations) {
    super(rule, summary(violations), Map.of("violations", List.copyOf(violations)));
  }

  public static InvalidFieldsProblem of(String rule, FieldViolation violation) {
    return new InvalidFieldsProblem(rule, List.of(violation));
  }

  private static String summary(List<FieldViolation> violations) {
    return violations.stream()
        .map(v -> v.field() + ": " + v.message())
        .collect(Collectors.joining("; "));
  }
}
