package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.dto.CategoryRef;
import cn.gfshare.instruments.catalog.dto.Contact;
import cn.gfshare.instruments.catalog.dto.ExpertRef;
import cn.gfshare.instruments.catalog.dto.ExpertSummary;
import cn.gfshare.instruments.catalog.dto.InstitutionView;
import cn.gfshare.instruments.catalog.dto.InstrumentRef;
import cn.gfshare.instruments.catalog.dto.InstrumentSummary;
import cn.gfshare.instruments.catalog.dto.LabView;
import cn.gfshare.instruments.catalog.dto.RateCardView;
import cn.gfshare.instruments.catalog.dto.RatePrice;

/**
 * Entity → DTO mapping. {@code signedIn} decides whether people's contact details are included: the
 * catalog is public, but phone numbers and e-mail addresses are for signed-in users only.
 */
final class CatalogViews {

  private CatalogViews() {}

  static InstitutionView institution(Institution i, Long labCount, Long instrumentCount) {
    return new InstitutionView(
        i.id,
        i.code,
        i.nameZh,
        i.nameEn,
        i.city.code,
        i.type,
        i.address,
        labCount,
        instrumentCount,
        i.version);
  }

  static LabView lab(Lab l, boolean signedIn, Long instrumentCount, Long expertCount) {
    Contact contact = null;
    if (signedIn && (l.contactName != null || l.contactPhone != null || l.contactEmail != null)) {
      contact = new Contact(l.contactName, l.contactPhone, l.contactEmail);
    }
    Institution inst = l.institution;
    return new LabView(
        l.id,
        l.code,
        l.nameZh,
        l.nameEn,
        inst.id,
        inst.code,
        inst.nameZh,
        inst.city.code,
        l.location,
        l.timeZone,
        contact,
        signedIn ? l.managers.stream().sorted().toList() : null,
        instrumentCount,
        expertCount,
        l.version);
  }

  static InstrumentSummary summary(Instrument i) {
    return new InstrumentSummary(
        i.id,
        i.code,
        i.nameZh,
        i.nameEn,
        i.model,
        i.manufacturer,
        i.categoryCode,
        i.lab.id,
        i.lab.nameZh,
        i.institutionId,
        i.lab.institution.nameZh,
        i.cityCode,
        i.valueCny,
        i.large,
        i.acquisitionYear,
        i.status,
        i.location,
        i.requiresApproval,
        i.qualificationRequired,
        i.operatorAssisted,
        i.version);
  }

  static ExpertSummary expert(Expert e, boolean signedIn) {
    return new ExpertSummary(
        e.id,
        e.code,
        e.nameZh,
        e.nameEn,
        e.title,
        e.lab.id,
        e.lab.nameZh,
        e.institutionId,
        e.lab.institution.nameZh,
        e.cityCode,
        TagList.split(e.fields),
        TagList.split(e.languages),
        e.consultations,
        signedIn ? e.email : null,
        signedIn ? e.phone : null,
        e.version);
  }

  static ExpertRef expertRef(Expert e) {
    return new ExpertRef(e.id, e.code, e.nameZh, e.nameEn, e.title, e.consultations);
  }

  static InstrumentRef instrumentRef(Instrument i) {
    return new InstrumentRef(i.id, i.code, i.nameZh, i.nameEn, i.model, i.lab.id, i.status);
  }

  static CategoryRef categoryRef(Category c) {
    return new CategoryRef(c.code, c.nameZh, c.nameEn);
  }

  static RatePrice price(RateCard c) {
    return new RatePrice(c.tier, c.effectiveFrom, c.perHour, c.perSample, c.perOperatorHour);
  }

  static RateCardView rateCard(RateCard c, boolean inForce, boolean signedIn) {
    return new RateCardView(
        c.id,
        c.resourceId,
        c.tier,
        c.effectiveFrom,
        c.perHour,
        c.perSample,
        c.perOperatorHour,
        inForce,
        c.createdAt,
        signedIn ? c.createdBy : null);
  }
}
