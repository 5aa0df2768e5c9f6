package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.Institution;
import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.RowLocks;
import cn.gfshare.instruments.common.problem.ConflictProblem;
import cn.gfshare.instruments.common.problem.FieldViolation;
import cn.gfshare.instruments.common.problem.ForbiddenProblem;
import cn.gfshare.instruments.common.problem.InvalidFieldsProblem;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import cn.gfshare.instruments.security.Caller;
import cn.gfshare.instruments.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Funding accounts: finance creates, suspends and closes them; finance and the account's PI manage
 * who may charge it. Finance sees every account, others the accounts they lead or belong to.
 */
@ApplicationScoped
public class Accounts {

  static final String USERNAME = "^[A-Za-z0-9._@:-]{1,100}$";

  @Inject BillingEvents events;
  @Inject BillingConfig config;
  @Inject Clock clock;

  public record AccountRequest(
      @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._/-]+$") String code,
      @NotBlank @Size(max = 200) String name,
      @NotNull AccountType type,
      @NotNull Long institutionId,
      @NotNull @Pattern(regexp = USERNAME) String piUsername,
      @Pattern(regexp = Ledger.MONEY_PATTERN) @Schema(examples = "50000.00") String creditLimit,
      LocalDate expiresOn,
      Boolean defaultAccount,
      @Size(max = 500) List<@NotNull @Pattern(regexp = USERNAME) String> members) {}

  /** The changeable facts of an account; status CLOSED is final. */
  public record AccountUpdate(
      @NotBlank @Size(max = 200) String name,
      @NotNull AccountStatus status,
      @Pattern(regexp = Ledger.MONEY_PATTERN) @Schema(examples = "50000.00") String creditLimit,
      LocalDate expiresOn,
      Boolean defaultAccount) {}

  public record MembersRequest(
      @NotNull @Size(max = 500) List<@NotNull @Pattern(regexp = USERNAME) String> usernames) {}

  public record AccountView(
      long id,
      String code,
      String name,
      AccountType type,
      long institutionId,
      String piUsername,
      @Schema(nullable = true) Amount creditLimit,
      @Schema(nullable = true) LocalDate expiresOn,
      AccountStatus status,
      boolean defaultAccount,
      @Schema(description = "Sum of the account's ledger entries") Amount balance,
      @Schema(
              description =
                  "Sum of its entries not on a paid statement (what the credit limit limits)")
          Amount outstanding,
      OffsetDateTime createdAt,
      String createdBy) {}

  public record MembersView(long accountId, String piUsername, List<String> usernames) {}

  @Transactional
  public AccountView create(Caller caller, @Valid AccountRequest req) {
    requireFinance(caller);
    List<FieldViolation> v = new ArrayList<>();
    if (Institution.findById(req.institutionId()) == null) {
      v.add(FieldViolation.body("institutionId", "no institution " + req.institutionId()));
    }
    if (!v.isEmpty()) {
      throw new InvalidFieldsProblem("account-invalid", v);
    }
    if (FundingAccount.count("code", req.code().strip()) > 0) {
      throw new ConflictProblem(
          "account-code-taken",
          "An account with code " + req.code().strip() + " exists",
          Map.of("code", req.code().strip()));
    }
    Instant now = clock.instant();
    FundingAccount a = new FundingAccount();
    a.code = req.code().strip();
    a.name = req.name().strip();
    a.type = req.type();
    a.institutionId = req.institutionId();
    a.piUsername = req.piUsername();
    a.creditLimit = req.creditLimit() == null ? null : new BigDecimal(req.creditLimit());
    a.expiresOn = req.expiresOn();
    a.status = AccountStatus.ACTIVE;
    a.defaultAccount = Boolean.TRUE.equals(req.defaultAccount());
    a.createdAt = now;
    a.createdBy = caller.username();
    a.persist();
    if (req.members() != null) {
      for (String m : new LinkedHashSet<>(req.members())) {
        addMember(a.id, m, caller, now);
      }
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("code", a.code);
    payload.put("piUsername", a.piUsername);
    payload.put("status", a.status.name());
    events.append("ACCOUNT_CREATED", "ACCOUNT", a.id, a.id, null, caller, now, payload);
    return view(a);
  }

  @Transactional
  public AccountView update(Caller caller, long id, AccountUpdate req) {
    requireFinance(caller);
    if (!RowLocks.lock("funding_account", id)) {
      throw new NotFoundProblem("Account", id);
    }
    FundingAccount a = FundingAccount.findById(id);
    if (a.status == AccountStatus.CLOSED && req.status() != AccountStatus.CLOSED) {
      throw new ConflictProblem(
          "account-closed",
          "Account " + a.code + " is closed; a closed account is not reopened",
          Map.of("currentStatus", a.status.name()));
    }
    AccountStatus from = a.status;
    a.name = req.name().strip();
    a.status = req.status();
    a.creditLimit = req.creditLimit() == null ? null : new BigDecimal(req.creditLimit());
    a.expiresOn = req.expiresOn();
    a.defaultAccount = Boolean.TRUE.equals(req.defaultAccount());
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("fromStatus", from.name());
    payload.put("toStatus", a.status.name());
    payload.put("creditLimit", a.creditLimit == null ? null : a.creditLimit.toPlainString());
    payload.put("expiresOn", a.expiresOn == null ? null : a.expiresOn.toString());
    events.append("ACCOUNT_UPDATED", "ACCOUNT", a.id, a.id, null, caller, clock.instant(), payload);
    return view(a);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public AccountView get(Caller caller, long id) {
    return view(visible(caller, id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<AccountView> list(Caller caller, PageRequest page) {
    String where =
        caller.hasRole(Roles.FINANCE)
            ? "1 = 1"
            : "a.piUsername = :me or a.id in"
                + " (select m.accountId from AccountMember m where m.username = :me)";
    var em = Panache.getEntityManager();
    var q =
        em.createQuery(
            "select a from FundingAccount a where " + where + " order by a.code",
            FundingAccount.class);
    var c = em.createQuery("select count(a) from FundingAccount a where " + where, Long.class);
    if (!caller.hasRole(Roles.FINANCE)) {
      String me = caller.username() == null ? "" : caller.username();
      q.setParameter("me", me);
      c.setParameter("me", me);
    }
    return new PageResult<>(
        q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(this::view)
            .toList(),
        page.page(),
        page.size(),
        c.getSingleResult());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public MembersView members(Caller caller, long id) {
    FundingAccount a = visible(caller, id);
    return new MembersView(a.id, a.piUsername, AccountMember.of(a.id));
  }

  /** Finance or the account's PI replaces the member list. */
  @Transactional
  public MembersView setMembers(Caller caller, long id, MembersRequest req) {
    if (!RowLocks.lock("funding_account", id)) {
      throw new NotFoundProblem("Account", id);
    }
    FundingAccount a = visible(caller, id);
    if (!caller.hasRole(Roles.FINANCE) && !a.piUsername.equals(caller.username())) {
      throw new ForbiddenProblem(
          "not-account-pi", "Only finance and the account's principal investigator manage members");
    }
    Set<String> wanted = new LinkedHashSet<>(req.usernames());
    Set<String> current = new LinkedHashSet<>(AccountMember.of(a.id));
    Instant now = clock.instant();
    for (String m : current) {
      if (!wanted.contains(m)) {
        AccountMember.delete("accountId = ?1 and username = ?2", a.id, m);
      }
    }
    for (String m : wanted) {
      if (!current.contains(m)) {
        addMember(a.id, m, caller, now);
      }
    }
    events.append(
        "ACCOUNT_MEMBERS_SET",
        "ACCOUNT",
        a.id,
        a.id,
        null,
        caller,
        now,
        Map.of("usernames", List.copyOf(wanted)));
    return new MembersView(a.id, a.piUsername, AccountMember.of(a.id));
  }

  private static void addMember(long accountId, String username, Caller caller, Instant now) {
    AccountMember m = new AccountMember();
    m.accountId = accountId;
    m.username = username;
    m.addedAt = now;
    m.addedBy = caller.username();
    m.persist();
  }

  /** Finance, the PI and members see an account; to anyone else it does not exist. */
  FundingAccount visible(Caller caller, long id) {
    FundingAccount a = FundingAccount.findById(id);
    if (a == null
        || !caller.hasRole(Roles.FINANCE)
            && (caller.username() == null || !a.isMember(caller.username()))) {
      throw new NotFoundProblem("Account", id);
    }
    return a;
  }

  /** The account's entries not on a paid statement. */
  static BigDecimal outstanding(long accountId) {
    BigDecimal b =
        Panache.getEntityManager()
            .createQuery(
                "select coalesce(sum(e.amount), 0) from LedgerEntry e where e.accountId = :a"
                    + " and e.id not in (select l.entryId from StatementLine l, Statement s"
                    + " where s.id = l.statementId and s.status = :paid)",
                BigDecimal.class)
            .setParameter("a", accountId)
            .setParameter("paid", StatementStatus.PAID)
            .getSingleResult();
    return b == null ? BigDecimal.ZERO : b;
  }

  static BigDecimal balance(long accountId) {
    BigDecimal b =
        Panache.getEntityManager()
            .createQuery(
                "select coalesce(sum(e.amount), 0) from LedgerEntry e where e.accountId = :a",
                BigDecimal.class)
            .setParameter("a", accountId)
            .getSingleResult();
    return b == null ? BigDecimal.ZERO : b;
  }

  private static void requireFinance(Caller caller) {
    if (!caller.hasRole(Roles.FINANCE)) {
      throw new ForbiddenProblem("not-finance", "Only finance creates and changes accounts");
    }
  }

  AccountView view(FundingAccount a) {
    ZoneId z = ZoneId.of(config.statementZone());
    return new AccountView(
        a.id,
        a.code,
        a.name,
        a.type,
        a.institutionId,
        a.piUsername,
        Amount.of(a.creditLimit),
        a.expiresOn,
        a.status,
        a.defaultAccount,
        Amount.of(balance(a.id)),
        Amount.of(outstanding(a.id)),
        IsoTimes.at(a.createdAt, z),
        a.createdBy);
  }
}
