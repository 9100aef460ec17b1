package org.anjian.web.census;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.census.boundary.CensusFiling;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.entity.CensusRecord;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.exception.BusinessException;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.Texts;

/** 独立生产系统: the enterprise's census records, and starting a new one. */
@Named
@ViewScoped
public class CensusRecords implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CensusFiling filing;

  private String supervisor;

  private boolean filer = true;
  private FilingKind kind;

  @Size(max = CensusRecord.NAME_LENGTH) // the input's maxlength (TRANSFORM_METADATA)
  private String name;

  private final PagedRows<CensusRow> rows =
      new PagedRows<>(page -> filing.mine(page), CensusRow::id);

  /** An enterprise that is not a non-coal mine gets an explanation instead of a failing table. */
  public void check() {
    try {
      filing.mine(new PageRequest(0, 1, null, true));
    } catch (BusinessException e) {
      filer = false;
    }
  }

  public void open() {
    kind = null;
    name = null;
  }

  public String create() {
    Long id =
        filing.create(kind == null ? null : kind.type(), kind == null ? null : kind.method(), name);
    Texts.info("census.records.created", name.trim());
    return "/enterprise/census/record?faces-redirect=true&id=" + id;
  }

  public PagedRows<CensusRow> getRows() {
    return rows;
  }

  /** The regulator where this enterprise's records start (its supervising regulator). */
  public String getSupervisor() {
    if (supervisor == null) {
      supervisor = filing.supervisor();
    }
    return supervisor;
  }

  public boolean isFiler() {
    return filer;
  }

  public FilingKind getKind() {
    return kind;
  }

  public void setKind(FilingKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
