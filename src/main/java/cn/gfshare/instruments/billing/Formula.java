package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.PriceTier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a ledger entry's amount was made, stored with the entry so the amount can be recomputed by
 * hand: the pricing inputs and lines ({@link Pricing.Breakdown}) and, for a fee, the penalty
 * applied to the as-booked price. {@code basis} PRICED = the usage price; PENALTY = a fee; MANUAL =
 * an amount set by a correction; REVERSAL = the negated amount of the reversed entry (for both, the
 * lines show the corrected entry's inputs).
 */
public record Formula(
    @Schema(enumeration = {"PRICED", "PENALTY", "MANUAL", "REVERSAL"}) String basis,
    BillingMode mode,
    int incrementMinutes,
    long bookedMinutes,
    @Schema(nullable = true) Long actualMinutes,
    long billedMinutes,
    @Schema(nullable = true) Long rateCardId,
    PriceTier tier,
    Amount perHour,
    Amount timeAmount,
    int samples,
    Amount perSample,
    Amount sampleAmount,
    boolean operatorAssisted,
    Amount perOperatorHour,
    Amount operatorAmount,
    @Schema(nullable = true) Long expertRateCardId,
    @Schema(nullable = true) Amount expertPerHour,
    Amount expertAmount,
    Amount subtotal,
    Amount minimumCharge,
    boolean minimumApplied,
    Amount total,
    @Schema(nullable = true) PenaltyKind penaltyKind,
    @Schema(nullable = true, description = "Percent of the as-booked total, two decimals")
        String penaltyPercent,
    @Schema(nullable = true) Amount penaltyFixed,
    @Schema(description = "What this entry charges (its amount)") Amount charged,
    @Schema(description = "The rounding rule the amounts follow") String rounding) {

  static final String ROUNDING =
      "minutes chosen by mode, rounded up to the increment; each line HALF_UP to 0.01 CNY once;"
          + " total = sum of lines, at least the minimum charge; penalty = percent of the as-booked"
          + " total HALF_UP to 0.01 CNY, or the fixed fee";

  static Formula priced(Pricing.Breakdown b) {
    return of("PRICED", b, null, null, null, Amount.of(b.total()));
  }

  static Formula penalty(
      Pricing.Breakdown asBooked, Policy p, cn.gfshare.instruments.common.Money fee) {
    return of(
        "PENALTY",
        asBooked,
        p.penaltyKind(),
        p.penaltyKind() == PenaltyKind.PERCENT
            ? p.penaltyPercent().setScale(2).toPlainString()
            : null,
        p.penaltyKind() == PenaltyKind.FIXED ? Amount.of(p.penaltyFixed()) : null,
        Amount.of(fee));
  }

  Formula withCharged(String basis, Amount charged) {
    return new Formula(
        basis,
        mode,
        incrementMinutes,
        bookedMinutes,
        actualMinutes,
        billedMinutes,
        rateCardId,
        tier,
        perHour,
        timeAmount,
        samples,
        perSample,
        sampleAmount,
        operatorAssisted,
        perOperatorHour,
        operatorAmount,
        expertRateCardId,
        expertPerHour,
        expertAmount,
        subtotal,
        minimumCharge,
        minimumApplied,
        total,
        penaltyKind,
        penaltyPercent,
        penaltyFixed,
        charged,
        rounding);
  }

  private static Formula of(
      String basis,
      Pricing.Breakdown b,
      PenaltyKind kind,
      String percent,
      Amount fixed,
      Amount charged) {
    return new Formula(
        basis,
        b.mode(),
        b.incrementMinutes(),
        b.bookedMinutes(),
        b.actualMinutes(),
        b.billedMinutes(),
        b.rateCardId(),
        b.tier(),
        Amount.of(b.perHour()),
        Amount.of(b.timeAmount()),
        b.samples(),
        Amount.of(b.perSample()),
        Amount.of(b.sampleAmount()),
        b.operatorAssisted(),
        Amount.of(b.perOperatorHour()),
        Amount.of(b.operatorAmount()),
        b.expertRateCardId(),
        Amount.of(b.expertPerHour()),
        Amount.of(b.expertAmount()),
        Amount.of(b.subtotal()),
        Amount.of(b.minimumCharge()),
        b.minimumApplied(),
        Amount.of(b.total()),
        kind,
        percent,
        fixed,
        charged,
        ROUNDING);
  }
}
