package org.anjian.web.grading;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anjian.grading.boundary.EvaluatorInput;
import org.anjian.grading.boundary.EvaluatorRow;
import org.anjian.grading.boundary.Registries;
import org.anjian.grading.entity.Evaluator;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;

/**
 * 评审员库 of the evaluation agency: the list and the add/edit dialog. The qualification is stored as
 * its Chinese title (一级评审员…), the term of the national training certificate, whatever the language
 * of the screen.
 */
@Named
@ViewScoped
public class EvaluatorRegistry implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<String> QUALIFICATIONS = List.of("FIRST", "SECOND", "THIRD");

  @Inject private Registries registries;

  private final PagedRows<EvaluatorRow> rows =
      new PagedRows<>(page -> registries.evaluators(page), EvaluatorRow::id);

  private Long id;
  private Long version;

  // the lengths set the inputs' maxlength (primefaces.TRANSFORM_METADATA)
  @Size(max = Evaluator.NAME_LENGTH)
  private String name;

  private String qualification;

  @Size(max = Evaluator.CERTIFICATE_NO_LENGTH)
  private String certificateNo;

  @Size(max = Evaluator.SPECIALITIES_LENGTH)
  private String specialities;

  @Size(max = Evaluator.PHONE_LENGTH)
  private String phone;

  private boolean active = true;

  /** A qualification as stored, and as shown in the current language. */
  public record Qualification(String value, String label) implements Serializable {}

  public List<Qualification> getQualifications() {
    ResourceBundle chinese =
        ResourceBundle.getBundle(
            "org.anjian.web.grading",
            Locale.SIMPLIFIED_CHINESE,
            Thread.currentThread().getContextClassLoader());
    return QUALIFICATIONS.stream()
        .map(
            q ->
                new Qualification(
                    chinese.getString("greg.qualification." + q),
                    Texts.get("greg.qualification." + q)))
        .toList();
  }

  public void add() {
    id = null;
    version = null;
    name = qualification = certificateNo = specialities = phone = null;
    active = true;
  }

  public void edit(EvaluatorRow e) {
    id = e.id();
    version = e.version();
    name = e.name();
    qualification = e.qualification();
    certificateNo = e.certificateNo();
    specialities = e.specialities();
    phone = e.phone();
    active = e.active();
  }

  public void save() {
    try {
      registries.saveEvaluator(
          id,
          version,
          new EvaluatorInput(
              name,
              qualification,
              certificateNo,
              specialities,
              ExpertRegistry.blank(phone),
              active));
      Texts.info("greg.saved", name.trim());
    } catch (StaleDataException e) {
      Texts.error("greg.stale");
    }
  }

  public PagedRows<EvaluatorRow> getRows() {
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

  public String getQualification() {
    return qualification;
  }

  public void setQualification(String qualification) {
    this.qualification = qualification;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public void setCertificateNo(String certificateNo) {
    this.certificateNo = certificateNo;
  }

  public String getSpecialities() {
    return specialities;
  }

  public void setSpecialities(String specialities) {
    this.specialities = specialities;
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
