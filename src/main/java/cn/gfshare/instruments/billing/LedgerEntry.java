package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.catalog.PriceTier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One line of the ledger. Immutable: Hibernate never writes an UPDATE for it, and the schema's
 * unique keys allow one original charge of a kind per reservation and one reversal per entry.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public EntryRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ChargeKind kind;

  @Column(name = "reservation_id", nullable = false)
  public Long reservationId;

  /** Null while the charge is unassigned (a reservation booked without an account). */
  @Column(name = "account_id")
  public Long accountId;

  @Column(name = "lab_id", nullable = false)
  public Long labId;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Column(name = "booker_username", nullable = false)
  public String bookerUsername;

  @Enumerated(EnumType.STRING)
  @Column(name = "price_tier", nullable = false)
  public PriceTier tier;

  @Column(name = "booker_city_code", nullable = false)
  public String bookerCityCode;

  @Column(name = "rate_card_id")
  public Long rateCardId;

  @Column(name = "booked_minutes", nullable = false)
  public int bookedMinutes;

  @Column(name = "actual_minutes")
  public Integer actualMinutes;

  @Column(name = "billed_minutes", nullable = false)
  public int billedMinutes;

  @Column(nullable = false)
  public int samples;

  @Column(nullable = false, precision = 14, scale = 2)
  public BigDecimal amount;

  @Column(nullable = false)
  public String currency;

  /** The pricing inputs and lines as JSON ({@link Pricing.Breakdown}). */
  @Column(nullable = false)
  public String formula;

  @Column(name = "service_start_at", nullable = false)
  public Instant serviceStartAt;

  @Column(name = "posted_at", nullable = false)
  public Instant postedAt;

  @Column(name = "review_until", nullable = false)
  public Instant reviewUntil;

  @Column(nullable = false)
  public String actor;

  public String reason;

  @Column(name = "reverses_entry_id")
  public Long reversesEntryId;

  @Column(name = "replaces_entry_id")
  public Long replacesEntryId;

  @Column(name = "original_key")
  public String originalKey;

  /** A copy of this entry's facts, for a reversal or replacement to start from. */
  LedgerEntry follow(EntryRole role, String actor, String reason, Instant at) {
    LedgerEntry e = new LedgerEntry();
    e.role = role;
    e.kind = kind;
    e.reservationId = reservationId;
    e.accountId = accountId;
    e.labId = labId;
    e.resourceId = resourceId;
    e.bookerUsername = bookerUsername;
    e.tier = tier;
    e.bookerCityCode = bookerCityCode;
    e.rateCardId = rateCardId;
    e.bookedMinutes = bookedMinutes;
    e.actualMinutes = actualMinutes;
    e.billedMinutes = billedMinutes;
    e.samples = samples;
    e.amount = amount;
    e.currency = currency;
    e.formula = formula;
    e.serviceStartAt = serviceStartAt;
    e.postedAt = at;
    e.reviewUntil = at;
    e.actor = actor;
    e.reason = reason;
    return e;
  }

  /** Whether a reversal of this entry exists. */
  public boolean reversed() {
    return count("reversesEntryId", id) > 0;
  }

  /** The charge of a reservation that stands now: the newest CHARGE or REPLACEMENT not reversed. */
  public static Optional<LedgerEntry> standing(long reservationId) {
    return find(
            "reservationId = ?1 and role <> ?2 and id not in"
                + " (select r.reversesEntryId from LedgerEntry r where r.reservationId = ?1"
                + " and r.reversesEntryId is not null) order by id desc",
            reservationId,
            EntryRole.REVERSAL)
        .firstResultOptional();
  }
}
