package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.common.IsoTimes;
import cn.gfshare.instruments.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Appends to the reservation event log. Always inside the transaction of the change it records
 * (MANDATORY), so the event and the change commit or roll back together.
 */
@ApplicationScoped
public class ReservationEvents {

  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT =
      new TypeReference<>() {};

  @Inject ObjectMapper json;

  /** One event on the wire; {@code payload} says what changed. */
  public record ReservationEventView(
      long id,
      ReservationEventType type,
      @Schema(nullable = true) Long reservationId,
      @Schema(nullable = true) Long waitlistEntryId,
      long resourceId,
      OffsetDateTime occurredAt,
      String actor,
      Map<String, Object> payload) {}

  /**
   * A reservation changed from {@code from} (null when it was created) to its current status;
   * {@code details} adds what else changed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reservation(
      ReservationEventType type,
      Reservation r,
      ReservationStatus from,
      Caller actor,
      Instant at,
      Map<String, Object> details) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("fromStatus", from == null ? null : from.name());
    payload.put("toStatus", r.status.name());
    payload.putAll(details);
    append(type, r.id, null, r.resourceId, r.labId, actor, at, payload);
  }

  /** Something happened to a waitlist offer of the entry's resource. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void waitlist(
      ReservationEventType type,
      WaitlistEntry e,
      long labId,
      Caller actor,
      Instant at,
      Map<String, Object> details) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("waiter", e.username);
    payload.put("entryStatus", e.status.name());
    payload.putAll(details);
    append(type, e.reservationId, e.id, e.resourceId, labId, actor, at, payload);
  }

  private void append(
      ReservationEventType type,
      Long reservationId,
      Long waitlistEntryId,
      long resourceId,
      long labId,
      Caller actor,
      Instant at,
      Map<String, Object> payload) {
    ReservationEvent e = new ReservationEvent();
    e.type = type;
    e.reservationId = reservationId;
    e.waitlistEntryId = waitlistEntryId;
    e.resourceId = resourceId;
    e.labId = labId;
    e.occurredAt = at;
    e.actor = actor.username();
    try {
      e.payload = json.writeValueAsString(payload);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
    e.persist();
  }

  ReservationEventView view(ReservationEvent e, ZoneId zone) {
    try {
      return new ReservationEventView(
          e.id,
          e.type,
          e.reservationId,
          e.waitlistEntryId,
          e.resourceId,
          IsoTimes.at(e.occurredAt, zone),
          e.actor,
          json.readValue(e.payload, OBJECT));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Unreadable payload of event " + e.id, ex);
    }
  }

  List<ReservationEventView> views(List<ReservationEvent> events, ZoneId zone) {
    return events.stream().map(e -> view(e, zone)).toList();
  }
}
