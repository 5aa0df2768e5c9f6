package cn.gfshare.instruments.catalog;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.List;

/**
 * The settings version of bookable resources ({@code bookable_resource.settings_version}): bumped,
 * in the changing transaction, by every change to what a booking of the resource is checked and
 * priced against that is not a change of the resource's own row (that moves {@code version}). A
 * booking reads both with its row lock, so any replica can keep those settings in memory and still
 * never book against stale ones. The update takes the row lock, so it also waits for bookings of
 * the resource in flight.
 */
public final class ResourceSettings {

  private ResourceSettings() {}

  /** Rules, opening hours, exceptions or blackouts of one resource changed. */
  public static void touch(long resourceId) {
    Panache.getEntityManager()
        .createNativeQuery(
            "UPDATE bookable_resource SET settings_version = settings_version + 1 WHERE id = ?1")
        .setParameter(1, resourceId)
        .executeUpdate();
  }

  /** New rate cards of existing resources (a bulk import): their prices changed. */
  public static void touch(Collection<Long> resourceIds) {
    List<Long> ids = List.copyOf(resourceIds);
    for (int from = 0; from < ids.size(); from += 500) {
      Panache.getEntityManager()
          .createNativeQuery(
              "UPDATE bookable_resource SET settings_version = settings_version + 1"
                  + " WHERE id IN (?1)")
          .setParameter(1, ids.subList(from, Math.min(ids.size(), from + 500)))
          .executeUpdate();
    }
  }

  /** The lab's managers or zone changed: they decide who books without approval, and when. */
  public static void touchLab(long labId) {
    Panache.getEntityManager()
        .createNativeQuery(
            "UPDATE bookable_resource SET settings_version = settings_version + 1 WHERE lab_id = ?1")
        .setParameter(1, labId)
        .executeUpdate();
  }

  /** A platform-wide setting changed (the equal-access policy): every resource's copy is stale. */
  public static void touchAll() {
    Panache.getEntityManager()
        .createNativeQuery("UPDATE bookable_resource SET settings_version = settings_version + 1")
        .executeUpdate();
  }
}
