package org.anjian.web.grading;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.grading.boundary.ExpertInput;
import org.anjian.grading.boundary.ExpertRow;
import org.anjian.grading.boundary.Registries;
import org.anjian.grading.entity.Expert;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;

/** 评审专家库 of the organising body: the list and the add/edit dialog. */
@Named
@ViewScoped
public class ExpertRegistry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Registries registries;

  private final PagedRows<ExpertRow> rows =
      new PagedRows<>(page -> registries.experts(page), ExpertRow::id);

  private Long id;
  private Long version;

  // the lengths set the inputs' maxlength (primefaces.TRANSFORM_METADATA)
  @Size(max = Expert.NAME_LENGTH)
  private String name;

  @Size(max = Expert.SPECIALITY_LENGTH)
  private String speciality;

  @Size(max = Expert.TITLE_LENGTH)
  private String title;

  @Size(max = Expert.EMPLOYER_LENGTH)
  private String employer;

  @Size(max = Expert.PHONE_LENGTH)
  private String phone;

  private boolean active = true;

  public void add() {
    id = null;
    version = null;
    name = speciality = title = employer = phone = null;
    active = true;
  }

  public void edit(ExpertRow e) {
    id = e.id();
    version = e.version();
    name = e.name();
    speciality = e.speciality();
    title = e.title();
    employer = e.employer();
    phone = e.phone();
    active = e.active();
  }

  public void save() {
    try {
      registries.saveExpert(
          id,
          version,
          new ExpertInput(name, speciality, blank(title), blank(employer), blank(phone), active));
      Texts.info("greg.saved", name.trim());
    } catch (StaleDataException e) {
      Texts.error("greg.stale");
    }
  }

  static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public PagedRows<ExpertRow> getRows() {
    return rows;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSpeciality() {
    return speciality;
  }

  public void setSpeciality(String speciality) {
    this.speciality = speciality;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
