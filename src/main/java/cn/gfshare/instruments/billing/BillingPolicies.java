package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.BookableResource;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resource's billing settings: anyone signed in reads them, its lab's managers set them. */
@ApplicationScoped
public class BillingPolicies {

  @Inject BillingConfig config;
  @Inject BillingEvents events;
  @Inject Clock clock;

  /** Every value optional; null = the platform default. */
  public record BillingPolicyRequest(
      BillingMode billingMode,
      @Schema(enumeration = {"1", "15", "30"}) Integer incrementMinutes,
      @Pattern(regexp = Ledger.MONEY_PATTERN) @Schema(examples = "100.00") String minimumCharge,
      PenaltyKind penaltyKind,
      @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
          BigDecimal penaltyPercent,
      @Pattern(regexp = Ledger.MONEY_PATTERN) @Schema(examples = "200.00") String penaltyFixed,
      Boolean accountRequired) {}

  /** The policy in force (own settings over defaults). */
  public record BillingPolicyView(
      long resourceId,
      BillingMode billingMode,
      int incrementMinutes,
      Amount minimumCharge,
      PenaltyKind penaltyKind,
      @Schema(description = "Percent, two decimals") String penaltyPercent,
      Amount penaltyFixed,
      boolean accountRequired) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public BillingPolicyView get(long resourceId) {
    load(resourceId);
    return view(resourceId);
  }

  @Transactional
  public BillingPolicyView set(Caller caller, long resourceId, BillingPolicyRequest req) {
    BookableResource r = load(resourceId);
    LabAccess.requireManager(caller, r.lab);
    if (req.incrementMinutes() != null && !Policy.INCREMENTS.contains(req.incrementMinutes())) {
      throw new InvalidFieldsProblem(
          "billing-policy-invalid",
          List.of(FieldViolation.body("incrementMinutes", "must be 1, 15 or 30")));
    }
    BillingPolicy p = BillingPolicy.findById(resourceId);
    if (p == null) {
      p = new BillingPolicy();
      p.resourceId = resourceId;
    }
    p.mode = req.billingMode();
    p.incrementMinutes = req.incrementMinutes();
    p.minimumCharge = req.minimumCharge() == null ? null : new BigDecimal(req.minimumCharge());
    p.penaltyKind = req.penaltyKind();
    p.penaltyPercent = req.penaltyPercent();
    p.penaltyFixed = req.penaltyFixed() == null ? null : new BigDecimal(req.penaltyFixed());
    p.accountRequired = req.accountRequired();
    p.updatedAt = clock.instant();
    p.updatedBy = caller.username();
    p.persist();
    BillingPolicyView v = view(resourceId);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("billingMode", v.billingMode().name());
    payload.put("incrementMinutes", v.incrementMinutes());
    payload.put("minimumCharge", v.minimumCharge().amount());
    payload.put("penaltyKind", v.penaltyKind().name());
    payload.put("penaltyPercent", v.penaltyPercent());
    payload.put("penaltyFixed", v.penaltyFixed().amount());
    payload.put("accountRequired", v.accountRequired());
    events.append(
        "BILLING_POLICY_SET", "RESOURCE", resourceId, null, r.lab.id, caller, p.updatedAt, payload);
    return v;
  }

  private BillingPolicyView view(long resourceId) {
    Policy p = BillingPolicy.effective(resourceId, config.defaults());
    return new BillingPolicyView(
        resourceId,
        p.mode(),
        p.incrementMinutes(),
        Amount.of(p.minimumCharge()),
        p.penaltyKind(),
        p.penaltyPercent().setScale(2).toPlainString(),
        Amount.of(p.penaltyFixed()),
        p.accountRequired());
  }

  private static BookableResource load(long id) {
    BookableResource r = BookableResource.findById(id);
    if (r == null) {
      throw new NotFoundProblem("Resource", id);
    }
    return r;
  }
}
