package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.reservation.Charging;
import cn.gfshare.instruments.reservation.Reservation;
import cn.gfshare.instruments.reservation.ReservationStatus;
import cn.gfshare.instruments.reservation.ReservationTransition;
import cn.gfshare.instruments.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Billing's side of reservations: which account a booking charges, and charges on completion. */
@ApplicationScoped
public class ReservationCharging implements Charging {

  @Inject Prices prices;
  @Inject Ledger ledger;

  @Override
  public Long accountFor(
      Caller caller, long resourceId, Long requested, LocalDate day, BigDecimal estimate) {
    if (requested != null) {
      FundingAccount a = FundingAccount.findById(requested);
      String why = null;
      if (a == null || caller.username() == null || !a.isMember(caller.username())) {
        why = "you are not a member of account " + requested;
      } else if (a.status != AccountStatus.ACTIVE) {
        why = "account " + a.code + " is " + a.status;
      } else if (!a.chargeableOn(day)) {
        why = "account " + a.code + " expired on " + a.expiresOn;
      } else if (a.creditLimit != null
          && estimate != null
          && Accounts.outstanding(a.id).add(estimate).compareTo(a.creditLimit) > 0) {
        why = "the booking would take account " + a.code + " over its credit limit";
      }
      if (why != null) {
        throw new RuleViolation(
            "account-not-chargeable",
            "This booking cannot be charged to that account: " + why,
            Map.of("accountId", requested));
      }
      return a.id;
    }
    Long fallback = departmentAccount(caller, day);
    if (fallback == null && prices.policy(resourceId).accountRequired()) {
      throw new RuleViolation(
          "account-required", "This resource's lab requires a funding account (accountId)");
    }
    return fallback;
  }

  /** The one default account of the caller's institution they may charge, if exactly one. */
  private static Long departmentAccount(Caller caller, LocalDate day) {
    if (caller.username() == null || caller.institutionId().isEmpty()) {
      return null;
    }
    List<FundingAccount> candidates =
        FundingAccount.<FundingAccount>list(
                "defaultAccount = true and institutionId = ?1 and status = ?2 and (piUsername = ?3"
                    + " or id in (select m.accountId from AccountMember m where m.username = ?3))",
                caller.institutionId().get(),
                AccountStatus.ACTIVE,
                caller.username())
            .stream()
            .filter(a -> a.chargeableOn(day))
            .toList();
    return candidates.size() == 1 ? candidates.get(0).id : null;
  }

  @Override
  public void changed(
      Reservation r,
      ReservationTransition t,
      ReservationStatus from,
      Caller caller,
      Instant at,
      String reason) {
    switch (t) {
      case CHECK_OUT, AUTO_COMPLETE -> ledger.postUsage(r, caller, at);
      case CORRECT_USAGE -> ledger.usageCorrected(r, caller, at, reason);
      case CANCEL -> {
        if (r.lateCancellation) {
          ledger.postPenalty(r, ChargeKind.LATE_CANCELLATION, caller, at);
        }
      }
      case MARK_NO_SHOW -> ledger.postPenalty(r, ChargeKind.NO_SHOW, caller, at);
      default -> {}
    }
  }
}
