package org.anjian.web.grading.filing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.anjian.grading.boundary.ApplicationView;
import org.anjian.grading.boundary.AttachmentRow;
import org.anjian.grading.boundary.FileDownload;
import org.anjian.grading.boundary.GradingFiling;
import org.anjian.grading.boundary.GradingHistoryRow;
import org.anjian.grading.entity.AttachmentKind;
import org.anjian.platform.control.UploadCheck;
import org.anjian.platform.exception.BusinessException;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.web.platform.Texts;
import org.omnifaces.util.Servlets;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * 评审申请表: the national form of one application. A draft is saved at any time and submitted when
 * complete (the boundary lists what is missing); attachments are added and removed while it is a
 * draft; after that the page shows it read-only with the results and the 办理过程.
 */
@Named
@ViewScoped
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private GradingFiling applications;

  private String id;
  private ApplicationView application;
  private List<AttachmentRow> attachments = List.of();
  private List<GradingHistoryRow> history = List.of();
  private AttachmentKind kind;

  public void load() throws IOException {
    Long applicationId = parseId(id);
    try {
      if (applicationId == null) {
        throw new NotFoundException();
      }
      show(applications.load(applicationId));
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, Texts.get("error.notFound"));
      faces.responseComplete();
    }
  }

  private void show(ApplicationView loaded) {
    application = loaded;
    attachments = applications.attachments(loaded.getId());
    history = applications.history(loaded.getId());
  }

  public void save() {
    show(applications.save(application));
    Texts.info("gapp.form.saved");
  }

  /** Saves what is on screen first, so that the completeness check sees it. */
  public void submit() {
    ApplicationView saved = applications.save(application);
    application = saved;
    applications.submit(saved.getId(), saved.getVersion());
    show(applications.load(saved.getId()));
    Texts.info("gapp.form.submitted", application.getHolderName());
  }

  public String discard() {
    applications.discard(application.getId(), application.getVersion());
    Texts.info("gapp.form.discarded");
    return "/enterprise/grading/applications?faces-redirect=true";
  }

  /** A refused file is explained beside the upload button, where the user looks next. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    AttachmentRow stored;
    try {
      // refused on its size before its bytes are read: the container holds the part on disk
      UploadCheck.checkSize(file.getSize());
      stored =
          applications.attach(application.getId(), kind, file.getFileName(), file.getContent());
    } catch (BusinessException e) {
      String text = Texts.get(e.getMessageKey(), e.getArguments());
      FacesContext.getCurrentInstance()
          .addMessage(
              event.getComponent().getClientId(),
              new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      return;
    }
    attachments = applications.attachments(application.getId());
    Texts.info("gapp.attachments.done", stored.fileName());
  }

  public void remove(AttachmentRow row) {
    applications.removeAttachment(application.getId(), row.id());
    attachments = applications.attachments(application.getId());
    Texts.info("gapp.attachments.removed", row.fileName());
  }

  /** Streams the file as a download, with the content type detected when it was uploaded. */
  public void download(Long attachmentId) throws IOException {
    FileDownload file = applications.download(application.getId(), attachmentId);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType(
        file.contentType() == null ? "application/octet-stream" : file.contentType());
    response.setResponseContentLength(file.content().length);
    response.setResponseHeader(
        "Content-Disposition", Servlets.formatContentDispositionHeader(file.fileName(), true));
    response.setResponseHeader("X-Content-Type-Options", "nosniff");
    response.getResponseOutputStream().write(file.content());
    faces.responseComplete();
  }

  /** While the enterprise holds the draft, as the application's rules say. */
  public boolean isEditable() {
    return application != null && application.isEditable();
  }

  /** A draft never submitted may be thrown away; a returned one must be fixed and resubmitted. */
  public boolean isDiscardable() {
    return application != null && application.isDiscardable();
  }

  /** Back with the enterprise after a return: who sent it back and why. */
  public boolean isReturned() {
    return isEditable() && application.getLastReason() != null;
  }

  public boolean isOverdue() {
    return application != null && application.isOverdue();
  }

  /**
   * The largest file accepted (ANJIAN_UPLOAD_MAX_MB), checked in the browser first and on the
   * server by UploadCheck; web.xml's multipart limit is a hard cap above any sensible setting.
   */
  public long getMaxUploadBytes() {
    return getMaxUploadMegabytes() * 1024L * 1024L;
  }

  /** What the browser says when a chosen file is above the limit, before uploading it. */
  public String getTooLargeMessage() {
    return Texts.get("gapp.attachments.tooLarge", getMaxUploadMegabytes());
  }

  public int getMaxUploadMegabytes() {
    return org.anjian.platform.control.Settings.uploadMaxMegabytes();
  }

  private static Long parseId(String id) {
    return id == null || !id.matches("\\d{1,18}") ? null : Long.valueOf(id);
  }

  public ApplicationView getApplication() {
    return application;
  }

  public String getHolderName() {
    return application.getHolderName();
  }

  public List<AttachmentRow> getAttachments() {
    return attachments;
  }

  public List<GradingHistoryRow> getHistory() {
    return history;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public void setKind(AttachmentKind kind) {
    this.kind = kind;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
