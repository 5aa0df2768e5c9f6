package cn.gfshare.instruments.billing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** Billing settings under {@code gf.billing.*}; production values come from the environment. */
@ConfigMapping(prefix = "gf.billing")
public interface BillingConfig {

  /**
   * How long after a charge is posted its payer may dispute it, and before which it stays off
   * statements; PT0S = no review (env GF_BILLING_REVIEW_WINDOW).
   */
  @WithDefault("P7D")
  Duration reviewWindow();

  /** The calendar statements follow: months start at midnight in this zone. */
  @WithDefault("Asia/Shanghai")
  String statementZone();

  /** Billing policy where a lab has set none for a resource. */
  Defaults defaults();

  interface Defaults {
    /** ACTUAL, BOOKED or GREATER_OF (minutes billed). */
    @WithDefault("GREATER_OF")
    BillingMode mode();

    /** Billed minutes are rounded up to this: 1, 15 or 30. */
    @WithDefault("15")
    int incrementMinutes();

    /** Least a completed booking costs, CNY. */
    @WithDefault("0.00")
    BigDecimal minimumCharge();

    /** PERCENT (of the as-booked price) or FIXED, for late cancellations and no-shows. */
    @WithDefault("PERCENT")
    PenaltyKind penaltyKind();

    /** The share charged by a PERCENT penalty, 0..100. */
    @WithDefault("50")
    BigDecimal penaltyPercent();

    /** The fee charged by a FIXED penalty, CNY. */
    @WithDefault("0.00")
    BigDecimal penaltyFixed();

    /** Whether bookings must name a funding account. */
    @WithDefault("false")
    boolean accountRequired();
  }
}
