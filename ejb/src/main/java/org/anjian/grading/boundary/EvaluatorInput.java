package org.anjian.grading.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.grading.entity.Evaluator;

/** What an evaluation agency enters for an evaluator of its registry. */
public record EvaluatorInput(
    @NotBlank @Size(max = Evaluator.NAME_LENGTH) String name,
    @NotBlank @Size(max = Evaluator.QUALIFICATION_LENGTH) String qualification,
    @NotBlank @Size(max = Evaluator.CERTIFICATE_NO_LENGTH) String certificateNo,
    @NotBlank @Size(max = Evaluator.SPECIALITIES_LENGTH) String specialities,
    @Size(max = Evaluator.PHONE_LENGTH) String phone,
    boolean active)
    implements Serializable {}
