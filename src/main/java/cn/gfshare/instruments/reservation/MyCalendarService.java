package cn.gfshare.instruments.reservation;

import cn.gfshare.instruments.catalog.Expert;
import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A user's own reservations as iCalendar, for the bearer-token endpoint and for a secret feed URL
 * that calendar apps can poll without a token (revocable, rotated on each request for a new one).
 */
@ApplicationScoped
public class MyCalendarService {

  @Inject Clock clock;

  private static final SecureRandom RANDOM = new SecureRandom();

  public record FeedView(String url, Instant createdAt) {}

  /** The user's reservations from 30 days ago on, pending, confirmed, checked in or completed. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String calendarOf(String username) {
    Instant from = clock.instant().minus(Duration.ofDays(30));
    List<Reservation> mine =
        Reservation.list(
            "bookerUsername = ?1 and endAt > ?2 and status in ?3 order by startAt",
            username,
            from,
            EnumSet.of(
                ReservationStatus.PENDING_APPROVAL,
                ReservationStatus.CONFIRMED,
                ReservationStatus.CHECKED_IN,
                ReservationStatus.COMPLETED));
    Map<Long, String> names = new HashMap<>();
    List<Long> ids = mine.stream().map(r -> r.resourceId).distinct().toList();
    if (!ids.isEmpty()) {
      Instrument.<Instrument>list("id in ?1", ids)
          .forEach(i -> names.put(i.id, i.nameZh + " / " + i.nameEn + " (" + i.code + ")"));
      Expert.<Expert>list("id in ?1", ids)
          .forEach(e -> names.put(e.id, "专家咨询 / Consultation: " + e.nameZh + " / " + e.nameEn));
    }
    Calendar cal = new Calendar();
    cal.add(new ProdId("-//GF Instrument Sharing//My reservations//EN"));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    for (Reservation r : mine) {
      String name = names.getOrDefault(r.resourceId, "Reservation " + r.id);
      VEvent e = new VEvent(r.startAt, r.endAt, name);
      e.add(new Uid("reservation-" + r.id + "@gf-instruments.cn"));
      e.add(new Description(r.status + ": " + r.purpose));
      e.add(
          r.status == ReservationStatus.PENDING_APPROVAL
              ? ImmutableStatus.VEVENT_TENTATIVE
              : ImmutableStatus.VEVENT_CONFIRMED);
      cal.add(e);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(cal, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** Issues a new secret feed URL; any earlier one stops working. */
  @Transactional
  public FeedView rotate(String username) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    CalendarFeed f = CalendarFeed.findById(username);
    if (f == null) {
      f = new CalendarFeed();
      f.username = username;
    }
    f.tokenHash = hash(token);
    f.createdAt = clock.instant();
    f.persist();
    return new FeedView(feedPath(token), f.createdAt);
  }

  @Transactional
  public void revoke(String username) {
    if (!CalendarFeed.deleteById(username)) {
      throw new NotFoundProblem("Calendar feed of", username);
    }
  }

  /** The calendar behind a secret feed token; 404 for unknown or revoked tokens. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String calendarOfFeed(String token) {
    CalendarFeed f =
        token == null || token.length() > 100
            ? null
            : CalendarFeed.<CalendarFeed>find("tokenHash", hash(token)).firstResult();
    if (f == null) {
      throw new NotFoundProblem("Calendar feed", "(token)");
    }
    return calendarOf(f.username);
  }

  public static String feedPath(String token) {
    return "/api/v1/calendar-feeds/" + token + ".ics";
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
