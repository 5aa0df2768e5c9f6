package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.RateCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Loads what {@link Pricing} needs (the rate cards in force on the day of the start, the resource's
 * billing policy) and prices. Quotes and charges both come through here, so they cannot drift
 * apart.
 */
@ApplicationScoped
public class Prices {

  @Inject BillingConfig config;

  /** What one booking of a resource is priced from; empty when the resource has no rate card. */
  public record Basis(Pricing.Rates rates, Pricing.Rates expertRates, Policy policy) {}

  public Policy policy(long resourceId) {
    return BillingPolicy.effective(resourceId, config.defaults());
  }

  /**
   * The basis on {@code day} at {@code tier}; {@code expertId} is an expert assisting an instrument
   * booking (null, or the resource itself for a consultation: then no separate expert fee).
   */
  public Optional<Basis> basis(long resourceId, Long expertId, PriceTier tier, LocalDate day) {
    Optional<RateCard> card = RateCard.inForce(resourceId, tier, day);
    if (card.isEmpty()) {
      return Optional.empty();
    }
    Pricing.Rates expert =
        expertId == null || expertId == resourceId
            ? null
            : RateCard.inForce(expertId, tier, day).map(Prices::rates).orElse(null);
    return Optional.of(new Basis(rates(card.get()), expert, policy(resourceId)));
  }

  public static Pricing.Breakdown price(
      Basis b, long bookedMinutes, Long actualMinutes, int samples, boolean operatorAssisted) {
    return Pricing.price(
        new Pricing.Input(
            b.rates(),
            b.expertRates(),
            b.policy(),
            bookedMinutes,
            actualMinutes,
            samples,
            operatorAssisted));
  }

  static Pricing.Rates rates(RateCard c) {
    return new Pricing.Rates(c.id, c.tier, c.perHour, c.perSample, c.perOperatorHour);
  }
}
