package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.catalog.LabAccess;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.Money;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.common.problem.RuleViolation;
import cn.gfshare.instruments.reservation.Reservation;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ledger's use cases: charges posted when reservations end, corrections as reversal +
 * replacement pairs, disputes and their resolution, and reading lines in the caller's scope.
 * Nothing here updates an amount: every change is a new row.
 */
@ApplicationScoped
public class Ledger {

  static final String MONEY_PATTERN = "^[0-9]{1,10}\\.[0-9]{2}$";

  @Inject Prices prices;
  @Inject BillingConfig config;
  @Inject BillingEvents events;
  @Inject Clock clock;
  @Inject ObjectMapper json;

  /** Where a line stands. */
  public enum ChargeState {
    /** No funding account yet: a lab manager assigns one with a correction. */
    UNASSIGNED,
    /** Within its review window: it may be disputed and is not yet on a statement. */
    IN_REVIEW,
    /** Disputed and not yet resolved: held out of statements. */
    DISPUTED,
    /** Reviewed and waiting for the account's next statement. */
    READY,
    /** On a live statement. */
    BILLED,
    /** Taken back by a reversal (the replacement, if any, stands instead). */
    REVERSED
  }

  public record DisputeView(
      DisputeStatus status,
      String reason,
      String openedBy,
      OffsetDateTime openedAt,
      @Schema(nullable = true) String resolution,
      @Schema(nullable = true) String resolvedBy,
      @Schema(nullable = true) OffsetDateTime resolvedAt) {}

  /** One ledger line with everything it was computed from. */
  public record ChargeView(
      long id,
      EntryRole role,
      ChargeKind kind,
      ChargeState state,
      long reservationId,
      @Schema(nullable = true) Long accountId,
      long labId,
      long resourceId,
      String bookerUsername,
      PriceTier tier,
      String bookerCity,
      @Schema(nullable = true) Long rateCardId,
      int bookedMinutes,
      @Schema(nullable = true) Integer actualMinutes,
      int billedMinutes,
      int samples,
      Amount amount,
      OffsetDateTime serviceStart,
      OffsetDateTime postedAt,
      OffsetDateTime reviewUntil,
      String actor,
      @Schema(nullable = true) String reason,
      @Schema(nullable = true) Long reversesEntryId,
      @Schema(nullable = true) Long replacesEntryId,
      @Schema(nullable = true) Long reversedByEntryId,
      @Schema(nullable = true) Long statementId,
      @Schema(nullable = true) DisputeView dispute,
      Formula formula) {}

  /**
   * A correction: the new amount and/or the account the charge belongs to; what is not given stays.
   * An amount of 0.00 waives the charge.
   */
  public record ChargeCorrectionRequest(
      @Pattern(regexp = MONEY_PATTERN, message = "a decimal with exactly two places, e.g. 80.00")
          @Schema(examples = "80.00")
          String amount,
      Long accountId,
      @NotBlank @Size(min = 10, max = 500) String reason) {}

  /** The pair a correction writes. */
  public record ChargeCorrectionView(ChargeView reversal, ChargeView replacement) {}

  public record DisputeRequest(@NotBlank @Size(min = 10, max = 500) String reason) {}

  public enum Decision {
    ACCEPT,
    REJECT
  }

  /** ACCEPT needs the amount that should have been charged (0.00 waives); REJECT says why. */
  public record ResolutionRequest(
      @NotNull Decision decision,
      @Pattern(regexp = MONEY_PATTERN, message = "a decimal with exactly two places, e.g. 80.00")
          @Schema(examples = "80.00")
          String amount,
      @NotBlank @Size(min = 10, max = 500) String reason) {}

  public record Filter(Long accountId, Long labId, Long reservationId, Instant from, Instant to) {}

  ZoneId zone() {
    return ZoneId.of(config.statementZone());
  }

  // ---- posting, from reservation changes (inside their transaction)

  /** The usage charge of a completed reservation; nothing when the resource has no rate card. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void postUsage(Reservation r, Caller actor, Instant now) {
    usagePrice(r)
        .ifPresent(b -> insertOriginal(r, ChargeKind.USAGE, b, Formula.priced(b), actor, now));
  }

  /** A late cancellation's or no-show's fee, by the resource's penalty policy. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void postPenalty(Reservation r, ChargeKind kind, Caller actor, Instant now) {
    Optional<Prices.Basis> basis = basis(r);
    if (basis.isEmpty()) {
      return;
    }
    Pricing.Breakdown asBooked =
        Prices.price(basis.get(), bookedMinutes(r), null, r.sampleCount, r.operatorAssisted);
    Money fee = Pricing.penalty(asBooked, basis.get().policy());
    if (fee.amount().signum() == 0) {
      return;
    }
    LedgerEntry e =
        entry(r, kind, asBooked, Formula.penalty(asBooked, basis.get().policy(), fee), actor, now);
    e.amount = fee.amount();
    e.actualMinutes = null;
    e.originalKey = r.id + ":" + kind;
    persist(e, "CHARGE_POSTED", actor);
  }

  /**
   * Usage recorded or corrected by a lab manager: the standing charge is reversed and replaced by
   * the price of the new usage (a no-show fee becomes a usage charge); a first record is a plain
   * charge. Nothing is written when the price and its inputs stay the same.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void usageCorrected(Reservation r, Caller actor, Instant now, String reason) {
    Optional<Pricing.Breakdown> price = usagePrice(r);
    if (price.isEmpty()) {
      return;
    }
    Pricing.Breakdown b = price.get();
    Optional<LedgerEntry> standing = LedgerEntry.standing(r.id);
    if (standing.isEmpty()) {
      insertOriginal(r, ChargeKind.USAGE, b, Formula.priced(b), actor, now);
      return;
    }
    LedgerEntry old = standing.get();
    RowLocks.lock("ledger_entry", old.id);
    if (old.kind == ChargeKind.USAGE
        && old.amount.compareTo(b.total().amount()) == 0
        && old.billedMinutes == b.billedMinutes()
        && old.samples == b.samples()) {
      return;
    }
    String why = "Usage corrected: " + (reason == null ? "recorded by the lab" : reason.strip());
    LedgerEntry replacement = entry(r, ChargeKind.USAGE, b, Formula.priced(b), actor, now);
    replacement.accountId = old.accountId;
    replacement.role = EntryRole.REPLACEMENT;
    replacement.reason = truncate(why);
    replacement.replacesEntryId = old.id;
    reverseAndReplace(old, replacement, actor, now, truncate(why));
  }

  // ---- reading

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ChargeView> list(Caller caller, Filter f, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    scope(caller, where, p, "e");
    if (f.accountId() != null) {
      where.append(" and e.accountId = :account");
      p.put("account", f.accountId());
    }
    if (f.labId() != null) {
      where.append(" and e.labId = :lab");
      p.put("lab", f.labId());
    }
    if (f.reservationId() != null) {
      where.append(" and e.reservationId = :reservation");
      p.put("reservation", f.reservationId());
    }
    if (f.from() != null) {
      where.append(" and e.postedAt >= :from");
      p.put("from", f.from());
    }
    if (f.to() != null) {
      where.append(" and e.postedAt < :to");
      p.put("to", f.to());
    }
    var em = Panache.getEntityManager();
    var q =
        em.createQuery(
            "select e from LedgerEntry e where " + where + " order by e.id desc",
            LedgerEntry.class);
    var c = em.createQuery("select count(e) from LedgerEntry e where " + where, Long.class);
    p.forEach(
        (k, v) -> {
          q.setParameter(k, v);
          c.setParameter(k, v);
        });
    List<ChargeView> items =
        q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(this::view)
            .toList();
    return new PageResult<>(items, page.page(), page.size(), c.getSingleResult());
  }

  /** What lines add up to, per lab, tier and booker city (what a lab earned, where from). */
  public record SummaryRow(
      long labId, PriceTier tier, String bookerCity, long lines, Amount total) {}

  public record ChargeSummary(List<SummaryRow> rows, Amount total) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public ChargeSummary summary(Caller caller, Filter f) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    scope(caller, where, p, "e");
    if (f.accountId() != null) {
      where.append(" and e.accountId = :account");
      p.put("account", f.accountId());
    }
    if (f.labId() != null) {
      where.append(" and e.labId = :lab");
      p.put("lab", f.labId());
    }
    if (f.from() != null) {
      where.append(" and e.postedAt >= :from");
      p.put("from", f.from());
    }
    if (f.to() != null) {
      where.append(" and e.postedAt < :to");
      p.put("to", f.to());
    }
    var q =
        Panache.getEntityManager()
            .createQuery(
                "select e.labId, e.tier, e.bookerCityCode, count(e), sum(e.amount) from LedgerEntry e"
                    + " where "
                    + where
                    + " group by e.labId, e.tier, e.bookerCityCode"
                    + " order by e.labId, e.tier, e.bookerCityCode",
                Object[].class);
    p.forEach(q::setParameter);
    List<SummaryRow> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Object[] row : q.getResultList()) {
      BigDecimal sum = (BigDecimal) row[4];
      total = total.add(sum);
      rows.add(
          new SummaryRow(
              (Long) row[0], (PriceTier) row[1], (String) row[2], (Long) row[3], Amount.of(sum)));
    }
    return new ChargeSummary(rows, Amount.of(total));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ChargeView get(Caller caller, long id) {
    return view(visible(caller, id));
  }

  /** The reversals and replacements written for an entry, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ChargeView> corrections(Caller caller, long id) {
    visible(caller, id);
    return LedgerEntry.<LedgerEntry>list(
            "reversesEntryId = ?1 or replacesEntryId = ?1 order by id", id)
        .stream()
        .map(this::view)
        .toList();
  }

  // ---- corrections and disputes

  /** Finance or a manager of the charge's lab corrects it: a reversal and a replacement. */
  @Transactional
  public ChargeCorrectionView correct(Caller caller, long id, ChargeCorrectionRequest req) {
    LedgerEntry old = lockVisible(caller, id);
    requireCorrector(caller, old);
    if (req.amount() == null && req.accountId() == null) {
      throw new InvalidFieldsProblem(
          "correction-empty",
          List.of(FieldViolation.body("amount", "give a new amount, a new accountId or both")));
    }
    String reason = reason(req.reason());
    ChargeDispute d = ChargeDispute.findById(old.id);
    if (d != null && d.status == DisputeStatus.OPEN) {
      throw new ConflictProblem(
          "charge-disputed",
          "Charge " + id + " is disputed; resolve the dispute instead",
          Map.of("chargeId", id));
    }
    Instant now = clock.instant();
    LedgerEntry replacement = old.follow(EntryRole.REPLACEMENT, caller.username(), reason, now);
    replacement.replacesEntryId = old.id;
    replacement.reviewUntil = now.plus(config.reviewWindow());
    if (req.amount() != null) {
      replacement.amount = new BigDecimal(req.amount());
      replacement.formula = manual(old, replacement.amount);
    }
    if (req.accountId() != null) {
      FundingAccount a = FundingAccount.findById(req.accountId());
      if (a == null
          || !a.chargeableOn(old.serviceStartAt.atZone(zone()).toLocalDate())
          || !a.isMember(old.bookerUsername)) {
        throw new RuleViolation(
            "account-not-chargeable",
            "Account "
                + req.accountId()
                + " does not exist, is not active, has expired or "
                + old.bookerUsername
                + " is not a member",
            Map.of("accountId", req.accountId()));
      }
      replacement.accountId = a.id;
    }
    reverseAndReplace(old, replacement, caller, now, reason);
    return new ChargeCorrectionView(view(reversalOf(old.id)), view(replacement));
  }

  /** The account's PI or the booker disputes a line once, within its review window. */
  @Transactional
  public ChargeView dispute(Caller caller, long id, DisputeRequest req) {
    LedgerEntry e = lockVisible(caller, id);
    FundingAccount a = e.accountId == null ? null : FundingAccount.findById(e.accountId);
    boolean payer =
        e.bookerUsername.equals(caller.username())
            || a != null && a.piUsername.equals(caller.username());
    if (!payer) {
      throw new ForbiddenProblem(
          "not-payer", "Only the booker or the account's principal investigator may dispute");
    }
    Instant now = clock.instant();
    if (e.role == EntryRole.REVERSAL) {
      throw new ConflictProblem(
          "charge-not-disputable", "A reversal cannot be disputed", Map.of("chargeId", id));
    }
    if (ChargeDispute.findById(e.id) != null) {
      throw new ConflictProblem(
          "already-disputed", "Charge " + id + " was disputed already", Map.of("chargeId", id));
    }
    if (e.reversed() || Statements.statementOf(e.id) != null) {
      throw new ConflictProblem(
          "charge-not-disputable",
          "Charge " + id + " was corrected or is on a statement already",
          Map.of("chargeId", id));
    }
    if (!now.isBefore(e.reviewUntil)) {
      throw new ConflictProblem(
          "review-window-closed",
          "The review window of charge "
              + id
              + " closed at "
              + IsoTimes.text(e.reviewUntil, zone()),
          Map.of("chargeId", id, "reviewUntil", IsoTimes.text(e.reviewUntil, zone())));
    }
    ChargeDispute d = new ChargeDispute();
    d.entryId = e.id;
    d.status = DisputeStatus.OPEN;
    d.reason = reason(req.reason());
    d.openedBy = caller.username();
    d.openedAt = now;
    d.persist();
    events.append(
        "CHARGE_DISPUTED",
        "CHARGE",
        e.id,
        e.accountId,
        e.labId,
        caller,
        now,
        Map.of("reason", d.reason));
    return view(e);
  }

  /** A manager of the charge's lab or finance resolves an open dispute. */
  @Transactional
  public ChargeView resolve(Caller caller, long id, ResolutionRequest req) {
    LedgerEntry e = lockVisible(caller, id);
    requireCorrector(caller, e);
    ChargeDispute d = ChargeDispute.findById(e.id);
    if (d == null) {
      throw new NotFoundProblem("Dispute of charge", id);
    }
    if (d.status != DisputeStatus.OPEN) {
      throw new ConflictProblem(
          "dispute-resolved",
          "The dispute of charge " + id + " was resolved already",
          Map.of("chargeId", id, "currentStatus", d.status.name()));
    }
    String reason = reason(req.reason());
    Instant now = clock.instant();
    if (req.decision() == Decision.ACCEPT) {
      if (req.amount() == null) {
        throw InvalidFieldsProblem.of(
            "amount-required",
            FieldViolation.body("amount", "accepting a dispute needs the amount to charge"));
      }
      LedgerEntry replacement = e.follow(EntryRole.REPLACEMENT, caller.username(), reason, now);
      replacement.replacesEntryId = e.id;
      replacement.amount = new BigDecimal(req.amount());
      replacement.formula = manual(e, replacement.amount);
      // the dispute was the review: the agreed amount goes to the next statement
      reverseAndReplace(e, replacement, caller, now, reason);
    }
    d.status = req.decision() == Decision.ACCEPT ? DisputeStatus.ACCEPTED : DisputeStatus.REJECTED;
    d.resolution = reason;
    d.resolvedBy = caller.username();
    d.resolvedAt = now;
    events.append(
        "DISPUTE_" + d.status.name(),
        "CHARGE",
        e.id,
        e.accountId,
        e.labId,
        caller,
        now,
        Map.of("reason", reason));
    return view(e);
  }

  // ---- helpers

  private Optional<Prices.Basis> basis(Reservation r) {
    Long expert = r.expertId != null && !r.expertId.equals(r.resourceId) ? r.expertId : null;
    return prices.basis(
        r.resourceId, expert, r.priceTier, r.startAt.atZone(r.zone()).toLocalDate());
  }

  private Optional<Pricing.Breakdown> usagePrice(Reservation r) {
    Long actual =
        r.usageStartAt == null || r.usageEndAt == null
            ? null
            : Pricing.minutes(Duration.between(r.usageStartAt, r.usageEndAt).toSeconds());
    int samples = r.usageSamples != null ? r.usageSamples : r.sampleCount;
    return basis(r)
        .map(b -> Prices.price(b, bookedMinutes(r), actual, samples, r.operatorAssisted));
  }

  static long bookedMinutes(Reservation r) {
    return Pricing.minutes(Duration.between(r.startAt, r.endAt).toSeconds());
  }

  private void insertOriginal(
      Reservation r, ChargeKind kind, Pricing.Breakdown b, Formula f, Caller actor, Instant now) {
    LedgerEntry e = entry(r, kind, b, f, actor, now);
    e.originalKey = r.id + ":" + kind;
    if (LedgerEntry.count("originalKey", e.originalKey) > 0) {
      // posted already (a replayed completion): the unique key would refuse a second one anyway
      return;
    }
    persist(e, "CHARGE_POSTED", actor);
  }

  private LedgerEntry entry(
      Reservation r, ChargeKind kind, Pricing.Breakdown b, Formula f, Caller actor, Instant now) {
    LedgerEntry e = new LedgerEntry();
    e.role = EntryRole.CHARGE;
    e.kind = kind;
    e.reservationId = r.id;
    e.accountId = r.accountId;
    e.labId = r.labId;
    e.resourceId = r.resourceId;
    e.bookerUsername = r.bookerUsername;
    e.tier = r.priceTier;
    e.bookerCityCode = r.bookerCityCode;
    e.rateCardId = b.rateCardId();
    e.bookedMinutes = (int) b.bookedMinutes();
    e.actualMinutes = b.actualMinutes() == null ? null : b.actualMinutes().intValue();
    e.billedMinutes = (int) b.billedMinutes();
    e.samples = b.samples();
    e.amount = b.total().amount();
    e.currency = Amount.CNY;
    e.formula = write(f);
    e.serviceStartAt = r.startAt;
    e.postedAt = now;
    e.reviewUntil = now.plus(config.reviewWindow());
    e.actor = actor.username();
    return e;
  }

  /**
   * Writes the reversal of {@code old} and then {@code replacement}. The reversal shares the review
   * deadline of what it reverses, so the two reach a statement together.
   */
  private void reverseAndReplace(
      LedgerEntry old, LedgerEntry replacement, Caller actor, Instant now, String reason) {
    if (old.role == EntryRole.REVERSAL) {
      throw new ConflictProblem(
          "charge-not-correctable", "A reversal cannot be corrected", Map.of("chargeId", old.id));
    }
    if (old.reversed()) {
      LedgerEntry by = reversalOf(old.id);
      throw new ConflictProblem(
          "charge-corrected",
          "Charge " + old.id + " was corrected already; correct its replacement",
          Map.of("chargeId", old.id, "reversedBy", by.id));
    }
    LedgerEntry reversal = old.follow(EntryRole.REVERSAL, actor.username(), reason, now);
    reversal.amount = old.amount.negate();
    reversal.reversesEntryId = old.id;
    reversal.reviewUntil = old.reviewUntil.isAfter(now) ? old.reviewUntil : now;
    reversal.formula = write(read(old.formula).withCharged("REVERSAL", Amount.of(reversal.amount)));
    persist(reversal, "CHARGE_REVERSED", actor);
    replacement.reversesEntryId = null;
    persist(replacement, "CHARGE_REPLACED", actor);
  }

  private void persist(LedgerEntry e, String event, Caller actor) {
    e.persist();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("role", e.role.name());
    payload.put("kind", e.kind.name());
    payload.put("reservationId", e.reservationId);
    payload.put("amount", e.amount.toPlainString());
    payload.put("currency", e.currency);
    if (e.reversesEntryId != null) {
      payload.put("reversesEntryId", e.reversesEntryId);
    }
    if (e.replacesEntryId != null) {
      payload.put("replacesEntryId", e.replacesEntryId);
    }
    if (e.reason != null) {
      payload.put("reason", e.reason);
    }
    events.append(event, "CHARGE", e.id, e.accountId, e.labId, actor, e.postedAt, payload);
  }

  private String manual(LedgerEntry basis, BigDecimal amount) {
    return write(read(basis.formula).withCharged("MANUAL", Amount.of(amount)));
  }

  private String write(Formula f) {
    try {
      return json.writeValueAsString(f);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("formula", ex);
    }
  }

  private Formula read(String formula) {
    try {
      return json.readValue(formula, Formula.class);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("formula", ex);
    }
  }

  private static String reason(String raw) {
    String r = raw == null ? "" : raw.strip();
    if (r.length() < 10) {
      throw InvalidFieldsProblem.of(
          "reason-too-short", FieldViolation.body("reason", "at least 10 characters"));
    }
    return r;
  }

  private static String truncate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500);
  }

  static LedgerEntry reversalOf(long id) {
    return LedgerEntry.<LedgerEntry>find("reversesEntryId", id).firstResult();
  }

  private static void requireCorrector(Caller caller, LedgerEntry e) {
    if (caller.hasRole(Roles.FINANCE) || LabAccess.manages(caller, Lab.findById(e.labId))) {
      return;
    }
    throw new ForbiddenProblem(
        "not-lab-manager", "Only finance and managers of the charge's lab may correct it");
  }

  /** An entry the caller may see, locked; others are "not found" so ids cannot be probed. */
  private LedgerEntry lockVisible(Caller caller, long id) {
    if (!RowLocks.lock("ledger_entry", id)) {
      throw new NotFoundProblem("Charge", id);
    }
    return visible(caller, id);
  }

  LedgerEntry visible(Caller caller, long id) {
    LedgerEntry e = LedgerEntry.findById(id);
    if (e == null || !sees(caller, e)) {
      throw new NotFoundProblem("Charge", id);
    }
    return e;
  }

  static boolean sees(Caller caller, LedgerEntry e) {
    if (caller.hasRole(Roles.FINANCE) || caller.isPlatformAdmin() || caller.system()) {
      return true;
    }
    if (e.bookerUsername.equals(caller.username())) {
      return true;
    }
    if (e.accountId != null) {
      FundingAccount a = FundingAccount.findById(e.accountId);
      if (a != null && a.piUsername.equals(caller.username())) {
        return true;
      }
    }
    return caller.hasRole(Roles.LAB_MANAGER) && LabAccess.manages(caller, Lab.findById(e.labId));
  }

  /** The HQL form of {@link #sees}. */
  static void scope(Caller caller, StringBuilder where, Map<String, Object> p, String alias) {
    if (caller.hasRole(Roles.FINANCE) || caller.isPlatformAdmin() || caller.system()) {
      return;
    }
    where
        .append(" and (")
        .append(alias)
        .append(".bookerUsername = :me or ")
        .append(alias)
        .append(".accountId in (select a.id from FundingAccount a where a.piUsername = :me)");
    if (caller.hasRole(Roles.LAB_MANAGER)) {
      where
          .append(" or ")
          .append(alias)
          .append(".labId in (select l.id from Lab l join l.managers m where m = :me)");
    }
    where.append(")");
    p.put("me", caller.username() == null ? "" : caller.username());
  }

  ChargeView view(LedgerEntry e) {
    ZoneId z = zone();
    Instant now = clock.instant();
    ChargeDispute d = ChargeDispute.findById(e.id);
    LedgerEntry reversal = e.role == EntryRole.REVERSAL ? null : reversalOf(e.id);
    Long statementId = Statements.statementOf(e.id);
    ChargeState state;
    if (reversal != null) {
      state = ChargeState.REVERSED;
    } else if (d != null && d.status == DisputeStatus.OPEN) {
      state = ChargeState.DISPUTED;
    } else if (statementId != null) {
      state = ChargeState.BILLED;
    } else if (e.accountId == null) {
      state = ChargeState.UNASSIGNED;
    } else if (now.isBefore(e.reviewUntil)) {
      state = ChargeState.IN_REVIEW;
    } else {
      state = ChargeState.READY;
    }
    return new ChargeView(
        e.id,
        e.role,
        e.kind,
        state,
        e.reservationId,
        e.accountId,
        e.labId,
        e.resourceId,
        e.bookerUsername,
        e.tier,
        e.bookerCityCode,
        e.rateCardId,
        e.bookedMinutes,
        e.actualMinutes,
        e.billedMinutes,
        e.samples,
        Amount.of(e.amount),
        IsoTimes.at(e.serviceStartAt, z),
        IsoTimes.at(e.postedAt, z),
        IsoTimes.at(e.reviewUntil, z),
        e.actor,
        e.reason,
        e.reversesEntryId,
        e.replacesEntryId,
        reversal == null ? null : reversal.id,
        statementId,
        d == null
            ? null
            : new DisputeView(
                d.status,
                d.reason,
                d.openedBy,
                IsoTimes.at(d.openedAt, z),
                d.resolution,
                d.resolvedBy,
                d.resolvedAt == null ? null : IsoTimes.at(d.resolvedAt, z)),
        read(e.formula));
  }

  static List<Long> ids(List<LedgerEntry> entries) {
    List<Long> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.id));
    return out;
  }
}
