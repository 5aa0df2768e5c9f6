package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.RatePlan.Prices;
import cn.gfshare.instruments.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What a booking is expected to cost at the caller's tier: hours × per hour + samples × per sample
 * + operator hours × per operator hour, from the rate card in force on the day of the start. The
 * total is rounded once, to the fen.
 */
public record PriceEstimate(
    PriceTier tier,
    Long rateCardId,
    String currency,
    BigDecimal hours,
    BigDecimal perHour,
    int samples,
    BigDecimal perSample,
    BigDecimal operatorHours,
    BigDecimal perOperatorHour,
    BigDecimal total) {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  public static PriceEstimate of(
      RateCard card, Duration length, int samples, boolean operatorAssisted) {
    return of(
        card.id,
        card.tier,
        new Prices(card.perHour, card.perSample, card.perOperatorHour),
        length,
        samples,
        operatorAssisted);
  }

  public static PriceEstimate of(
      Long rateCardId,
      PriceTier tier,
      Prices prices,
      Duration length,
      int samples,
      boolean operatorAssisted) {
    BigDecimal minutes = BigDecimal.valueOf(length.toMinutes());
    BigDecimal hours = minutes.divide(SIXTY, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    BigDecimal timeMinutes = prices.perHour().multiply(minutes);
    BigDecimal operatorMinutes =
        operatorAssisted ? prices.perOperatorHour().multiply(minutes) : BigDecimal.ZERO;
    BigDecimal exact =
        timeMinutes
            .add(operatorMinutes)
            .divide(SIXTY, 10, RoundingMode.HALF_UP)
            .add(prices.perSample().multiply(BigDecimal.valueOf(samples)));
    Money total = Money.of(exact);
    return new PriceEstimate(
        tier,
        rateCardId,
        "CNY",
        plain(hours),
        prices.perHour(),
        samples,
        prices.perSample(),
        operatorAssisted ? plain(hours) : BigDecimal.ZERO,
        prices.perOperatorHour(),
        total.amount());
  }

  private static BigDecimal plain(BigDecimal b) {
    return b.scale() < 0 ? b.setScale(0) : b;
  }
}
