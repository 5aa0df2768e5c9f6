package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.catalog.Instrument;
import cn.gfshare.instruments.common.GfConfig;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An instrument's busy times as an RFC 5545 calendar (ical4j): bookings and blackouts as opaque
 * events titled "Busy" / "Unavailable", with no personal data, for calendar apps to subscribe to.
 */
@ApplicationScoped
public class BusyCalendarService {

  @Inject GfConfig config;
  @Inject Clock clock;
  @Inject BookedTime bookedTime;

  @Transactional(Transactional.TxType.SUPPORTS)
  public String busyCalendar(long instrumentId, Instant from, Instant to) {
    Instrument instrument = Instrument.findById(instrumentId);
    if (instrument == null) {
      throw new NotFoundProblem("Instrument", instrumentId);
    }
    Instant now = clock.instant();
    Instant f = from != null ? from : now.minus(Duration.ofDays(7));
    Instant t = to != null ? to : f.plus(Duration.ofDays(config.booking().maxWindowDays()));
    AvailabilityService.checkWindow(f, t, config.booking().maxWindowDays());

    Calendar cal = new Calendar();
    cal.add(new ProdId("-//GF Instrument Sharing//Busy times " + instrument.code + "//EN"));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    for (BookedTime.Booking b : bookedTime.active(instrumentId, f, t)) {
      cal.add(event(b.slot().start(), b.slot().end(), "Busy", "reservation-" + b.reservationId()));
    }
    List<Blackout> blackouts =
        Blackout.list(
            "resourceId = ?1 and endAt > ?2 and startAt < ?3 order by startAt", instrumentId, f, t);
    for (Blackout b : blackouts) {
      cal.add(event(b.startAt, b.endAt, "Unavailable", "blackout-" + b.id));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(cal, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static VEvent event(Instant start, Instant end, String summary, String uid) {
    VEvent e = new VEvent(start, end, summary);
    e.add(new Uid(uid + "@gf-instruments.cn"));
    e.add(ImmutableTransp.OPAQUE);
    return e;
  }
}
