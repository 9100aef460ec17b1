package org.anjian.web.grading;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.grading.boundary.ExpertForm;
import org.anjian.grading.boundary.Registries;
import org.anjian.grading.entity.Expert;
import org.anjian.platform.boundary.StaleDataException;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;

/** 评审专家库 of the organising body: the list and the add/edit dialog. */
@Named
@ViewScoped
public class ExpertRegistry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Registries registries;

  private final PagedRows<Expert> rows =
      new PagedRows<>(page -> registries.experts(page), Expert::getId);

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

  public void edit(Expert e) {
    id = e.getId();
    version = e.getVersion();
    name = e.getName();
    speciality = e.getSpeciality();
    title = e.getTitle();
    employer = e.getEmployer();
    phone = e.getPhone();
    active = e.isActive();
  }

  public void save() {
    try {
      registries.saveExpert(
          id,
          version,
          new ExpertForm(name, speciality, blank(title), blank(employer), blank(phone), active));
      Texts.info("greg.saved", name.trim());
    } catch (StaleDataException e) {
      Texts.error("greg.stale");
    }
  }

  static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public PagedRows<Expert> getRows() {
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
