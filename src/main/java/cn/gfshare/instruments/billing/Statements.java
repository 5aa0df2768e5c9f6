package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.Lab;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.Money;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.Roles;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Monthly statements per account. A statement takes every reviewed, undisputed line of the account
 * posted before its month ends that is on no other live statement (lines still in review roll over
 * to the next month), and fixes its lines and total then. It is never edited: a wrong one is voided
 * (its lines are released) and a new one created for the same month.
 *
 * <p>Creating and issuing are idempotent and safe on N replicas: creation locks the account row and
 * the database allows one live statement per account and month; issuing locks the statement row.
 */
@ApplicationScoped
public class Statements {

  @Inject BillingConfig config;
  @Inject BillingEvents events;
  @Inject Clock clock;

  public record CreateStatementRequest(
      @NotNull Long accountId,
      @NotNull
          @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "a month, yyyy-MM")
          @Schema(examples = "2026-03")
          String period) {}

  public record VoidRequest(@NotBlank @Size(min = 10, max = 500) String reason) {}

  public record LabTotal(long labId, String labCode, Amount total) {}

  public record TierTotal(PriceTier tier, Amount total) {}

  public record StatementLineView(
      long chargeId,
      EntryRole role,
      ChargeKind kind,
      long reservationId,
      long labId,
      String labCode,
      long resourceId,
      String bookerUsername,
      PriceTier tier,
      String bookerCity,
      int bookedMinutes,
      @Schema(nullable = true) Integer actualMinutes,
      int billedMinutes,
      int samples,
      Amount amount,
      OffsetDateTime serviceStart,
      OffsetDateTime postedAt,
      @Schema(nullable = true) Long reversesEntryId,
      @Schema(nullable = true) Long replacesEntryId) {}

  public record StatementSummary(
      long id,
      long accountId,
      String accountCode,
      String period,
      StatementStatus status,
      Amount total,
      int lineCount,
      OffsetDateTime createdAt,
      @Schema(nullable = true) OffsetDateTime issuedAt) {}

  public record StatementView(
      long id,
      long accountId,
      String accountCode,
      String accountName,
      String period,
      OffsetDateTime periodStart,
      OffsetDateTime periodEnd,
      StatementStatus status,
      Amount total,
      int lineCount,
      List<LabTotal> totalsByLab,
      List<TierTotal> totalsByTier,
      List<StatementLineView> lines,
      OffsetDateTime createdAt,
      String createdBy,
      @Schema(nullable = true) OffsetDateTime issuedAt,
      @Schema(nullable = true) String issuedBy,
      @Schema(nullable = true) OffsetDateTime paidAt,
      @Schema(nullable = true) String paidBy,
      @Schema(nullable = true) OffsetDateTime voidedAt,
      @Schema(nullable = true) String voidedBy,
      @Schema(nullable = true) String voidReason,
      @Schema(nullable = true) Long replacesStatementId) {}

  /** A statement and whether this call created it (false: the month's live one existed). */
  public record Created(StatementView statement, boolean created) {}

  ZoneId zone() {
    return ZoneId.of(config.statementZone());
  }

  /**
   * Finance (or a scheduled job) creates the DRAFT statement of an account for a month; if the
   * month has a live statement already, that one is returned instead.
   */
  @Transactional
  public Created create(Caller caller, CreateStatementRequest req) {
    requireFinance(caller);
    YearMonth month = month(req.period());
    ZoneId z = zone();
    Instant now = clock.instant();
    if (month.atDay(1).atStartOfDay(z).toInstant().isAfter(now)) {
      throw InvalidFieldsProblem.of(
          "period-in-future", FieldViolation.body("period", "the month has not begun"));
    }
    // the lock comes before any plain read, so the reads below see every statement committed by
    // whoever held it before us (InnoDB takes the snapshot at the first plain read)
    if (!RowLocks.lock("funding_account", req.accountId())) {
      throw new NotFoundProblem("Account", req.accountId());
    }
    Statement live = live(req.accountId(), req.period());
    if (live != null) {
      return new Created(view(live), false);
    }
    FundingAccount account = FundingAccount.findById(req.accountId());
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(z).toInstant();
    List<LedgerEntry> lines =
        LedgerEntry.list(
            "accountId = ?1 and postedAt < ?2 and reviewUntil <= ?3"
                + " and id not in (select l.liveEntryId from StatementLine l where l.liveEntryId is not null)"
                + " and id not in (select d.entryId from ChargeDispute d where d.status = ?4)"
                + " order by id",
            account.id,
            end,
            now,
            DisputeStatus.OPEN);
    Statement s = new Statement();
    s.accountId = account.id;
    s.period = month.toString();
    s.status = StatementStatus.DRAFT;
    s.activeKey = 1;
    s.total = lines.stream().map(e -> e.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    s.total = Money.of(s.total).amount();
    s.currency = Amount.CNY;
    s.lineCount = lines.size();
    s.createdAt = now;
    s.createdBy = caller.username();
    Statement voided =
        Statement.<Statement>find(
                "accountId = ?1 and period = ?2 and status = ?3 order by id desc",
                account.id,
                s.period,
                StatementStatus.VOID)
            .firstResult();
    s.replacesStatementId = voided == null ? null : voided.id;
    s.persist();
    for (LedgerEntry e : lines) {
      StatementLine l = new StatementLine();
      l.statementId = s.id;
      l.entryId = e.id;
      l.liveEntryId = e.id;
      l.persist();
    }
    events.append(
        "STATEMENT_CREATED",
        "STATEMENT",
        s.id,
        account.id,
        null,
        caller,
        now,
        Map.of("period", s.period, "total", s.total.toPlainString(), "lines", s.lineCount));
    return new Created(view(s), true);
  }

  /** DRAFT → ISSUED; issuing an issued (or paid) statement again returns it unchanged. */
  @Transactional
  public StatementView issue(Caller caller, long id) {
    requireFinance(caller);
    Statement s = lock(id);
    if (s.status == StatementStatus.ISSUED || s.status == StatementStatus.PAID) {
      return view(s);
    }
    requireStatus(s, "issue", StatementStatus.DRAFT);
    s.status = StatementStatus.ISSUED;
    s.issuedAt = clock.instant();
    s.issuedBy = caller.username();
    event("STATEMENT_ISSUED", s, caller, s.issuedAt, Map.of());
    return view(s);
  }

  /** ISSUED → PAID (recorded by finance); again on a paid statement returns it unchanged. */
  @Transactional
  public StatementView pay(Caller caller, long id) {
    requireFinance(caller);
    Statement s = lock(id);
    if (s.status == StatementStatus.PAID) {
      return view(s);
    }
    requireStatus(s, "be paid", StatementStatus.ISSUED);
    s.status = StatementStatus.PAID;
    s.paidAt = clock.instant();
    s.paidBy = caller.username();
    event("STATEMENT_PAID", s, caller, s.paidAt, Map.of());
    return view(s);
  }

  /** DRAFT or ISSUED → VOID: its lines are released for the statement that replaces it. */
  @Transactional
  public StatementView voidStatement(Caller caller, long id, VoidRequest req) {
    requireFinance(caller);
    Statement s = lock(id);
    requireStatus(s, "be voided", StatementStatus.DRAFT, StatementStatus.ISSUED);
    String reason = req.reason() == null ? "" : req.reason().strip();
    if (reason.length() < 10) {
      throw InvalidFieldsProblem.of(
          "reason-too-short", FieldViolation.body("reason", "at least 10 characters"));
    }
    s.status = StatementStatus.VOID;
    s.activeKey = null;
    s.voidedAt = clock.instant();
    s.voidedBy = caller.username();
    s.voidReason = reason;
    s.flush();
    StatementLine.update("liveEntryId = null where statementId = ?1", s.id);
    event("STATEMENT_VOIDED", s, caller, s.voidedAt, Map.of("reason", reason));
    return view(s);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public StatementView get(Caller caller, long id) {
    return view(visible(caller, id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<StatementSummary> list(
      Caller caller, Long accountId, String period, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    if (!caller.hasRole(Roles.FINANCE)) {
      where.append(
          " and s.accountId in (select a.id from FundingAccount a where a.piUsername = :me)");
      p.put("me", caller.username() == null ? "" : caller.username());
    }
    if (accountId != null) {
      where.append(" and s.accountId = :account");
      p.put("account", accountId);
    }
    if (period != null) {
      where.append(" and s.period = :period");
      p.put("period", month(period).toString());
    }
    var em = Panache.getEntityManager();
    var q =
        em.createQuery(
            "select s from Statement s where " + where + " order by s.id desc", Statement.class);
    var c = em.createQuery("select count(s) from Statement s where " + where, Long.class);
    p.forEach(
        (k, v) -> {
          q.setParameter(k, v);
          c.setParameter(k, v);
        });
    ZoneId z = zone();
    List<StatementSummary> items =
        q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(
                s -> {
                  FundingAccount a = FundingAccount.findById(s.accountId);
                  return new StatementSummary(
                      s.id,
                      s.accountId,
                      a.code,
                      s.period,
                      s.status,
                      Amount.of(s.total),
                      s.lineCount,
                      IsoTimes.at(s.createdAt, z),
                      s.issuedAt == null ? null : IsoTimes.at(s.issuedAt, z));
                })
            .toList();
    return new PageResult<>(items, page.page(), page.size(), c.getSingleResult());
  }

  /** The live statement an entry is on, if any. */
  static Long statementOf(long entryId) {
    return Panache.getEntityManager()
        .createQuery(
            "select l.statementId from StatementLine l where l.liveEntryId = :id", Long.class)
        .setParameter("id", entryId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static Statement live(long accountId, String period) {
    return Statement.<Statement>find(
            "accountId = ?1 and period = ?2 and activeKey = 1", accountId, period)
        .firstResult();
  }

  private Statement lock(long id) {
    if (!RowLocks.lock("statement", id)) {
      throw new NotFoundProblem("Statement", id);
    }
    return Statement.findById(id);
  }

  private Statement visible(Caller caller, long id) {
    Statement s = Statement.findById(id);
    if (s == null) {
      throw new NotFoundProblem("Statement", id);
    }
    if (!caller.hasRole(Roles.FINANCE)) {
      FundingAccount a = FundingAccount.findById(s.accountId);
      if (!a.piUsername.equals(caller.username())) {
        throw new NotFoundProblem("Statement", id);
      }
    }
    return s;
  }

  private static void requireFinance(Caller caller) {
    if (!caller.hasRole(Roles.FINANCE) && !caller.system()) {
      throw new cn.gfshare.instruments.common.problem.ForbiddenProblem(
          "not-finance", "Only finance manages statements");
    }
  }

  private static void requireStatus(Statement s, String action, StatementStatus... allowed) {
    for (StatementStatus a : allowed) {
      if (s.status == a) {
        return;
      }
    }
    throw new ConflictProblem(
        "statement-transition-not-allowed",
        "A " + s.status + " statement cannot " + action,
        Map.of("currentStatus", s.status.name()));
  }

  private void event(String type, Statement s, Caller caller, Instant at, Map<String, ?> extra) {
    Map<String, Object> payload = new HashMap<>(extra);
    payload.put("status", s.status.name());
    payload.put("period", s.period);
    events.append(type, "STATEMENT", s.id, s.accountId, null, caller, at, payload);
  }

  static YearMonth month(String period) {
    try {
      if (period == null || !period.matches("[0-9]{4}-[0-9]{2}")) {
        throw new DateTimeParseException("period", String.valueOf(period), 0);
      }
      return YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      throw InvalidFieldsProblem.of(
          "period-format", FieldViolation.query("period", "a month, yyyy-MM"));
    }
  }

  StatementView view(Statement s) {
    ZoneId z = zone();
    FundingAccount a = FundingAccount.findById(s.accountId);
    YearMonth month = YearMonth.parse(s.period);
    List<LedgerEntry> entries =
        LedgerEntry.list(
            "id in (select l.entryId from StatementLine l where l.statementId = ?1) order by id",
            s.id);
    Map<Long, String> labCodes = new HashMap<>();
    Map<Long, BigDecimal> byLab = new TreeMap<>();
    Map<PriceTier, BigDecimal> byTier = new EnumMap<>(PriceTier.class);
    List<StatementLineView> lines =
        entries.stream()
            .map(
                e -> {
                  String code =
                      labCodes.computeIfAbsent(e.labId, id -> ((Lab) Lab.findById(id)).code);
                  byLab.merge(e.labId, e.amount, BigDecimal::add);
                  byTier.merge(e.tier, e.amount, BigDecimal::add);
                  return new StatementLineView(
                      e.id,
                      e.role,
                      e.kind,
                      e.reservationId,
                      e.labId,
                      code,
                      e.resourceId,
                      e.bookerUsername,
                      e.tier,
                      e.bookerCityCode,
                      e.bookedMinutes,
                      e.actualMinutes,
                      e.billedMinutes,
                      e.samples,
                      Amount.of(e.amount),
                      IsoTimes.at(e.serviceStartAt, z),
                      IsoTimes.at(e.postedAt, z),
                      e.reversesEntryId,
                      e.replacesEntryId);
                })
            .toList();
    return new StatementView(
        s.id,
        s.accountId,
        a.code,
        a.name,
        s.period,
        IsoTimes.at(month.atDay(1).atStartOfDay(z).toInstant(), z),
        IsoTimes.at(month.plusMonths(1).atDay(1).atStartOfDay(z).toInstant(), z),
        s.status,
        Amount.of(s.total),
        s.lineCount,
        byLab.entrySet().stream()
            .map(e -> new LabTotal(e.getKey(), labCodes.get(e.getKey()), Amount.of(e.getValue())))
            .toList(),
        byTier.entrySet().stream()
            .map(e -> new TierTotal(e.getKey(), Amount.of(e.getValue())))
            .toList(),
        lines,
        IsoTimes.at(s.createdAt, z),
        s.createdBy,
        s.issuedAt == null ? null : IsoTimes.at(s.issuedAt, z),
        s.issuedBy,
        s.paidAt == null ? null : IsoTimes.at(s.paidAt, z),
        s.paidBy,
        s.voidedAt == null ? null : IsoTimes.at(s.voidedAt, z),
        s.voidedBy,
        s.voidReason,
        s.replacesStatementId);
  }
}
