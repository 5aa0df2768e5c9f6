package cn.gfshare.instruments.catalog;

import java.util.List;

/** The editable description of an expert (instrument links are set separately). */
public record ExpertData(
    String nameZh,
    String nameEn,
    String title,
    List<String> fields,
    List<String> languages,
    String bio,
    String email,
    String phone,
    boolean consultations) {

  public ExpertData {
    nameZh = InstrumentData.trim(nameZh);
    nameEn = InstrumentData.trim(nameEn);
    title = InstrumentData.trim(title);
    fields = TagList.normalize(fields == null ? List.of() : fields);
    languages = TagList.normalize(languages == null ? List.of() : languages);
    bio = InstrumentData.trim(bio);
    email = InstrumentData.trim(email);
    phone = InstrumentData.trim(phone);
  }

  public static ExpertData of(Expert e) {
    return new ExpertData(
        e.nameZh,
        e.nameEn,
        e.title,
        TagList.split(e.fields),
        TagList.split(e.languages),
        e.bio,
        e.email,
        e.phone,
        e.consultations);
  }

  public boolean applyTo(Expert e) {
    if (e.id != null && equals(of(e))) {
      return false;
    }
    e.nameZh = nameZh;
    e.nameEn = nameEn;
    e.title = title;
    e.fields = TagList.join(fields);
    e.languages = TagList.join(languages);
    e.bio = bio;
    e.email = email;
    e.phone = phone;
    e.consultations = consultations;
    return true;
  }
}
