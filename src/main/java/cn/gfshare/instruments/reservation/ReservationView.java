package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.catalog.PriceEstimate;
import cn.gfshare.instruments.catalog.PriceTier;
import cn.gfshare.instruments.catalog.ResourceKind;
import cn.gfshare.instruments.common.IsoTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A reservation on the wire; times carry the offset of the lab's zone. A consultation booked with
 * an expert alone has {@code resourceKind} EXPERT, {@code expertId} = {@code resourceId} and no
 * {@code instrumentId}.
 */
public record ReservationView(
    long id,
    long resourceId,
    ResourceKind resourceKind,
    Long instrumentId,
    long labId,
    String timeZone,
    OffsetDateTime start,
    OffsetDateTime end,
    ReservationStatus status,
    String bookerUsername,
    long bookerInstitutionId,
    String bookerCity,
    String instrumentCity,
    boolean crossCity,
    boolean external,
    PriceTier priceTier,
    PriceEstimate priceEstimate,
    String purpose,
    int sampleCount,
    boolean operatorAssisted,
    Long expertId,
    Long accountId,
    boolean lateCancellation,
    String statusReason,
    Instant createdAt,
    Instant approvedAt,
    String approvedBy,
    Instant rejectedAt,
    String rejectedBy,
    Instant cancelledAt,
    String cancelledBy,
    Instant checkedInAt,
    Instant checkedOutAt,
    Usage usage,
    Long seriesId,
    long version) {

  /** Actual use recorded at check-out. */
  public record Usage(OffsetDateTime start, OffsetDateTime end, Integer samples) {}

  public static ReservationView of(Reservation r, PriceEstimate estimate) {
    ZoneId z = r.zone();
    Usage usage =
        r.usageStartAt == null
            ? null
            : new Usage(
                IsoTimes.at(r.usageStartAt, z), IsoTimes.at(r.usageEndAt, z), r.usageSamples);
    boolean expert = r.resourceId.equals(r.expertId);
    return new ReservationView(
        r.id,
        r.resourceId,
        expert ? ResourceKind.EXPERT : ResourceKind.INSTRUMENT,
        expert ? null : r.resourceId,
        r.labId,
        r.timeZone,
        IsoTimes.at(r.startAt, z),
        IsoTimes.at(r.endAt, z),
        r.status,
        r.bookerUsername,
        r.bookerInstitutionId,
        r.bookerCityCode,
        r.resourceCityCode,
        r.crossCity,
        r.external,
        r.priceTier,
        estimate,
        r.purpose,
        r.sampleCount,
        r.operatorAssisted,
        r.expertId,
        r.accountId,
        r.lateCancellation,
        r.statusReason,
        r.createdAt,
        r.approvedAt,
        r.approvedBy,
        r.rejectedAt,
        r.rejectedBy,
        r.cancelledAt,
        r.cancelledBy,
        r.checkedInAt,
        r.checkedOutAt,
        usage,
        r.seriesId,
        r.version);
  }
}
