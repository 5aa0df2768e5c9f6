package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.Expert;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The price of a prospective booking at the caller's tier, by the code path charges use. */
@ApplicationScoped
public class Quotes {

  @Inject Prices prices;

  /** As a booking request: instrumentId (and an assisting expertId), or expertId alone. */
  public record QuoteRequest(
      Long instrumentId,
      Long expertId,
      @NotNull OffsetDateTime start,
      @NotNull OffsetDateTime end,
      @PositiveOrZero @Max(100000) Integer sampleCount,
      Boolean operatorAssisted) {}

  public record QuoteView(
      long resourceId,
      @Schema(nullable = true) Long expertId,
      PriceTier tier,
      OffsetDateTime start,
      OffsetDateTime end,
      Amount total,
      @Schema(description = "What a late cancellation or a no-show of this booking would cost")
          Amount lateCancellationFee,
      boolean accountRequired,
      Formula formula) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public QuoteView quote(Caller caller, QuoteRequest req) {
    BookableResource resource = resource(req);
    ZoneId zone = ZoneId.of(resource.lab.timeZone);
    if (!req.start().isBefore(req.end())) {
      throw new RuleViolation("time-order", "start must be before end");
    }
    if (Duration.between(req.start(), req.end()).toDays() > 31) {
      throw new RuleViolation("quote-too-long", "a quote covers at most 31 days");
    }
    PriceTier tier = PriceTier.of(caller.institution(), resource.institutionId, resource.cityCode);
    Long expert = resource instanceof Instrument ? req.expertId() : null;
    if (expert != null && Expert.findById(expert) == null) {
      throw new RuleViolation("expert-exists", "No expert with id " + expert);
    }
    boolean operator =
        resource instanceof Instrument i
            && (req.operatorAssisted() != null ? req.operatorAssisted() : i.operatorAssisted);
    int samples = req.sampleCount() == null ? 0 : req.sampleCount();
    Prices.Basis basis =
        prices
            .basis(resource.id, expert, tier, req.start().atZoneSameInstant(zone).toLocalDate())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "no-rate-card",
                        "Resource " + resource.id + " has no price for tier " + tier,
                        Map.of("tier", tier.name())));
    long minutes = Pricing.minutes(Duration.between(req.start(), req.end()).toSeconds());
    Pricing.Breakdown b = Prices.price(basis, minutes, null, samples, operator);
    return new QuoteView(
        resource.id,
        expert,
        tier,
        IsoTimes.at(req.start().toInstant(), zone),
        IsoTimes.at(req.end().toInstant(), zone),
        Amount.of(b.total()),
        Amount.of(Pricing.penalty(b, basis.policy())),
        basis.policy().accountRequired(),
        Formula.priced(b));
  }

  private static BookableResource resource(QuoteRequest req) {
    if (req.instrumentId() != null) {
      Instrument i = Instrument.findById(req.instrumentId());
      if (i == null) {
        throw new NotFoundProblem("Instrument", req.instrumentId());
      }
      return i;
    }
    if (req.expertId() == null) {
      throw new InvalidFieldsProblem(
          "resource-required",
          List.of(
              FieldViolation.body(
                  "instrumentId", "must not be null unless an expertId is quoted on its own")));
    }
    Expert e = Expert.findById(req.expertId());
    if (e == null) {
      throw new NotFoundProblem("Expert", req.expertId());
    }
    return e;
  }
}
