package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.common.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * How one resource is billed, every value resolved (the resource's own setting or the platform
 * default). Built only valid: an increment of 1, 15 or 30 minutes, a percentage in 0..100.
 */
public record Policy(
    BillingMode mode,
    int incrementMinutes,
    Money minimumCharge,
    PenaltyKind penaltyKind,
    BigDecimal penaltyPercent,
    Money penaltyFixed,
    boolean accountRequired) {

  public static final Set<Integer> INCREMENTS = Set.of(1, 15, 30);

  public Policy {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(minimumCharge, "minimumCharge");
    Objects.requireNonNull(penaltyKind, "penaltyKind");
    Objects.requireNonNull(penaltyPercent, "penaltyPercent");
    Objects.requireNonNull(penaltyFixed, "penaltyFixed");
    if (!INCREMENTS.contains(incrementMinutes)) {
      throw new IllegalArgumentException("increment must be 1, 15 or 30 minutes");
    }
    if (penaltyPercent.signum() < 0 || penaltyPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("penalty percent must be within 0..100");
    }
    if (minimumCharge.isNegative() || penaltyFixed.isNegative()) {
      throw new IllegalArgumentException("amounts must not be negative");
    }
  }
}
